/**
 * A text in three languages side by side (German, English, Japanese). A language still
 * blank carries a visible "missing" marker, updated as the researcher types; problems
 * from the check show under their language. Researcher-written text is only ever a
 * form value here: React escapes it.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Locale, locales } from "#app/domain/vocabulary";
import { type ProblemLike, problemMessage } from "./problems";

export interface LocalizedValue {
  de: string;
  en: string;
  ja: string;
}

export function LocalizedField({
  name,
  label,
  value,
  problems,
  hint,
  multiline = false,
  rows = 3,
  optional = false,
  readOnly = false,
}: {
  name: string;
  label: string;
  value: LocalizedValue | undefined;
  problems: Readonly<Record<string, ProblemLike>>;
  hint?: string | undefined;
  multiline?: boolean;
  rows?: number;
  /** An optional text (a help text): blank in all three languages is fine, in one or two it is not. */
  optional?: boolean;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const initial = value ?? { de: "", en: "", ja: "" };
  const [blank, setBlank] = useState<Record<Locale, boolean>>(() => ({
    de: initial.de.trim() === "",
    en: initial.en.trim() === "",
    ja: initial.ja.trim() === "",
  }));
  const allBlank = locales.every((locale) => blank[locale]);
  const isMissing = (locale: Locale) => blank[locale] && !(optional && allBlank);
  return (
    <fieldset className="localized" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="localized-columns">
        {locales.map((locale) => {
          const fieldName = `${name}.${locale}`;
          const problem = problems[fieldName];
          const missing = isMissing(locale);
          const inputId = `${id}-${locale}`;
          const describedBy =
            [missing ? `${inputId}-missing` : null, problem && !missing ? `${inputId}-error` : null]
              .filter(Boolean)
              .join(" ") || undefined;
          const common = {
            id: inputId,
            name: fieldName,
            lang: locale,
            defaultValue: initial[locale],
            readOnly,
            "aria-invalid": missing || problem ? true : undefined,
            "aria-describedby": describedBy,
            onChange: (event: { currentTarget: { value: string } }) => {
              const empty = event.currentTarget.value.trim() === "";
              setBlank((current) => (current[locale] === empty ? current : { ...current, [locale]: empty }));
            },
          };
          return (
            <div className="field" key={locale}>
              <div className="localized-label">
                <label htmlFor={inputId}>{t(`versions.languages.${locale}`)}</label>
                {missing ? (
                  <span className="missing-marker" id={`${inputId}-missing`}>
                    <span aria-hidden="true">⚠ </span>
                    {t("versions.measure.missing")}
                    <span className="visually-hidden">
                      {" – "}
                      {t("versions.measure.missingLabel", {
                        field: label,
                        language: t(`versions.languages.${locale}`),
                      })}
                    </span>
                  </span>
                ) : null}
              </div>
              {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
              {problem && !missing ? (
                <p className="field-error" id={`${inputId}-error`}>
                  {problemMessage(t, problem)}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
