/**
 * Filtering the public measure catalogue: which measures a visitor's filter lets
 * through, and how the page groups them. Pure and free of zod, so that the page's
 * browser code can use it; reading the filter from a URL is catalogue-filter-query.ts.
 */
import {
  type Country,
  countries,
  type FieldOfAction,
  fieldsOfAction,
  type ImpactApproach,
  type ImpactDepth,
  type LegalScopeLevel,
  type Sector,
} from "#app/domain/vocabulary";

/** Every filter is optional; the filters that are set must all match (AND). */
export interface CatalogueFilter {
  field?: FieldOfAction;
  approach?: ImpactApproach;
  depth?: ImpactDepth;
  sector?: Sector;
  /** With `level`: the legal scope in this country. Alone it narrows nothing. */
  country?: Country;
  /** The legal scope level: in `country`, or in at least one country when no country is chosen. */
  level?: LegalScopeLevel;
}

/** The filter's query parameters, in the order the form shows them. */
export const catalogueFilterKeys = ["field", "approach", "depth", "sector", "country", "level"] as const;
export type CatalogueFilterKey = (typeof catalogueFilterKeys)[number];

/** What the filter looks at: a measure's classification and its legal scope levels. */
export interface ClassifiedMeasure {
  field: FieldOfAction;
  approach: ImpactApproach;
  depth: ImpactDepth;
  sector: Sector;
  legalScope: Record<Country, { level: LegalScopeLevel }>;
}

export function matchesCatalogueFilter(measure: ClassifiedMeasure, filter: CatalogueFilter): boolean {
  if (filter.field !== undefined && measure.field !== filter.field) return false;
  if (filter.approach !== undefined && measure.approach !== filter.approach) return false;
  if (filter.depth !== undefined && measure.depth !== filter.depth) return false;
  if (filter.sector !== undefined && measure.sector !== filter.sector) return false;
  if (filter.level !== undefined) {
    const inCountries = filter.country === undefined ? countries : [filter.country];
    if (!inCountries.some((country) => measure.legalScope[country].level === filter.level)) return false;
  }
  return true;
}

/** The measures the filter lets through, in their catalogue order. */
export function filterCatalogue<M extends ClassifiedMeasure>(measures: readonly M[], filter: CatalogueFilter): M[] {
  return measures.filter((measure) => matchesCatalogueFilter(measure, filter));
}

/** Whether any filter is chosen (a country alone narrows nothing, but it is a choice). */
export function isFiltered(filter: CatalogueFilter): boolean {
  return catalogueFilterKeys.some((key) => filter[key] !== undefined);
}

/** The query string for a filter, unset filters left out (the inverse of parseCatalogueQuery). */
export function catalogueQueryString(filter: CatalogueFilter): string {
  const params = new URLSearchParams();
  for (const key of catalogueFilterKeys) {
    const value = filter[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

/** Measures grouped by field of action in the vocabulary's order; empty fields left out. */
export function groupByField<M extends { field: FieldOfAction }>(
  measures: readonly M[],
): Array<{ field: FieldOfAction; measures: M[] }> {
  return fieldsOfAction
    .map((field) => ({ field, measures: measures.filter((measure) => measure.field === field) }))
    .filter((group) => group.measures.length > 0);
}
