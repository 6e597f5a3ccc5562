import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ResearchNav } from "#app/components/research/nav";
import { exportDatasets, exportFormats, exportForms } from "#app/domain/research/exports";
import { assessmentStatuses } from "#app/domain/research/filters";
import { countries } from "#app/domain/vocabulary";
import { db } from "#app/server/db.server";
import { getTranslator } from "#app/server/i18n.server";
import { requireRole } from "#app/server/permissions.server";
import { assessmentFilterChoices } from "#app/server/research.server";
import researchStyles from "#app/styles/research.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: researchStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  return {
    title: `${t("research.exports.title")} – ${t("app.shortName")}`,
    choices: await assessmentFilterChoices(await db()),
  };
}

/**
 * A plain GET form: the browser downloads the file itself (Content-Disposition), so the
 * page works without JavaScript and a long export streams straight to disk.
 */
export default function Exports() {
  const { choices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const ids = { country: useId(), year: useId(), status: useId(), version: useId() };
  return (
    <>
      <h1>{t("research.exports.title")}</h1>
      <ResearchNav />
      <p className="lead">{t("research.exports.intro")}</p>
      <form method="get" action="/research/exports/download" className="export-form stack">
        <fieldset>
          <legend>{t("research.exports.dataset")}</legend>
          {exportDatasets.map((dataset, index) => (
            <Choice
              key={dataset}
              name="dataset"
              value={dataset}
              checked={index === 0}
              label={t(`research.exports.datasets.${dataset}.label`)}
              help={t(`research.exports.datasets.${dataset}.description`)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("research.exports.form")}</legend>
          {exportForms.map((form, index) => (
            <Choice
              key={form}
              name="form"
              value={form}
              checked={index === 0}
              label={t(`research.exports.forms.${form}.label`)}
              help={t(`research.exports.forms.${form}.description`)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("research.exports.format")}</legend>
          {[...exportFormats].reverse().map((format, index) => (
            <Choice
              key={format}
              name="format"
              value={format}
              checked={index === 0}
              label={t(`research.exports.formats.${format}.label`)}
              help={t(`research.exports.formats.${format}.description`)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("research.exports.filters")}</legend>
          <div className="research-filters research-filters-inline">
            <div className="field">
              <label htmlFor={ids.country}>{t("research.filters.country")}</label>
              <select id={ids.country} name="country" defaultValue="">
                <option value="">{t("research.filters.allCountries")}</option>
                {countries.map((country) => (
                  <option key={country} value={country}>
                    {t(`country.${country}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.year}>{t("research.filters.round")}</label>
              <select id={ids.year} name="year" defaultValue="">
                <option value="">{t("research.filters.allRounds")}</option>
                {choices.years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.status}>{t("research.filters.status")}</label>
              <select id={ids.status} name="status" defaultValue="submitted" aria-describedby={`${ids.status}-hint`}>
                <option value="">{t("research.filters.allStatuses")}</option>
                {assessmentStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`assessmentStatus.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.version}>{t("research.filters.version")}</label>
              <select id={ids.version} name="version" defaultValue="">
                <option value="">{t("research.filters.allVersions")}</option>
                {choices.versions.map((version) => (
                  <option key={version} value={version}>
                    {t("research.filters.versionNumber", { number: version })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="field-hint" id={`${ids.status}-hint`}>
            {t("research.exports.statusHint")}
          </p>
        </fieldset>
        <div className="buttons">
          <button type="submit" className="button">
            {t("research.exports.download")}
          </button>
          <button
            type="submit"
            className="button button-secondary"
            formAction="/research/exports/codebook"
            name="codebook"
            value="csv"
          >
            {t("research.exports.codebookCsv")}
          </button>
          <button
            type="submit"
            className="button button-secondary"
            formAction="/research/exports/codebook"
            name="codebook"
            value="json"
          >
            {t("research.exports.codebookJson")}
          </button>
        </div>
      </form>
      <section aria-labelledby="exports-notes">
        <h2 id="exports-notes">{t("research.exports.notesTitle")}</h2>
        <ul>
          <li>{t("research.exports.noteVersion")}</li>
          <li>{t("research.exports.noteFormula")}</li>
          <li>{t("research.exports.noteAudit")}</li>
          <li>{t("research.exports.noteApi")}</li>
        </ul>
      </section>
    </>
  );
}

/** A radio button named by its label, with its explanation as the description. */
function Choice({
  name,
  value,
  checked,
  label,
  help,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  help: string;
}) {
  const id = useId();
  return (
    <div className="choice">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} aria-describedby={`${id}-help`} />
      <div>
        <label htmlFor={id}>{label}</label>
        <p className="choice-help" id={`${id}-help`}>
          {help}
        </p>
      </div>
    </div>
  );
}
