/**
 * The editor of one measure: classification, the three texts in three languages side by
 * side, the legal scope per country with its basis, and the conditions on practical
 * scope. Field names are the paths of the schema, so the server's problems land here.
 */
import { Form } from "@remix-run/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DraftMeasure } from "#app/domain/questionnaires/drafts";
import type { ComparabilityChoice } from "#app/domain/questionnaires/version-editing";
import {
  type Country,
  classLevels,
  countries,
  impactApproaches,
  impactDepths,
  legalScopeLevels,
  sectors,
} from "#app/domain/vocabulary";
import { SelectField, TextField } from "./fields";
import { ItemFormEnd, useKeyedRows } from "./item-form";
import { LocalizedField } from "./localized-field";
import { byField, type ProblemLike, problemMessage } from "./problems";

export interface ScopeQuestionChoice {
  id: string;
  country: Country;
  text: string;
  options: Array<{ value: string; text: string }>;
}

type Condition = DraftMeasure["conditions"][number];

export function MeasureForm({
  measure,
  isNew,
  readOnly,
  revision,
  problems,
  scopeQuestions,
  comparability,
}: {
  measure: DraftMeasure;
  isNew: boolean;
  readOnly: boolean;
  revision: number;
  problems: readonly ProblemLike[];
  scopeQuestions: readonly ScopeQuestionChoice[];
  comparability: ComparabilityChoice | null;
}) {
  const { t } = useTranslation();
  const fields = byField(problems);
  const conditions = useKeyedRows<Condition>(measure.conditions);
  const classes = classLevels.map((c) => ({ value: c, label: t(`catalogue.classes.${c}`) }));
  return (
    <Form method="post" className="stack version-form" noValidate>
      <input type="hidden" name="revision" value={revision} />
      <fieldset disabled={readOnly} className="plain-fieldset stack">
        <fieldset>
          <legend>{t("versions.measure.classification")}</legend>
          <p className="field-hint">{isNew ? t("versions.measure.idHint") : t("versions.measure.fieldFixed")}</p>
          <dl className="facts">
            <dt>{t("versions.measure.field")}</dt>
            <dd>{t(`catalogue.fields.${measure.field}`)}</dd>
          </dl>
          <div className="form-grid">
            <SelectField
              name="approach"
              label={t("versions.measure.approach")}
              value={measure.approach}
              problem={fields.approach}
              options={impactApproaches.map((a) => ({ value: a, label: t(`catalogue.approaches.${a}`) }))}
            />
            <SelectField
              name="depth"
              label={t("versions.measure.depth")}
              value={String(measure.depth)}
              problem={fields.depth}
              options={impactDepths.map((d) => ({
                value: String(d),
                label: t("catalogue.depthValue", { depth: d, label: t(`catalogue.depths.${d}.label`) }),
              }))}
            />
            <SelectField
              name="sector"
              label={t("versions.measure.sector")}
              value={measure.sector}
              problem={fields.sector}
              options={sectors.map((s) => ({ value: s, label: t(`catalogue.sectors.${s}`) }))}
            />
            <SelectField
              name="effort"
              label={t("versions.measure.effort")}
              value={measure.effort}
              problem={fields.effort}
              options={classes}
            />
            <SelectField
              name="potential"
              label={t("versions.measure.potential")}
              value={measure.potential}
              problem={fields.potential}
              options={classes}
            />
          </div>
        </fieldset>

        <section className="version-section" aria-labelledby="texts-heading">
          <h2 id="texts-heading">{t("versions.measure.texts")}</h2>
          <p className="field-hint">{t("versions.measure.textsHint")}</p>
          <LocalizedField
            name="title"
            label={t("versions.measure.titleLabel")}
            value={measure.title}
            problems={fields}
          />
          <LocalizedField
            name="description"
            label={t("versions.measure.description")}
            value={measure.description}
            problems={fields}
            multiline
            rows={5}
          />
          <LocalizedField
            name="example"
            label={t("versions.measure.example")}
            value={measure.example}
            problems={fields}
            multiline
            rows={3}
          />
        </section>

        <section className="version-section" aria-labelledby="scope-heading">
          <h2 id="scope-heading">{t("versions.measure.legalScope")}</h2>
          {countries.map((country) => (
            <LegalScopeFields key={country} country={country} measure={measure} fields={fields} />
          ))}
        </section>

        <section className="version-section" aria-labelledby="conditions-heading">
          <h2 id="conditions-heading">{t("versions.measure.conditions")}</h2>
          <p className="field-hint">{t("versions.measure.conditionsHint")}</p>
          {conditions.rows.length === 0 ? <p>{t("versions.measure.noConditions")}</p> : null}
          {conditions.rows.map(({ key, row }, index) => (
            <ConditionFields
              key={key}
              index={index}
              condition={row}
              fields={fields}
              scopeQuestions={scopeQuestions}
              readOnly={readOnly}
              onRemove={() => conditions.remove(key)}
            />
          ))}
          {readOnly ? null : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                conditions.add({ question: "", answers: [], note: { de: "", en: "", ja: "" } } as Condition)
              }
            >
              {t("versions.measure.addCondition")}
            </button>
          )}
        </section>

        <ItemFormEnd kind="measure" readOnly={readOnly} comparability={comparability} formProblem={fields.form} />
      </fieldset>
    </Form>
  );
}

function LegalScopeFields({
  country,
  measure,
  fields,
}: {
  country: Country;
  measure: DraftMeasure;
  fields: Record<string, ProblemLike>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const scope = measure.legalScope[country];
  const prefix = `legalScope.${country}`;
  const countryName = t(`country.${country}`);
  return (
    <fieldset className="legal-scope">
      <legend>{t("versions.measure.legalScopeIn", { country: countryName })}</legend>
      <div className="form-grid">
        <SelectField
          name={`${prefix}.level`}
          label={t("versions.measure.level")}
          value={scope.level}
          problem={fields[`${prefix}.level`]}
          options={legalScopeLevels.map((l) => ({ value: l, label: t(`catalogue.levels.${l}.label`) }))}
        />
        <TextField
          name={`${prefix}.basis`}
          label={t("versions.measure.basis")}
          hint={t("versions.measure.basisHint")}
          value={scope.basis}
          problem={fields[`${prefix}.basis`]}
          lang={country === "DE" ? "de" : country === "JP" ? "ja" : "en"}
        />
      </div>
      <LocalizedField
        name={`${prefix}.reason`}
        label={t("versions.measure.reason")}
        value={scope.reason}
        problems={fields}
        multiline
        rows={2}
      />
      <label className="choice" htmlFor={`${id}-uncertain`}>
        <input id={`${id}-uncertain`} type="checkbox" name={`${prefix}.uncertain`} defaultChecked={scope.uncertain} />
        <span>{t("versions.measure.uncertain")}</span>
      </label>
      <TextField
        name={`${prefix}.sources`}
        label={t("versions.measure.sources")}
        hint={t("versions.measure.sourcesHint")}
        value={scope.sources.join("\n")}
        problem={fields[`${prefix}.sources`]}
        multiline
      />
    </fieldset>
  );
}

function ConditionFields({
  index,
  condition,
  fields,
  scopeQuestions,
  readOnly,
  onRemove,
}: {
  index: number;
  condition: Condition;
  fields: Record<string, ProblemLike>;
  scopeQuestions: readonly ScopeQuestionChoice[];
  readOnly: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [question, setQuestion] = useState(condition.question);
  const prefix = `conditions.${index}`;
  const chosen = scopeQuestions.find((q) => q.id === question);
  const answersProblem = fields[`${prefix}.answers`] ?? fields[`${prefix}.answers.0`];
  return (
    <fieldset className="condition">
      <legend>{t("versions.measure.condition", { number: index + 1 })}</legend>
      <SelectField
        name={`${prefix}.question`}
        label={t("versions.measure.question")}
        value={condition.question}
        problem={fields[`${prefix}.question`]}
        onChange={setQuestion}
        options={[
          { value: "", label: t("versions.measure.chooseQuestion") },
          ...scopeQuestions.map((q) => ({ value: q.id, label: `${t(`country.${q.country}`)} · ${q.id} – ${q.text}` })),
          // A question the draft no longer has stays selectable, so the problem is visible.
          ...(condition.question && !scopeQuestions.some((q) => q.id === condition.question)
            ? [{ value: condition.question, label: condition.question }]
            : []),
        ]}
      />
      <fieldset className="answers" aria-describedby={answersProblem ? `${id}-answers-error` : `${id}-answers-hint`}>
        <legend>{t("versions.measure.answers")}</legend>
        {chosen ? (
          chosen.options.map((option) => (
            <label className="choice" key={`${question}-${option.value}`}>
              <input
                type="checkbox"
                name={`${prefix}.answers`}
                value={option.value}
                defaultChecked={question === condition.question && condition.answers.includes(option.value)}
              />
              <span>
                {option.text} <code>{option.value}</code>
              </span>
            </label>
          ))
        ) : (
          <p className="field-hint" id={`${id}-answers-hint`}>
            {t("versions.measure.answersHint")}
          </p>
        )}
        {answersProblem ? (
          <p className="field-error" id={`${id}-answers-error`}>
            {problemMessage(t, answersProblem)}
          </p>
        ) : null}
      </fieldset>
      <div className="form-grid">
        <TextField
          name={`${prefix}.practicalFactor`}
          label={t("versions.measure.practicalFactor")}
          hint={t("versions.measure.practicalFactorHint")}
          value={condition.practicalFactor?.toString() ?? ""}
          problem={fields[`${prefix}.practicalFactor`]}
          inputMode="decimal"
        />
        <SelectField
          name={`${prefix}.legalLevel`}
          label={t("versions.measure.legalLevel")}
          value={condition.legalLevel ?? ""}
          problem={fields[`${prefix}.legalLevel`]}
          options={[
            { value: "", label: t("versions.measure.noLegalLevel") },
            ...legalScopeLevels.map((l) => ({ value: l, label: t(`catalogue.levels.${l}.label`) })),
          ]}
        />
      </div>
      <LocalizedField
        name={`${prefix}.note`}
        label={t("versions.measure.note")}
        value={condition.note}
        problems={fields}
        multiline
        rows={2}
      />
      {readOnly ? null : (
        <button type="button" className="link-button" onClick={onRemove}>
          {t("versions.measure.removeCondition", { number: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
