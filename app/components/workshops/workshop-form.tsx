/** The fields of the workshop form (create and edit): facts, languages, participating municipalities. */
import { Form } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "#app/components/form-field";
import { type Country, countries, type Locale, locales } from "#app/domain/vocabulary";
import { workshopLimits } from "#app/domain/workshops/workshop";

export interface WorkshopFormValues {
  title: string;
  heldOn: string;
  place: string;
  languages: Locale[];
  municipalityIds: string[];
}

export interface MunicipalityChoice {
  id: string;
  name_native: string;
  country: Country;
  sharing: string;
}

export function WorkshopForm({
  values,
  municipalities,
  errors,
  submitLabel,
}: {
  values: WorkshopFormValues | null;
  municipalities: MunicipalityChoice[];
  errors: Partial<Record<string, string>>;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const dossierLanguageId = useId();
  const chosen = new Set(values?.municipalityIds ?? []);
  const dossierLanguage = values?.languages[0] ?? "en";
  const further = new Set(values?.languages.slice(1) ?? []);
  return (
    <Form method="post" className="stack" noValidate>
      <FormField
        label={t("workshops.form.title")}
        name="title"
        required
        maxLength={workshopLimits.titleLength}
        defaultValue={values?.title}
        error={errors.title}
      />
      <FormField
        label={t("workshops.form.heldOn")}
        hint={t("workshops.form.heldOnHint")}
        name="heldOn"
        type="date"
        required
        defaultValue={values?.heldOn}
        error={errors.heldOn}
      />
      <FormField
        label={t("workshops.form.place")}
        name="place"
        required
        maxLength={workshopLimits.placeLength}
        defaultValue={values?.place}
        error={errors.place}
      />
      <div className="field">
        <label htmlFor={dossierLanguageId}>{t("workshops.form.dossierLanguage")}</label>
        <p className="field-hint" id={`${dossierLanguageId}-hint`}>
          {t("workshops.form.dossierLanguageHint")}
        </p>
        <select
          id={dossierLanguageId}
          name="dossierLanguage"
          defaultValue={dossierLanguage}
          aria-describedby={`${dossierLanguageId}-hint`}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {t(`language.${locale}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t("workshops.form.languages")}</legend>
        {locales.map((locale) => (
          <label key={locale} className="choice">
            <input type="checkbox" name="languages" value={locale} defaultChecked={further.has(locale)} />
            <span>{t(`language.${locale}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby="workshop-municipalities-hint">
        <legend>{t("workshops.form.municipalities")}</legend>
        <p className="field-hint" id="workshop-municipalities-hint">
          {t("workshops.form.municipalitiesHint")}
        </p>
        {errors.municipalityIds ? (
          <p className="field-error" role="alert">
            {t(errors.municipalityIds)}
          </p>
        ) : null}
        {countries.map((country) => {
          const inCountry = municipalities.filter((m) => m.country === country);
          if (inCountry.length === 0) return null;
          return (
            <div key={country} className="choice-group">
              <p className="choice-group-title">{t(`country.${country}`)}</p>
              {inCountry.map((m) => (
                <label key={m.id} className="choice">
                  <input type="checkbox" name="municipalityIds" value={m.id} defaultChecked={chosen.has(m.id)} />
                  <span>
                    {m.name_native}{" "}
                    <span className="muted">
                      ({t("workshops.form.sharing", { level: t(`sharing.levels.${m.sharing}.label`) })})
                    </span>
                  </span>
                </label>
              ))}
            </div>
          );
        })}
      </fieldset>
      {errors.form ? (
        <p className="field-error" role="alert">
          {t(errors.form)}
        </p>
      ) : null}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
