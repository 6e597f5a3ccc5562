import {
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DangerZone, EditorHeader, ItemNotices, submittedState } from "#app/components/questionnaires/editor-page";
import { ScopeQuestionForm } from "#app/components/questionnaires/scope-question-form";
import { differences, putScopeQuestion, removeScopeQuestion } from "#app/domain/questionnaires/draft-edits";
import { comparabilityFromForm, scopeQuestionFromForm } from "#app/domain/questionnaires/draft-forms";
import { blankScopeQuestion } from "#app/domain/questionnaires/drafts";
import { inLocale } from "#app/domain/questionnaires/version-editing";
import { countries } from "#app/domain/vocabulary";
import { addressedItem, openItemEditor, receiveDraftChange, saveItem } from "#app/server/questionnaires/editor.server";
import { fieldNames } from "#app/server/questionnaires/http.server";
import { draftChangeFailure } from "#app/server/questionnaires/outcomes.server";
import type { LoadedVersion } from "#app/server/questionnaires/versions.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** The question the address names: an existing one, or a new one for the country of ?country=. */
function addressedQuestion(loaded: LoadedVersion, questionId: string | undefined, request: Request) {
  return addressedItem(loaded, questionId, loaded.draft.scopeQuestions, request, {
    param: "country",
    groups: countries,
    create: blankScopeQuestion,
  });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const editor = await openItemEditor(
    request,
    params.id,
    (loaded) => addressedQuestion(loaded, params.questionId, request),
    "scopeQuestions",
  );
  const { t, locale, loaded } = editor;
  const { isNew, item: question } = editor.target;
  const heading = isNew
    ? t("versions.scopeQuestion.newTitle", { country: t(`country.${question.country}`) })
    : t("versions.scopeQuestion.title", { id: question.id });
  return {
    title: `${heading} – ${t("app.shortName")}`,
    heading,
    questionText: isNew ? "" : inLocale(question.text, locale),
    id: loaded.id,
    number: loaded.versionNumber ?? loaded.draft.version,
    status: loaded.status,
    revision: loaded.revision,
    isNew,
    question,
    problems: editor.problems,
    comparability: editor.comparability,
    usedBy: loaded.draft.measures.filter((m) => m.conditions.some((c) => c.question === question.id)).map((m) => m.id),
    created: new URL(request.url).searchParams.has("created"),
  };
}

/** POST: save the question (a new one with the id from country and suffix), or remove it. */
export async function action({ request, params }: ActionFunctionArgs) {
  const received = await receiveDraftChange(request, params.id, (loaded) =>
    addressedQuestion(loaded, params.questionId, request),
  );
  if (!received.ok) return received.answer;
  const { loaded, form, change } = received;
  const { isNew, item: current } = received.target;
  const base = `/research/questionnaires/${loaded.id}`;
  if (form.get("intent") === "remove" && !isNew) {
    const outcome = await change((draft) => removeScopeQuestion(draft, current.id), {
      part: "scope_question_removed",
      item: current.id,
    });
    if (outcome.outcome === "saved") throw redirect(`${base}?done=removed&item=${current.id}`);
    return draftChangeFailure(outcome);
  }
  // A new question's id comes from its country and the suffix typed; an existing one keeps both.
  const parsed = scopeQuestionFromForm(
    form,
    fieldNames(form),
    isNew ? null : { id: current.id, country: current.country },
  );
  const decision = comparabilityFromForm(form);
  const id = parsed.ok ? parsed.value.id : current.id;
  return saveItem(received, parsed, {
    change: (draft, _context, question) =>
      isNew
        ? putScopeQuestion(draft, question, { isNew: true })
        : putScopeQuestion(draft, question, { isNew: false, comparability: decision }),
    details: { part: isNew ? "scope_question_added" : "scope_question", item: id },
    createdAt: () => (isNew ? `${base}/scope-questions/${id}?created=1` : null),
    differences: (theirs, question) =>
      differences(theirs.scopeQuestions.find((q) => q.id === current.id) ?? null, question),
  });
}

export default function ScopeQuestionEditor() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  const readOnly = page.status !== "draft";
  const { values, problems, revision, formKey } = submittedState(result, {
    values: page.question,
    problems: page.problems,
    revision: page.revision,
  });
  const id = page.question.id;
  return (
    <div className="versions-page">
      <EditorHeader
        versionHref={base}
        number={page.number}
        readOnly={readOnly}
        heading={page.heading}
        subject={page.questionText}
      />
      <ItemNotices
        result={result}
        created={page.created ? t("versions.scopeQuestion.created", { id }) : null}
        saved={t("versions.scopeQuestion.saved")}
        reloadHref={`${base}/scope-questions/${id}`}
        problems={problems}
        readOnly={readOnly}
      >
        {!page.isNew ? (
          <p className="muted">
            {page.usedBy.length > 0
              ? t("versions.scopeQuestion.usedBy", { ids: page.usedBy.join(", ") })
              : t("versions.scopeQuestion.unused")}
          </p>
        ) : null}
      </ItemNotices>
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
        <DangerZone
          headingId="remove-heading"
          heading={t("versions.scopeQuestion.remove")}
          revision={revision}
          intent="remove"
          confirmation={t("versions.scopeQuestion.removeConfirm", { id })}
          label={t("versions.scopeQuestion.remove")}
        />
      ) : null}
    </div>
  );
}
