/** The editor of one practical-scope question: its text, help and answers in three languages. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DraftScopeQuestion } from "#app/domain/questionnaires/drafts";
import type { ComparabilityChoice } from "#app/domain/questionnaires/version-editing";
import { countries } from "#app/domain/vocabulary";
import { SelectField, TextField } from "./fields";
import { ItemFormEnd, useKeyedRows } from "./item-form";
import { LocalizedField } from "./localized-field";
import { byField, type ProblemLike, problemMessage } from "./problems";

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
  comparability: ComparabilityChoice | null;
}) {
  const { t } = useTranslation();
  const fields = byField(problems);
  const options = useKeyedRows(question.options);
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
          {options.rows.map(({ key, row: option }, index) => (
            <fieldset className="condition" key={key}>
              <legend>{t("versions.scopeQuestion.option", { number: index + 1 })}</legend>
              <TextField
                name={`options.${index}.value`}
                label={t("versions.scopeQuestion.value")}
                hint={t("versions.scopeQuestion.valueHint")}
                value={option.value}
                problem={fields[`options.${index}.value`]}
              />
              <LocalizedField
                name={`options.${index}.text`}
                label={t("versions.scopeQuestion.optionText")}
                value={option.text}
                problems={fields}
              />
              {readOnly ? null : (
                <button type="button" className="link-button" onClick={() => options.remove(key)}>
                  {t("versions.scopeQuestion.removeOption", { number: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {readOnly ? null : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => options.add({ value: "", text: { de: "", en: "", ja: "" } })}
            >
              {t("versions.scopeQuestion.addOption")}
            </button>
          )}
        </section>
        <ItemFormEnd kind="scopeQuestion" readOnly={readOnly} comparability={comparability} formProblem={fields.form} />
      </fieldset>
    </Form>
  );
}
