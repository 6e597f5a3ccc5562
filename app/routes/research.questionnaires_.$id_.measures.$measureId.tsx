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
import { MeasureForm } from "#app/components/questionnaires/measure-form";
import {
  addMeasure,
  differences,
  nextMeasureId,
  putMeasure,
  retireMeasure,
} from "#app/domain/questionnaires/draft-edits";
import { comparabilityFromForm, measureFromForm } from "#app/domain/questionnaires/draft-forms";
import { blankMeasure } from "#app/domain/questionnaires/drafts";
import { inLocale } from "#app/domain/questionnaires/version-editing";
import { fieldsOfAction } from "#app/domain/vocabulary";
import { addressedItem, openItemEditor, receiveDraftChange, saveItem } from "#app/server/questionnaires/editor.server";
import { fieldNames } from "#app/server/questionnaires/http.server";
import { draftChangeFailure } from "#app/server/questionnaires/outcomes.server";
import type { LoadedVersion } from "#app/server/questionnaires/versions.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** The measure the address names: an existing one, or a new one in the field of ?field=. */
function addressedMeasure(loaded: LoadedVersion, measureId: string | undefined, request: Request) {
  return addressedItem(loaded, measureId, loaded.draft.measures, request, {
    param: "field",
    groups: fieldsOfAction,
    create: (field) => blankMeasure(nextMeasureId(field, loaded.draft, loaded.earlier) ?? "MOB-00", field),
  });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const editor = await openItemEditor(
    request,
    params.id,
    (loaded) => addressedMeasure(loaded, params.measureId, request),
    "measures",
  );
  const { t, locale, loaded, inBase } = editor;
  const { isNew, item: measure } = editor.target;
  const heading = isNew
    ? t("versions.measure.newTitle", { field: t(`catalogue.fields.${measure.field}`) })
    : t("versions.measure.title", {
        id: measure.id,
        title: inLocale(measure.title, locale) || t("versions.measure.untitled"),
      });
  return {
    title: `${heading} – ${t("app.shortName")}`,
    heading,
    id: loaded.id,
    number: loaded.versionNumber ?? loaded.draft.version,
    status: loaded.status,
    revision: loaded.revision,
    isNew,
    measure,
    problems: editor.problems,
    comparability: editor.comparability,
    retirable: !isNew && loaded.status === "draft",
    addedInDraft: !isNew && !inBase,
    scopeQuestions: loaded.draft.scopeQuestions.map((q) => ({
      id: q.id,
      country: q.country,
      text: inLocale(q.text, locale),
      options: q.options.map((o) => ({ value: o.value, text: inLocale(o.text, locale) })),
    })),
    created: new URL(request.url).searchParams.has("created"),
  };
}

/** POST: save the measure (a new one gets its id now), or retire it. */
export async function action({ request, params }: ActionFunctionArgs) {
  const received = await receiveDraftChange(request, params.id, (loaded) =>
    addressedMeasure(loaded, params.measureId, request),
  );
  if (!received.ok) return received.answer;
  const { loaded, form, change } = received;
  const { isNew, item: current } = received.target;
  const field = current.field;
  const base = `/research/questionnaires/${loaded.id}`;
  if (form.get("intent") === "retire" && !isNew) {
    const outcome = await change((draft, context) => retireMeasure(draft, current.id, context.base), {
      part: "measure_retired",
      item: current.id,
    });
    const done = loaded.changelog?.measures.added.includes(current.id) ? "removed" : "retired";
    if (outcome.outcome === "saved") throw redirect(`${base}?done=${done}&item=${current.id}`);
    return draftChangeFailure(outcome);
  }
  const decision = comparabilityFromForm(form);
  let assigned = current.id;
  return saveItem(received, measureFromForm(form, fieldNames(form), current.id, field), {
    change: (draft, context, measure) => {
      if (!isNew) return putMeasure(draft, measure, { isNew: false, comparability: decision });
      const added = addMeasure(draft, measure, context.earlier);
      if (added.ok && added.id) assigned = added.id;
      return added;
    },
    details: { part: isNew ? "measure_added" : "measure", item: isNew ? field : current.id },
    createdAt: () => (isNew ? `${base}/measures/${assigned}?created=1` : null),
    // A new measure had no earlier state another person could have changed.
    differences: (theirs, measure) =>
      isNew ? [] : differences(theirs.measures.find((m) => m.id === current.id) ?? null, measure),
  });
}

export default function MeasureEditor() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  const readOnly = page.status !== "draft";
  const { values, problems, revision, formKey } = submittedState(result, {
    values: page.measure,
    problems: page.problems,
    revision: page.revision,
  });
  const id = page.measure.id;
  return (
    <div className="versions-page">
      <EditorHeader versionHref={base} number={page.number} readOnly={readOnly} heading={page.heading} />
      <ItemNotices
        result={result}
        created={page.created ? t("versions.measure.created", { id }) : null}
        saved={t("versions.measure.saved")}
        reloadHref={`${base}/measures/${id}`}
        problems={problems}
        readOnly={readOnly}
      />
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
        <DangerZone
          headingId="retire-heading"
          heading={page.addedInDraft ? t("versions.draft.removeLabel", { id }) : t("versions.measure.retireTitle")}
          hint={page.addedInDraft ? t("versions.draft.removeConfirm", { id }) : t("versions.measure.retireHint")}
          revision={revision}
          intent="retire"
          confirmation={t(page.addedInDraft ? "versions.draft.removeConfirm" : "versions.draft.retireConfirm", { id })}
          label={page.addedInDraft ? t("versions.draft.removeLabel", { id }) : t("versions.draft.retireLabel", { id })}
        />
      ) : null}
    </div>
  );
}
