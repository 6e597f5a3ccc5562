/** Municipality facts that do not depend on storage: size classes and kinds of local government. */
import { z } from "zod";
import { Country } from "#app/domain/questionnaires/schema";

export const sizeClasses = ["very_small", "small", "medium", "large", "very_large"] as const;
export const SizeClass = z.enum(sizeClasses);
export type SizeClass = z.infer<typeof SizeClass>;

/** Lower population bound of each size class, shared by the three countries so peer groups line up. */
const sizeClassFloors: ReadonlyArray<readonly [SizeClass, number]> = [
  ["very_large", 500_000],
  ["large", 100_000],
  ["medium", 20_000],
  ["small", 5_000],
  ["very_small", 0],
];

export function sizeClassOf(population: number): SizeClass {
  if (!Number.isFinite(population) || population < 0) {
    throw new RangeError(`population must be a non-negative number, got ${population}`);
  }
  for (const [sizeClass, floor] of sizeClassFloors) {
    if (population >= floor) return sizeClass;
  }
  return "very_small";
}

/** Kinds of local government, by country, in English identifiers. */
export const municipalityKinds = {
  DE: ["district_free_city", "county_town", "municipality"],
  JP: ["designated_city", "core_city", "city", "special_ward", "town", "village"],
  US: ["city", "town", "village", "township", "county", "consolidated_city_county"],
} as const satisfies Record<Country, readonly string[]>;

export type MunicipalityKind = (typeof municipalityKinds)[Country][number];

export const sharingLevels = ["none", "workshops", "partners", "signed_in"] as const;
export const SharingLevel = z.enum(sharingLevels);
export type SharingLevel = z.infer<typeof SharingLevel>;

export const MunicipalityInput = z
  .object({
    country: Country,
    region: z.string().trim().min(1).max(100),
    nameNative: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    population: z.number().int().min(0).max(50_000_000),
    kind: z.string(),
    officialCode: z.string().trim().max(40).nullable().default(null),
  })
  .refine((m) => (municipalityKinds[m.country] as readonly string[]).includes(m.kind), {
    message: "kind does not exist in this country",
    path: ["kind"],
  });
export type MunicipalityInput = z.input<typeof MunicipalityInput>;

/** A municipality picker lists at most this many; beyond it, staff search by name or official code. */
export const municipalityPickerLimit = 500;
/** The picker searches from this many characters on; fewer would match half the country. */
export const municipalitySearchMinLength = 2;
/** The longest text the picker's search takes. */
export const municipalitySearchMaxLength = 100;

/** The picker's search: names or the beginning of an official code. */
export const MunicipalitySearch = z.object({
  q: z.string().trim().min(municipalitySearchMinLength).max(municipalitySearchMaxLength),
});
