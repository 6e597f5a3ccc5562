import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import { ConflictNotice, pathLabel } from "#app/components/versions/conflict-notice";
import { MeasureForm } from "#app/components/versions/measure-form";
import { problemMessage } from "#app/components/versions/problems";
import {
  blankMeasure,
  comparabilityFromForm,
  type Difference,
  type DraftMeasure,
  type DraftProblem,
  differences,
  measureFromForm,
  nextMeasureId,
  problemsUnder,
  putMeasure,
  retireMeasure,
} from "#app/domain/questionnaire/drafts";
import { fieldsOfAction, type Locale } from "#app/domain/vocabulary";
import { db } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/i18n.server";
import { requireRole } from "#app/server/permissions.server";
import {
  changeDraft,
  draftChangeFailure,
  fieldNames,
  type LoadedVersion,
  readFormData,
  refusePublished,
  requireVersion,
  revisionFrom,
} from "#app/server/versions.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

const pick = (text: { de: string; en: string; ja: string }, locale: Locale) =>
  text[locale] || text.en || text.de || text.ja;

const notFound = () => new Response("Not Found", { status: 404 });

/** The measure the address names: an existing one, or a new one in the field of ?field=. */
function target(loaded: LoadedVersion, measureId: string, request: Request) {
  if (measureId === "new") {
    if (loaded.status !== "draft") throw notFound();
    const field = new URL(request.url).searchParams.get("field");
    const known = fieldsOfAction.find((f) => f === field);
    if (!known) throw notFound();
    const id = nextMeasureId(known, loaded.draft, loaded.earlier);
    return { isNew: true as const, field: known, index: -1, measure: blankMeasure(id ?? "MOB-00", known) };
  }
  const index = loaded.draft.measures.findIndex((m) => m.id === measureId);
  const measure = loaded.draft.measures[index];
  if (!measure) throw notFound();
  return { isNew: false as const, field: measure.field, index, measure };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const locale = await getLocale(request);
  const loaded = await requireVersion(await db(), params.id ?? "");
  const { isNew, field, index, measure } = target(loaded, params.measureId ?? "", request);
  const number = loaded.versionNumber ?? loaded.draft.version;
  const inBase = loaded.base?.version.measures.some((m) => m.id === measure.id) ?? false;
  const changed = loaded.changelog?.measures.changed.find((c) => c.id === measure.id);
  const heading = isNew
    ? t("versions.measure.newTitle", { field: t(`catalogue.fields.${field}`) })
    : t("versions.measure.title", {
        id: measure.id,
        title: pick(measure.title, locale) || t("versions.measure.untitled"),
      });
  const url = new URL(request.url);
  return {
    title: `${heading} – ${t("app.shortName")}`,
    heading,
    id: loaded.id,
    number,
    status: loaded.status,
    revision: loaded.revision,
    isNew,
    measure,
    problems: isNew ? [] : problemsUnder(loaded.problems, `measures.${index}`),
    comparability:
      !isNew && inBase && loaded.base
        ? {
            value: loaded.draft.comparability?.[measure.id] ?? null,
            changedParts: changed?.parts ?? [],
            baseNumber: loaded.base.version.version,
          }
        : null,
    retirable: !isNew && loaded.status === "draft",
    addedInDraft: !isNew && !inBase,
    scopeQuestions: loaded.draft.scopeQuestions.map((q) => ({
      id: q.id,
      country: q.country,
      text: pick(q.text, locale),
      options: q.options.map((o) => ({ value: o.value, text: pick(o.text, locale) })),
    })),
    created: url.searchParams.has("created"),
  };
}

type ActionResult =
  | { kind: "saved" }
  | { kind: "invalid"; problems: DraftProblem[]; values: unknown }
  | { kind: "conflict"; revision: number; values: DraftMeasure; differences: Difference[] }
  | { kind: "error"; key: string };

/** POST: save the measure (a new one gets its id now), or retire it. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const database = await db();
  const loaded = await requireVersion(database, params.id ?? "");
  refusePublished(loaded);
  const { isNew, field, measure: current } = target(loaded, params.measureId ?? "", request);
  const form = await readFormData(request);
  const revision = form ? revisionFrom(form) : null;
  if (!form || revision === null) {
    return data<ActionResult>({ kind: "error", key: "versions.errors.badRevision" }, { status: 400 });
  }
  const base = `/research/questionnaires/${loaded.id}`;
  if (form.get("intent") === "retire" && !isNew) {
    const outcome = await changeDraft(
      database,
      actor,
      loaded.id,
      revision,
      (draft, context) => retireMeasure(draft, current.id, context.base),
      { part: "measure_retired", item: current.id },
    );
    const done = loaded.changelog?.measures.added.includes(current.id) ? "removed" : "retired";
    if (outcome.outcome === "saved") throw redirect(`${base}?done=${done}&item=${current.id}`);
    return draftChangeFailure(outcome, loaded);
  }
  const parsed = measureFromForm(form, fieldNames(form), current.id, field);
  if (!parsed.ok)
    return data<ActionResult>({ kind: "invalid", problems: parsed.problems, values: parsed.value }, { status: 400 });
  const decision = comparabilityFromForm(form);
  let assigned = current.id;
  const outcome = await changeDraft(
    database,
    actor,
    loaded.id,
    revision,
    (draft, context) => {
      if (!isNew) return putMeasure(draft, parsed.value, { isNew: false, comparability: decision });
      const id = nextMeasureId(field, draft, context.earlier);
      if (!id) return { ok: false, key: "versions.errors.noFreeId" };
      assigned = id;
      return putMeasure(draft, { ...parsed.value, id }, { isNew: true });
    },
    { part: isNew ? "measure_added" : "measure", item: isNew ? field : current.id },
  );
  if (outcome.outcome === "saved") {
    if (isNew) throw redirect(`${base}/measures/${assigned}?created=1`);
    return data<ActionResult>({ kind: "saved" });
  }
  if (outcome.outcome === "conflict") {
    const theirs = outcome.draft.measures.find((m) => m.id === current.id) ?? null;
    return data<ActionResult>(
      {
        kind: "conflict",
        revision: outcome.revision,
        values: parsed.value,
        differences: isNew ? [] : differences(theirs, parsed.value),
      },
      { status: 409 },
    );
  }
  return draftChangeFailure(outcome, loaded);
}

export default function MeasureEditor() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  const readOnly = page.status !== "draft";
  const values =
    result && (result.kind === "invalid" || result.kind === "conflict")
      ? (result.values as DraftMeasure)
      : page.measure;
  const problems = result?.kind === "invalid" ? result.problems : page.problems;
  const revision = result?.kind === "conflict" ? result.revision : page.revision;
  // A new key after every answer of the server: the form shows what it sent back.
  const formKey = `${revision}-${result?.kind ?? "loaded"}-${JSON.stringify(problems).length}`;
  return (
    <div className="versions-page">
      <p className="breadcrumb">
        <Link to="/research/questionnaires">{t("versions.breadcrumb")}</Link>
        {" › "}
        <Link to={base}>
          {readOnly ? t("versions.measure.backToVersion", { number: page.number }) : t("versions.measure.back")}
        </Link>
      </p>
      <h1>{page.heading}</h1>
      {readOnly ? <p className="notice">{t("versions.draft.readOnly")}</p> : null}
      {page.created && !result ? (
        <FormMessage tone="success">{t("versions.measure.created", { id: page.measure.id })}</FormMessage>
      ) : null}
      {result?.kind === "saved" ? <FormMessage tone="success">{t("versions.measure.saved")}</FormMessage> : null}
      {result?.kind === "invalid" ? <FormMessage tone="error">{t("versions.measure.invalidTitle")}</FormMessage> : null}
      {result?.kind === "error" ? <FormMessage tone="error">{t(result.key)}</FormMessage> : null}
      {result?.kind === "conflict" ? (
        <ConflictNotice differences={result.differences} reloadHref={`${base}/measures/${page.measure.id}`} />
      ) : null}
      {!readOnly && problems.length > 0 && result?.kind !== "invalid" ? (
        <div className="notice">
          <p>{t("versions.measure.problemsTitle")}</p>
          <ul className="problem-list">
            {problems.map((problem) => (
              <li key={`${problem.path}-${problem.key}`}>
                {problem.path ? `${pathLabel(t, problem.path)}${t("catalogue.colon")}` : null}
                {problemMessage(t, problem)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <MeasureForm
        key={formKey}
        measure={values}
        isNew={page.isNew}
        readOnly={readOnly}
        revision={revision}
        problems={problems}
        scopeQuestions={page.scopeQuestions}
        comparability={page.comparability}
      />
      {page.retirable ? (
        <section className="danger-zone" aria-labelledby="retire-heading">
          <h2 id="retire-heading">
            {page.addedInDraft
              ? t("versions.draft.removeLabel", { id: page.measure.id })
              : t("versions.measure.retireTitle")}
          </h2>
          <p>
            {page.addedInDraft
              ? t("versions.draft.removeConfirm", { id: page.measure.id })
              : t("versions.measure.retireHint")}
          </p>
          <Form method="post">
            <input type="hidden" name="revision" value={revision} />
            <input type="hidden" name="intent" value="retire" />
            <button
              type="submit"
              className="button button-danger"
              onClick={(event) => {
                const question = t(
                  page.addedInDraft ? "versions.draft.removeConfirm" : "versions.draft.retireConfirm",
                  {
                    id: page.measure.id,
                  },
                );
                if (!window.confirm(question)) event.preventDefault();
              }}
            >
              {page.addedInDraft
                ? t("versions.draft.removeLabel", { id: page.measure.id })
                : t("versions.draft.retireLabel", { id: page.measure.id })}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
