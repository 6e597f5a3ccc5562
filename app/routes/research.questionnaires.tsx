import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";
import {
  createDraft,
  importDraft,
  listVersions,
  publishedVersions,
  readFormData,
  readUpload,
  uploadLimit,
} from "#app/server/questionnaires/versions.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const database = await db();
  const versions = await listVersions(database);
  const latest = (await publishedVersions(database)).at(-1);
  const url = new URL(request.url);
  return {
    title: `${t("versions.title")} – ${t("app.shortName")}`,
    versions,
    latestNumber: latest?.version.version ?? null,
    discarded: url.searchParams.has("discarded"),
  };
}

type ActionResult =
  | { kind: "error"; key: string; params?: Record<string, string> }
  | { kind: "invalid"; problems: Array<{ path: string; key: string }> };

/** POST: start a draft from the newest version, or import one from an uploaded file. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const database = await db();
  const form = await readFormData(request);
  const intent = form?.get("intent");
  if (intent === "create") {
    const id = await createDraft(database, actor);
    throw redirect(`/research/questionnaires/${id}?created=1`);
  }
  if (intent === "import") {
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) {
      return data<ActionResult>({ kind: "error", key: "versions.import.noFile" }, { status: 400 });
    }
    if (file.size > uploadLimit) {
      return data<ActionResult>({ kind: "error", key: "versions.import.tooLarge" }, { status: 400 });
    }
    const upload = readUpload(new Uint8Array(await file.arrayBuffer()));
    if (!upload.ok) {
      return data<ActionResult>(
        { kind: "error", key: upload.key, ...(upload.file ? { params: { file: upload.file } } : {}) },
        { status: 400 },
      );
    }
    const result = await importDraft(database, actor, upload.source, file.name.slice(0, 200));
    if (result.outcome === "invalid") {
      return data<ActionResult>({ kind: "invalid", problems: result.problems.slice(0, 20) }, { status: 400 });
    }
    throw redirect(`/research/questionnaires/${result.id}?imported=${result.problems}`);
  }
  return data<ActionResult>({ kind: "error", key: "validation.badForm" }, { status: 400 });
}

export default function QuestionnaireVersions() {
  const { versions, latestNumber, discarded } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation();
  const locale = (i18n.language === "de" || i18n.language === "ja" ? i18n.language : "en") as "de" | "en" | "ja";
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const dateOnly = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  const drafts = versions.filter((v) => v.status === "draft");
  const published = versions.filter((v) => v.status === "published");
  const busy = navigation.state === "submitting";
  const titleOf = (title: { de: string; en: string; ja: string }) => title[locale] || title.en || title.de || title.ja;
  return (
    <div className="versions-page">
      <h1>{t("versions.title")}</h1>
      <p className="lead">{t("versions.intro")}</p>
      {discarded ? <FormMessage tone="success">{t("versions.draft.discarded")}</FormMessage> : null}

      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t("versions.list.draftsTitle")}</h2>
        {drafts.length === 0 ? (
          <p>{t("versions.list.noDrafts")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("versions.list.columns.version")}</th>
                <th scope="col">{t("versions.list.columns.title")}</th>
                <th scope="col">{t("versions.list.columns.basedOn")}</th>
                <th scope="col">{t("versions.list.columns.lastSaved")}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => (
                <tr key={draft.id}>
                  <th scope="row">
                    <Link to={`/research/questionnaires/${draft.id}`}>
                      {t("versions.list.draftOf", { number: draft.intendedNumber })}
                    </Link>
                  </th>
                  <td>{titleOf(draft.title)}</td>
                  <td>
                    {draft.basedOn !== null
                      ? t("versions.list.basedOnVersion", { number: draft.basedOn })
                      : t("versions.list.imported")}
                  </td>
                  <td>{date.format(new Date(draft.updatedAt ?? draft.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {latestNumber !== null ? (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="create" />
            <button type="submit" className="button" disabled={busy}>
              {t("versions.list.create", { number: latestNumber })}
            </button>
            <span className="field-hint">{t("versions.list.createHint")}</span>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="published-heading">
        <h2 id="published-heading">{t("versions.list.publishedTitle")}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("versions.list.columns.version")}</th>
              <th scope="col">{t("versions.list.columns.title")}</th>
              <th scope="col">{t("versions.list.columns.published")}</th>
              <th scope="col">{t("versions.list.columns.measures")}</th>
              <th scope="col">{t("versions.list.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {published.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  <Link to={`/research/questionnaires/${version.id}`}>
                    {t("versions.list.versionN", { number: version.versionNumber })}
                  </Link>
                </th>
                <td>{titleOf(version.title)}</td>
                <td>{version.publishedAt ? dateOnly.format(new Date(version.publishedAt)) : "–"}</td>
                <td className="numeric">{version.measureCount}</td>
                <td>
                  <a href={`/research/questionnaires/${version.id}/export?format=zip`} download>
                    {t("versions.draft.exportZip")}
                  </a>
                  <br />
                  <a href={`/research/questionnaires/${version.id}/export?format=json`} download>
                    {t("versions.draft.exportJson")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t("versions.import.title")}</h2>
        <p>{t("versions.import.intro")}</p>
        {result?.kind === "error" ? <FormMessage tone="error">{t(result.key, result.params ?? {})}</FormMessage> : null}
        {result?.kind === "invalid" ? (
          <FormMessage tone="error">
            <p>{t("versions.import.invalid")}</p>
            <ul>
              {result.problems.map((problem) => (
                <li key={`${problem.path}-${problem.key}`}>
                  <code>{problem.path || "–"}</code>
                  {t("catalogue.colon")}
                  {t(problem.key)}
                </li>
              ))}
            </ul>
          </FormMessage>
        ) : null}
        <Form method="post" encType="multipart/form-data" className="stack">
          <input type="hidden" name="intent" value="import" />
          <div className="field">
            <label htmlFor="version-file">{t("versions.import.file")}</label>
            <input id="version-file" name="file" type="file" accept=".zip,.json,application/zip,application/json" />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t("versions.import.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
