import { useTranslation } from "react-i18next";
import { groupByField } from "#app/domain/questionnaires/catalogue-filter";
import { type Country, countries, type Locale, legalScopeLevels } from "#app/domain/vocabulary";
import type { CatalogueMeasure, CatalogueScope } from "#app/server/questionnaires/catalogue.server";
import { LevelBadge, UncertainFlag } from "./badges";

/** A legal basis is cited in its country's official wording, so in that country's language. */
const basisLanguage: Record<Country, Locale> = { DE: "de", JP: "ja", US: "en" };

/** What each level means, and what the uncertain mark means. */
export function ScopeLegend() {
  const { t } = useTranslation();
  return (
    <section className="scope-legend" aria-labelledby="scope-legend-heading">
      <h3 id="scope-legend-heading">{t("catalogue.legendTitle")}</h3>
      <dl>
        {legalScopeLevels.map((level) => (
          <div key={level}>
            <dt>
              <LevelBadge level={level} />
            </dt>
            <dd>{t(`catalogue.levels.${level}.help`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <UncertainFlag />
          </dt>
          <dd>{t("catalogue.uncertainHelp")}</dd>
        </div>
      </dl>
    </section>
  );
}

/** Measures × countries: the level of legal scope with its legal basis and reason. */
export function ScopeMatrix({ measures }: { measures: CatalogueMeasure[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table catalogue-table scope-matrix">
        <caption>{t("catalogue.matrixCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("catalogue.columns.measure")}</th>
            {countries.map((country) => (
              <th scope="col" key={country}>
                {t(`country.${country}`)}
              </th>
            ))}
          </tr>
        </thead>
        {groupByField(measures).map((group) => (
          <tbody key={group.field}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={countries.length + 1}>
                {t("catalogue.fieldGroup", {
                  field: t(`catalogue.fields.${group.field}`),
                  count: group.measures.length,
                })}
              </th>
            </tr>
            {group.measures.map((measure) => (
              <tr key={measure.id} id={`scope-${measure.id}`}>
                <th scope="row" className="scope-measure">
                  <a href={`#measure-${measure.id}`} className="measure-id">
                    {measure.id}
                  </a>
                  <span className="scope-measure-title">{measure.title}</span>
                </th>
                {countries.map((country) => (
                  <ScopeCell key={country} country={country} scope={measure.legalScope[country]} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function ScopeCell({ country, scope }: { country: Country; scope: CatalogueScope }) {
  const { t } = useTranslation();
  return (
    <td className={scope.uncertain ? "scope-cell is-uncertain" : "scope-cell"} data-level={scope.level}>
      <p className="scope-level">
        <LevelBadge level={scope.level} />
        {scope.uncertain ? <UncertainFlag /> : null}
      </p>
      <p className="scope-basis">
        <span className="scope-basis-label">
          {t("catalogue.legalBasis")}
          {t("catalogue.colon")}
        </span>
        <span lang={basisLanguage[country]}>{scope.basis}</span>
      </p>
      <p className="scope-reason">{scope.reason}</p>
    </td>
  );
}
