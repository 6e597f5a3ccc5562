import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CountryFilter, RoundFilter, StatusFilter, VersionFilter } from "#app/components/research/filters";
import { ResearchNav } from "#app/components/research/nav";
import { exportDatasets, exportFormats, exportForms } from "#app/domain/research/exports";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { assessmentFilterChoices } from "#app/server/research/submissions.server";
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
  const statusHintId = useId();
  return (
    <>
      <h1>{t("research.exports.title")}</h1>
      <ResearchNav />
      <p className="lead">{t("research.exports.intro")}</p>
      <form method="get" action="/research/exports/download" className="export-form stack">
        <ChoiceGroup legend={t("research.exports.dataset")} name="dataset" choices={exportDatasets} texts="datasets" />
        <ChoiceGroup legend={t("research.exports.form")} name="form" choices={exportForms} texts="forms" />
        <ChoiceGroup
          legend={t("research.exports.format")}
          name="format"
          choices={[...exportFormats].reverse()}
          texts="formats"
        />
        <fieldset>
          <legend>{t("research.exports.filters")}</legend>
          <div className="research-filters research-filters-inline">
            <CountryFilter />
            <RoundFilter years={choices.years} offerAll />
            <StatusFilter value="submitted" describedBy={statusHintId} />
            <VersionFilter versions={choices.versions} />
          </div>
          <p className="field-hint" id={statusHintId}>
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

/** One radio button a choice, the first checked, with its label and explanation from `research.exports.<texts>`. */
function ChoiceGroup<V extends string>({
  legend,
  name,
  choices,
  texts,
}: {
  legend: string;
  name: string;
  choices: readonly V[];
  texts: "datasets" | "forms" | "formats";
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice, index) => (
        <Choice
          key={choice}
          name={name}
          value={choice}
          checked={index === 0}
          label={t(`research.exports.${texts}.${choice}.label`)}
          help={t(`research.exports.${texts}.${choice}.description`)}
        />
      ))}
    </fieldset>
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
