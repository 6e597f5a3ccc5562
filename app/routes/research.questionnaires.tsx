import {
  type ActionFunctionArgs,
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
import { createDraft } from "#app/server/questionnaires/drafts.server";
import { importUpload } from "#app/server/questionnaires/files.server";
import { readFormData } from "#app/server/questionnaires/http.server";
import { refusal, refusedWith } from "#app/server/questionnaires/outcomes.server";
import { listVersions, publishedVersions } from "#app/server/questionnaires/versions.server";
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
    const imported = await importUpload(database, actor, form?.get("file"));
    switch (imported.outcome) {
      case "imported":
        throw redirect(`/research/questionnaires/${imported.id}?imported=${imported.problems}`);
      case "not_a_version":
        return refusedWith(imported.outcome, { kind: "invalid" as const, problems: imported.problems.slice(0, 20) });
      case "unreadable":
        return refusal(imported.outcome, {
          key: imported.key,
          params: imported.file ? { file: imported.file } : undefined,
        });
      default:
        return refusal(imported.outcome);
    }
  }
  return refusal("bad_form");
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
