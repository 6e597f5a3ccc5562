import { useTranslation } from "react-i18next";
import { type CatalogueFilter, type CatalogueFilterKey, isFiltered } from "#app/domain/questionnaires/catalogue-filter";

type Translate = ReturnType<typeof useTranslation>["t"];

/**
 * How many measures are shown, which filters are set (in words: the form is hidden in
 * print, the printout still says what it shows), and which values were ignored.
 */
export function CatalogueSummary({
  shown,
  total,
  filter,
  ignored,
}: {
  shown: number;
  total: number;
  filter: CatalogueFilter;
  ignored: CatalogueFilterKey[];
}) {
  const { t } = useTranslation();
  const parts = activeFilterTexts(t, filter);
  return (
    <div className="catalogue-summary">
      <p role="status" className="catalogue-count">
        {t("catalogue.count", { shown, count: total })}
      </p>
      {parts.length > 0 ? (
        <div className="active-filters">
          <span className="active-filters-label">{t("catalogue.filters.active")}</span>
          <ul>
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {ignored.length > 0 ? (
        <p className="catalogue-notice">
          {t("catalogue.filters.ignored", {
            names: ignored.map((key) => filterLabel(t, key)).join(t("catalogue.filters.separator")),
          })}
        </p>
      ) : null}
    </div>
  );
}

function filterLabel(t: Translate, key: CatalogueFilterKey): string {
  switch (key) {
    case "country":
      return t("catalogue.filters.country");
    case "level":
      return t("catalogue.filters.scopeLegend");
    default:
      return t(`catalogue.columns.${key}`);
  }
}

/** One text per filter that narrows the list; a country without a level narrows nothing. */
function activeFilterTexts(t: Translate, filter: CatalogueFilter): string[] {
  if (!isFiltered(filter)) return [];
  const colon = t("catalogue.colon");
  const named = (key: CatalogueFilterKey, value: string) => `${filterLabel(t, key)}${colon}${value}`;
  const parts: string[] = [];
  if (filter.field) parts.push(named("field", t(`catalogue.fields.${filter.field}`)));
  if (filter.approach) parts.push(named("approach", t(`catalogue.approaches.${filter.approach}`)));
  if (filter.depth) {
    const label = t(`catalogue.depths.${filter.depth}.label`);
    parts.push(named("depth", t("catalogue.depthValue", { depth: filter.depth, label })));
  }
  if (filter.sector) parts.push(named("sector", t(`catalogue.sectors.${filter.sector}`)));
  if (filter.level) {
    const level = t(`catalogue.levels.${filter.level}.label`);
    parts.push(
      filter.country
        ? t("catalogue.filters.scopeIn", { country: t(`country.${filter.country}`), level })
        : t("catalogue.filters.scopeInAny", { level }),
    );
  }
  return parts;
}
