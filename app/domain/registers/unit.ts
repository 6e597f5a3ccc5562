/**
 * One local government as an official register lists it. This zod schema is the single
 * source of the shape; readers of the official files, the snapshot and the diff all
 * produce or consume it.
 */
import { z } from "zod";
import { countries } from "#app/domain/vocabulary";
import { isValidJpCode6 } from "./jp-check-digit";

export const RegisterCountry = z.enum(countries);
export type RegisterCountry = z.infer<typeof RegisterCountry>;

/**
 * Three levels cover the three countries: DE Land / Kreis / Gemeinde, JP 都道府県 / — /
 * 市区町村, US state / county / incorporated place or county subdivision. Japan has no
 * county level that governs (郡 are geographic names only).
 */
export const registerLevels = ["state", "county", "municipality"] as const;
export const RegisterLevel = z.enum(registerLevels);
export type RegisterLevel = z.infer<typeof RegisterLevel>;

/**
 * The status that changes a city's legal scope, independent of the register's own wording
 * (`kind` keeps that):
 * - DE `stadtstaat` (Berlin, Hamburg, Land Bremen: Land and municipality at once),
 *   `kreisfreie_stadt` (incl. Baden-Württemberg's Stadtkreis: municipality and Kreis at
 *   once), `grosse_kreisstadt` (takes over tasks of the Kreis). An ordinary Stadt,
 *   Gemeinde or Markt has none.
 * - JP `designated_city` (政令指定都市), `core_city` (中核市), `special_case_city`
 *   (施行時特例市), `special_ward` (特別区 of Tokyo). An ordinary 市町村 has none.
 * - US `us_county` (a county-level government: County, Parish, Borough, City and Borough,
 *   Municipality of Alaska), `us_independent_city` (a city outside any county, e.g.
 *   Virginia's cities, Baltimore, St. Louis, Carson City), `consolidated_city_county`
 *   (a place the Census marks as consolidated, unified, metropolitan or urban-county
 *   government, and the "balance" of such governments), `us_place` (any other
 *   incorporated place), `us_township` (a minor civil division that governs: township,
 *   charter township, New England town, plantation). County equivalents that are not
 *   governments (Alaska census areas, Connecticut planning regions, the District of
 *   Columbia) have none.
 */
export const cityStatuses = [
  "stadtstaat",
  "kreisfreie_stadt",
  "grosse_kreisstadt",
  "designated_city",
  "core_city",
  "special_case_city",
  "special_ward",
  "us_county",
  "us_independent_city",
  "consolidated_city_county",
  "us_place",
  "us_township",
] as const;
export const CityStatus = z.enum(cityStatuses);
export type CityStatus = z.infer<typeof CityStatus>;

/** Official code shapes per country and level; a code is stored in this normalised form only. */
export const codePatterns = {
  DE: { state: /^\d{2}$/, county: /^\d{5}$/, municipality: /^\d{8}$/ },
  JP: { state: /^\d{6}$/, county: /(?!)/, municipality: /^\d{6}$/ },
  US: { state: /^\d{2}$/, county: /^\d{5}$/, municipality: /^(\d{7}|\d{10})$/ },
} as const satisfies Record<RegisterCountry, Record<RegisterLevel, RegExp>>;

export const SourceKey = z.string().regex(/^S-[A-Z]{2}[0-9A-Za-z-]*$/, "a source key such as S-DE1");
export type SourceKey = z.infer<typeof SourceKey>;

const isoDate = z.iso.date();

export const AltCodes = z
  .object({
    /** DE: 12-digit Amtlicher Regionalschlüssel of a Gemeinde (Kreis + Verband + Gemeinde). */
    ars: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    /** JP: the 5-digit 団体コード without check digit (JIS X 0401/0402), as most statistics use it. */
    jis5: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    /** US: the ANSI (GNIS) feature code. */
    ansi: z
      .string()
      .regex(/^\d{8}$/)
      .optional(),
  })
  .strict();
export type AltCodes = z.infer<typeof AltCodes>;

export const RegisterUnit = z
  .object({
    country: RegisterCountry,
    level: RegisterLevel,
    code: z.string(),
    altCodes: AltCodes,
    parentCode: z.string().nullable(),
    nameNative: z.string().min(1),
    /** Romanised (JP, from ABR) or English (US: the native name); DE has no official English names. */
    nameEn: z.string().min(1).nullable(),
    /** The register's own label, e.g. "Stadt (Große Kreisstadt)", "市 (中核市)", "city", "township (MCD)". */
    kind: z.string().min(1),
    cityStatus: CityStatus.nullable(),
    /** Null when no source used has a number: never estimated. */
    population: z.number().int().nonnegative().nullable(),
    /**
     * Reference date of the population. For a period estimate (ACS 5-year) the last day
     * of the period; `populationSource` says which source, and the source says the period.
     */
    populationDate: isoDate.nullable(),
    populationSource: SourceKey.nullable(),
    /** Every source that contributed a fact to this unit, register first. */
    sourceKeys: z.array(SourceKey).min(1),
  })
  .strict()
  .superRefine((unit, ctx) => {
    if (!codePatterns[unit.country][unit.level].test(unit.code)) {
      ctx.addIssue({ code: "custom", path: ["code"], message: `not a ${unit.country} ${unit.level} code` });
    } else if (unit.country === "JP" && !isValidJpCode6(unit.code)) {
      ctx.addIssue({ code: "custom", path: ["code"], message: "the check digit does not match" });
    }
    if ((unit.level === "state") !== (unit.parentCode === null)) {
      ctx.addIssue({ code: "custom", path: ["parentCode"], message: "only a state has no parent" });
    }
    if ((unit.population === null) !== (unit.populationDate === null)) {
      ctx.addIssue({ code: "custom", path: ["populationDate"], message: "a population needs its date" });
    }
    if ((unit.population === null) !== (unit.populationSource === null)) {
      ctx.addIssue({ code: "custom", path: ["populationSource"], message: "a population needs its source" });
    }
  });
export type RegisterUnit = z.infer<typeof RegisterUnit>;

/** The key of a unit across registers: codes are unique within a country only. */
export function unitKey(unit: Pick<RegisterUnit, "country" | "code">): string {
  return `${unit.country}:${unit.code}`;
}

/** Order in which registers are listed: by country, then from the top level down, then by code. */
export function compareUnits(a: RegisterUnit, b: RegisterUnit): number {
  if (a.country !== b.country) return a.country < b.country ? -1 : 1;
  const level = registerLevels.indexOf(a.level) - registerLevels.indexOf(b.level);
  if (level !== 0) return level;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Adds a source key once, keeping the order in which sources contributed. */
export function withSourceKey(keys: readonly string[], key: string): string[] {
  return keys.includes(key) ? [...keys] : [...keys, key];
}
