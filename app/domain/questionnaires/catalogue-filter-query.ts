/**
 * Reading the catalogue filter from a URL's query parameters with zod. A value outside
 * the vocabulary is dropped and reported, never an error: an old or mistyped link still
 * shows the catalogue, and the page says what it ignored.
 */
import { z } from "zod";
import { countries, fieldsOfAction, impactApproaches, legalScopeLevels, sectors } from "#app/domain/vocabulary";
import { type CatalogueFilter, type CatalogueFilterKey, catalogueFilterKeys } from "./catalogue-filter";

export const CatalogueFilterQuery = z.strictObject({
  field: z.enum(fieldsOfAction).optional(),
  approach: z.enum(impactApproaches).optional(),
  depth: z
    .enum(["1", "2", "3"])
    .transform((depth) => Number(depth) as 1 | 2 | 3)
    .optional(),
  sector: z.enum(sectors).optional(),
  country: z.enum(countries).optional(),
  level: z.enum(legalScopeLevels).optional(),
}) satisfies z.ZodType<CatalogueFilter, Partial<Record<CatalogueFilterKey, string>>>;

export interface ParsedCatalogueQuery {
  filter: CatalogueFilter;
  /** Filter parameters whose value was not recognised and was therefore ignored. */
  ignored: CatalogueFilterKey[];
}

/**
 * An empty value means "all" (the form's first option). A repeated parameter counts
 * with its first value. Parameters that are not filters (such as `lng`) are left alone.
 */
export function parseCatalogueQuery(params: URLSearchParams): ParsedCatalogueQuery {
  const accepted: Partial<Record<CatalogueFilterKey, string>> = {};
  const ignored: CatalogueFilterKey[] = [];
  for (const key of catalogueFilterKeys) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    if (CatalogueFilterQuery.shape[key].safeParse(raw).success) accepted[key] = raw;
    else ignored.push(key);
  }
  return { filter: CatalogueFilterQuery.parse(accepted), ignored };
}
