/** The editor of one practical-scope question: its text, help and answers in three languages. */
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DraftScopeQuestion } from "#app/domain/questionnaire/drafts";
import { countries } from "#app/domain/vocabulary";
import { ComparabilityField, SelectField, TextField } from "./fields";
import { LocalizedField } from "./localized-field";
import { byField, type ProblemLike, problemMessage } from "./problems";

let rowCounter = 0;
const rowKey = () => `option-${++rowCounter}`;

export function ScopeQuestionForm({
  question,
  isNew,
  readOnly,
  revision,
  problems,
  comparability,
}: {
  question: DraftScopeQuestion;
  isNew: boolean;
  readOnly: boolean;
  revision: number;
  problems: readonly ProblemLike[];
  comparability: {
    value: "comparable" | "not_comparable" | null;
    changedParts: string[] | null;
    baseNumber: number;
  } | null;
}) {
  const { t } = useTranslation();
  const fields = byField(problems);
  const [options, setOptions] = useState(() => question.options.map((option) => ({ key: rowKey(), option })));
  const suffix = question.id.replace(/^(de|jp|us)_/, "");
  return (
    <Form method="post" className="stack version-form" noValidate>
      <input type="hidden" name="revision" value={revision} />
      <fieldset disabled={readOnly} className="plain-fieldset stack">
        {isNew ? (
          <div className="form-grid">
            <SelectField
              name="country"
              label={t("versions.scopeQuestion.country")}
              value={question.country}
              problem={fields.country}
              options={countries.map((c) => ({ value: c, label: t(`country.${c}`) }))}
            />
            <TextField
              name="idSuffix"
              label={t("versions.scopeQuestion.idSuffix")}
              hint={t("versions.scopeQuestion.idHint")}
              value={suffix}
              problem={fields.id}
            />
          </div>
        ) : (
          <dl className="facts">
            <dt>{t("versions.scopeQuestion.id")}</dt>
            <dd>
              <code>{question.id}</code>
            </dd>
            <dt>{t("versions.scopeQuestion.country")}</dt>
            <dd>{t(`country.${question.country}`)}</dd>
          </dl>
        )}
        <LocalizedField
          name="text"
          label={t("versions.scopeQuestion.text")}
          value={question.text}
          problems={fields}
          multiline
          rows={2}
        />
        <LocalizedField
          name="help"
          label={t("versions.scopeQuestion.help")}
          value={question.help}
          problems={fields}
          multiline
          rows={3}
          optional
        />
        <section className="version-section" aria-labelledby="options-heading">
          <h2 id="options-heading">{t("versions.scopeQuestion.options")}</h2>
          <p className="field-hint">{t("versions.scopeQuestion.optionsHint")}</p>
          {fields.options ? <p className="field-error">{problemMessage(t, fields.options)}</p> : null}
          {options.map((row, index) => (
            <fieldset className="condition" key={row.key}>
              <legend>{t("versions.scopeQuestion.option", { number: index + 1 })}</legend>
              <TextField
                name={`options.${index}.value`}
                label={t("versions.scopeQuestion.value")}
                hint={t("versions.scopeQuestion.valueHint")}
                value={row.option.value}
                problem={fields[`options.${index}.value`]}
              />
              <LocalizedField
                name={`options.${index}.text`}
                label={t("versions.scopeQuestion.optionText")}
                value={row.option.text}
                problems={fields}
              />
              {readOnly ? null : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setOptions((rows) => rows.filter((r) => r.key !== row.key))}
                >
                  {t("versions.scopeQuestion.removeOption", { number: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {readOnly ? null : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setOptions((rows) => [
                  ...rows,
                  { key: rowKey(), option: { value: "", text: { de: "", en: "", ja: "" } } },
                ])
              }
            >
              {t("versions.scopeQuestion.addOption")}
            </button>
          )}
        </section>
        {comparability ? (
          <ComparabilityField
            legend={t("versions.scopeQuestion.comparability")}
            value={comparability.value}
            changedParts={comparability.changedParts}
            baseNumber={comparability.baseNumber}
          />
        ) : null}
        {fields.form ? <p className="field-error">{problemMessage(t, fields.form)}</p> : null}
        {readOnly ? null : (
          <button type="submit" name="intent" value="save" className="button">
            {t("versions.scopeQuestion.save")}
          </button>
        )}
      </fieldset>
    </Form>
  );
}
