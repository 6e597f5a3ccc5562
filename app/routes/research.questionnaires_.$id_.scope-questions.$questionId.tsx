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
import { problemMessage } from "#app/components/versions/problems";
import { ScopeQuestionForm } from "#app/components/versions/scope-question-form";
import {
  blankScopeQuestion,
  comparabilityFromForm,
  type Difference,
  type DraftProblem,
  type DraftScopeQuestion,
  differences,
  problemsUnder,
  putScopeQuestion,
  removeScopeQuestion,
  scopeQuestionFromForm,
} from "#app/domain/questionnaire/drafts";
import { countries, type Locale } from "#app/domain/vocabulary";
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

function target(loaded: LoadedVersion, questionId: string, request: Request) {
  if (questionId === "new") {
    if (loaded.status !== "draft") throw notFound();
    const country = countries.find((c) => c === new URL(request.url).searchParams.get("country"));
    if (!country) throw notFound();
    return { isNew: true as const, index: -1, question: blankScopeQuestion(country) };
  }
  const index = loaded.draft.scopeQuestions.findIndex((q) => q.id === questionId);
  const question = loaded.draft.scopeQuestions[index];
  if (!question) throw notFound();
  return { isNew: false as const, index, question };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const locale = await getLocale(request);
  const loaded = await requireVersion(await db(), params.id ?? "");
  const { isNew, index, question } = target(loaded, params.questionId ?? "", request);
  const inBase = loaded.base?.version.scopeQuestions.some((q) => q.id === question.id) ?? false;
  const changed = loaded.changelog?.scopeQuestions.changed.find((c) => c.id === question.id);
  const heading = isNew
    ? t("versions.scopeQuestion.newTitle", { country: t(`country.${question.country}`) })
    : t("versions.scopeQuestion.title", { id: question.id });
  return {
    title: `${heading} – ${t("app.shortName")}`,
    heading,
    questionText: isNew ? "" : pick(question.text, locale),
    id: loaded.id,
    number: loaded.versionNumber ?? loaded.draft.version,
    status: loaded.status,
    revision: loaded.revision,
    isNew,
    question,
    problems: isNew ? [] : problemsUnder(loaded.problems, `scopeQuestions.${index}`),
    comparability:
      !isNew && inBase && loaded.base
        ? {
            value: loaded.draft.comparability?.[question.id] ?? null,
            changedParts: changed?.parts ?? [],
            baseNumber: loaded.base.version.version,
          }
        : null,
    usedBy: loaded.draft.measures.filter((m) => m.conditions.some((c) => c.question === question.id)).map((m) => m.id),
    created: new URL(request.url).searchParams.has("created"),
  };
}

type ActionResult =
  | { kind: "saved" }
  | { kind: "invalid"; problems: DraftProblem[]; values: unknown }
  | { kind: "conflict"; revision: number; values: DraftScopeQuestion; differences: Difference[] }
  | { kind: "error"; key: string };

/** POST: save the question (a new one with the id from country and suffix), or remove it. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const database = await db();
  const loaded = await requireVersion(database, params.id ?? "");
  refusePublished(loaded);
  const { isNew, question: current } = target(loaded, params.questionId ?? "", request);
  const form = await readFormData(request);
  const revision = form ? revisionFrom(form) : null;
  if (!form || revision === null) {
    return data<ActionResult>({ kind: "error", key: "versions.errors.badRevision" }, { status: 400 });
  }
  const base = `/research/questionnaires/${loaded.id}`;
  if (form.get("intent") === "remove" && !isNew) {
    const outcome = await changeDraft(
      database,
      actor,
      loaded.id,
      revision,
      (draft) => removeScopeQuestion(draft, current.id),
      { part: "scope_question_removed", item: current.id },
    );
    if (outcome.outcome === "saved") throw redirect(`${base}?done=removed&item=${current.id}`);
    return draftChangeFailure(outcome, loaded);
  }
  // A new question's id comes from its country and the suffix typed; an existing one keeps both.
  const parsed = scopeQuestionFromForm(
    form,
    fieldNames(form),
    isNew ? null : { id: current.id, country: current.country },
  );
  if (!parsed.ok) {
    return data<ActionResult>({ kind: "invalid", problems: parsed.problems, values: parsed.value }, { status: 400 });
  }
  const question = parsed.value;
  const decision = comparabilityFromForm(form);
  const outcome = await changeDraft(
    database,
    actor,
    loaded.id,
    revision,
    (draft) =>
      isNew
        ? putScopeQuestion(draft, question, { isNew: true })
        : putScopeQuestion(draft, question, { isNew: false, comparability: decision }),
    { part: isNew ? "scope_question_added" : "scope_question", item: question.id },
  );
  if (outcome.outcome === "saved") {
    if (isNew) throw redirect(`${base}/scope-questions/${question.id}?created=1`);
    return data<ActionResult>({ kind: "saved" });
  }
  if (outcome.outcome === "conflict") {
    const theirs = outcome.draft.scopeQuestions.find((q) => q.id === current.id) ?? null;
    return data<ActionResult>(
      { kind: "conflict", revision: outcome.revision, values: question, differences: differences(theirs, question) },
      { status: 409 },
    );
  }
  return draftChangeFailure(outcome, loaded);
}

export default function ScopeQuestionEditor() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  const readOnly = page.status !== "draft";
  const values =
    result && (result.kind === "invalid" || result.kind === "conflict")
      ? (result.values as DraftScopeQuestion)
      : page.question;
  const problems = result?.kind === "invalid" ? result.problems : page.problems;
  const revision = result?.kind === "conflict" ? result.revision : page.revision;
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
      {page.questionText ? <p className="version-title">{page.questionText}</p> : null}
      {readOnly ? <p className="notice">{t("versions.draft.readOnly")}</p> : null}
      {page.created && !result ? (
        <FormMessage tone="success">{t("versions.scopeQuestion.created", { id: page.question.id })}</FormMessage>
      ) : null}
      {result?.kind === "saved" ? <FormMessage tone="success">{t("versions.scopeQuestion.saved")}</FormMessage> : null}
      {result?.kind === "invalid" ? <FormMessage tone="error">{t("versions.measure.invalidTitle")}</FormMessage> : null}
      {result?.kind === "error" ? <FormMessage tone="error">{t(result.key)}</FormMessage> : null}
      {result?.kind === "conflict" ? (
        <ConflictNotice differences={result.differences} reloadHref={`${base}/scope-questions/${page.question.id}`} />
      ) : null}
      {!page.isNew ? (
        <p className="muted">
          {page.usedBy.length > 0
            ? t("versions.scopeQuestion.usedBy", { ids: page.usedBy.join(", ") })
            : t("versions.scopeQuestion.unused")}
        </p>
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
      <ScopeQuestionForm
        key={formKey}
        question={values}
        isNew={page.isNew}
        readOnly={readOnly}
        revision={revision}
        problems={problems}
        comparability={page.comparability}
      />
      {!readOnly && !page.isNew && page.usedBy.length === 0 ? (
        <section className="danger-zone" aria-labelledby="remove-heading">
          <h2 id="remove-heading">{t("versions.scopeQuestion.remove")}</h2>
          <Form method="post">
            <input type="hidden" name="revision" value={revision} />
            <input type="hidden" name="intent" value="remove" />
            <button
              type="submit"
              className="button button-danger"
              onClick={(event) => {
                if (!window.confirm(t("versions.scopeQuestion.removeConfirm", { id: page.question.id }))) {
                  event.preventDefault();
                }
              }}
            >
              {t("versions.scopeQuestion.remove")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
