import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import { EditorHeader } from "#app/components/questionnaires/editor-page";
import { TextField } from "#app/components/questionnaires/fields";
import { LocalizedField } from "#app/components/questionnaires/localized-field";
import { byField, type ProblemLike, problemMessage } from "#app/components/questionnaires/problems";
import { metaFromForm, type Parsed, scoringFromForm } from "#app/domain/questionnaires/draft-forms";
import { implementationStatuses, legalScopeLevels } from "#app/domain/vocabulary";
import { openVersionPage, receiveDraftChange } from "#app/server/questionnaires/editor.server";
import { draftChangeFailure, refusedWith } from "#app/server/questionnaires/outcomes.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, loaded } = await openVersionPage(request, params.id);
  const { draft } = loaded;
  const strip = (prefix: string) =>
    loaded.problems
      .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
      .map((p) => ({ ...p, path: p.path === "scoring" ? "form" : p.path.replace(/^scoring\./, "") }));
  return {
    title: `${t("versions.settings.title")} – ${t("app.shortName")}`,
    id: loaded.id,
    number: loaded.versionNumber ?? draft.version,
    status: loaded.status,
    revision: loaded.revision,
    meta: { title: draft.title, summary: draft.summary },
    scoring: draft.scoring,
    metaProblems: [...strip("title"), ...strip("summary")],
    scoringProblems: strip("scoring"),
  };
}

/** POST: save the version's title and summary, or its scoring parameters. */
export async function action({ request, params }: ActionFunctionArgs) {
  const received = await receiveDraftChange(request, params.id);
  if (!received.ok) return received.answer;
  const { form, change } = received;
  const part = form.get("intent") === "scoring" ? "scoring" : "meta";
  // Both parts replace their own keys of the draft wholesale: the scoring object, or title and summary.
  const parsed = part === "scoring" ? parsedPart(scoringFromForm(form), "scoring") : metaFromForm(form);
  if (!parsed.ok) return refusedWith("invalid_input", { kind: "invalid" as const, part, problems: parsed.problems });
  const outcome = await change((draft) => ({ ok: true, draft: { ...draft, ...parsed.value } }), { part });
  if (outcome.outcome === "saved") return data({ kind: "saved" as const, part });
  return draftChangeFailure(outcome);
}

/** A parsed part of the draft under the key it replaces. */
function parsedPart<Value, Key extends string>(parsed: Parsed<Value>, key: Key): Parsed<Record<Key, Value>> {
  return parsed.ok ? { ok: true, value: { [key]: parsed.value } as Record<Key, Value> } : parsed;
}

export default function VersionSettings() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  const readOnly = page.status !== "draft";
  const metaProblems = byField(
    result?.kind === "invalid" && result.part === "meta" ? result.problems : page.metaProblems,
  );
  const scoringProblems = byField(
    result?.kind === "invalid" && result.part === "scoring" ? result.problems : page.scoringProblems,
  );
  const key = `${page.revision}-${result?.kind ?? ""}`;
  const number = (path: string, value: number) => (
    <TextField
      key={path}
      name={path}
      label={labelOf(t, path)}
      value={String(value)}
      problem={scoringProblems[path]}
      inputMode="decimal"
    />
  );
  return (
    <div className="versions-page">
      <EditorHeader
        versionHref={base}
        number={page.number}
        readOnly={readOnly}
        heading={t("versions.settings.title")}
      />
      {result?.kind === "saved" ? <FormMessage tone="success">{t("versions.settings.saved")}</FormMessage> : null}
      {result?.kind === "invalid" ? <FormMessage tone="error">{t("versions.measure.invalidTitle")}</FormMessage> : null}
      {result?.kind === "error" ? <FormMessage tone="error">{t(result.key)}</FormMessage> : null}

      <section aria-labelledby="meta-heading" className="version-section">
        <h2 id="meta-heading">{t("versions.settings.metaTitle")}</h2>
        <p className="field-hint">{t("versions.settings.metaHint")}</p>
        <Form method="post" className="stack version-form" key={`meta-${key}`} noValidate>
          <input type="hidden" name="revision" value={page.revision} />
          <fieldset disabled={readOnly} className="plain-fieldset stack">
            <LocalizedField
              name="title"
              label={t("versions.settings.versionTitle")}
              value={page.meta.title}
              problems={metaProblems}
            />
            <LocalizedField
              name="summary"
              label={t("versions.settings.summary")}
              value={page.meta.summary}
              problems={metaProblems}
              multiline
              rows={4}
            />
            {readOnly ? null : (
              <button type="submit" name="intent" value="meta" className="button">
                {t("versions.settings.saveMeta")}
              </button>
            )}
          </fieldset>
        </Form>
      </section>

      <section aria-labelledby="scoring-heading" className="version-section">
        <h2 id="scoring-heading">{t("versions.settings.scoringTitle")}</h2>
        <p className="field-hint">{t("versions.settings.scoringHint")}</p>
        <Form method="post" className="stack version-form" key={`scoring-${key}`} noValidate>
          <input type="hidden" name="revision" value={page.revision} />
          <fieldset disabled={readOnly} className="plain-fieldset stack">
            {scoringProblems.form ? <p className="field-error">{problemMessage(t, scoringProblems.form)}</p> : null}
            <ScoringGroup legend={t("versions.settings.statusWeights")} problem={scoringProblems.statusWeights}>
              {implementationStatuses.map((s) => number(`statusWeights.${s}`, page.scoring.statusWeights[s]))}
            </ScoringGroup>
            <ScoringGroup legend={t("versions.settings.depthWeights")} problem={scoringProblems.depthWeights}>
              {(["1", "2", "3"] as const).map((d) => number(`depthWeights.${d}`, page.scoring.depthWeights[d]))}
            </ScoringGroup>
            <ScoringGroup legend={t("versions.settings.legalFactors")} problem={scoringProblems.legalFactors}>
              {legalScopeLevels.map((l) => number(`legalFactors.${l}`, page.scoring.legalFactors[l]))}
            </ScoringGroup>
            <ScoringGroup legend={t("versions.settings.classValues")} problem={scoringProblems.classValues}>
              {(["low", "medium", "high"] as const).map((c) => number(`classValues.${c}`, page.scoring.classValues[c]))}
            </ScoringGroup>
            {number("minimumPeerGroupSize", page.scoring.minimumPeerGroupSize)}
            {readOnly ? null : (
              <button type="submit" name="intent" value="scoring" className="button">
                {t("versions.settings.saveScoring")}
              </button>
            )}
          </fieldset>
        </Form>
      </section>
    </div>
  );
}

function ScoringGroup({
  legend,
  problem,
  children,
}: {
  legend: string;
  problem: ProblemLike | undefined;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {problem ? <p className="field-error">{problemMessage(t, problem)}</p> : null}
      <div className="form-grid form-grid-narrow">{children}</div>
    </fieldset>
  );
}

function labelOf(t: ReturnType<typeof useTranslation>["t"], path: string): string {
  const [group, key] = path.split(".");
  if (group === "statusWeights") return t(`questionnaire.survey.statuses.${key}`);
  if (group === "depthWeights")
    return t("catalogue.depthValue", { depth: key, label: t(`catalogue.depths.${key}.label`) });
  if (group === "legalFactors") return t(`catalogue.levels.${key}.label`);
  if (group === "classValues") return t(`catalogue.classes.${key}`);
  return t("versions.settings.minimumPeerGroupSize");
}
