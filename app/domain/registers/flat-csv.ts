/**
 * Our own flat CSV (the columns of de.csv, jp.csv and us.csv), so that a file made by hand
 * or exported from a spreadsheet can be loaded like an official one:
 *   code, level, name_native, name_en, parent_code, parent_name, state_or_prefecture, kind,
 *   population, population_year, source, licence, code_alt
 * plus optional columns `country`, `city_status`, `population_source` and `successor_code`.
 * A row with a successor_code records a unit that was dissolved into that successor: it
 * becomes a succession fact, not a unit.
 *
 * Levels may be written as those files do (land/kreis/gemeinde, prefecture/municipality,
 * county/place/county_subdivision) or as the register's (state/county/municipality, then
 * with a country column). Codes may have lost their leading zeros.
 */
import { normaliseUnitCode } from "./codes";
import type { SuccessionFact } from "./facts";
import { jpCode6, jpCodeNormaliser } from "./jp-check-digit";
import { cityStatusOf } from "./status";
import { cell, parseDelimited, type Row } from "./table";
import { CityStatus, type RegisterCountry, type RegisterLevel, RegisterUnit } from "./unit";

export const flatCsvColumns = [
  "code",
  "level",
  "name_native",
  "name_en",
  "parent_code",
  "parent_name",
  "state_or_prefecture",
  "kind",
  "population",
  "population_year",
  "source",
  "licence",
  "code_alt",
] as const;
const requiredColumns = ["code", "level", "name_native", "kind"] as const;

const levelWords = new Map<string, { country: RegisterCountry | null; level: RegisterLevel }>(
  Object.entries({
    land: { country: "DE", level: "state" },
    kreis: { country: "DE", level: "county" },
    gemeinde: { country: "DE", level: "municipality" },
    prefecture: { country: "JP", level: "state" },
    place: { country: "US", level: "municipality" },
    county_subdivision: { country: "US", level: "municipality" },
    state: { country: null, level: "state" },
    county: { country: null, level: "county" },
    municipality: { country: null, level: "municipality" },
  }),
);
/** Without a country column, the register's own level words say the country where only one uses them. */
const countryOfAmbiguousLevel: Partial<Record<RegisterLevel, RegisterCountry>> = {
  county: "US",
  municipality: "JP",
};

export function isFlatCsvHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().replace(/^\uFEFF/, ""));
  return requiredColumns.every((c) => names.includes(c));
}

export interface FlatCsvResult {
  readonly units: RegisterUnit[];
  readonly successions: SuccessionFact[];
  readonly problems: { line: number; message: string }[];
}

export function readFlatCsv(text: string, options: { sourceKey?: string } = {}): FlatCsvResult {
  const [rawHeader, ...rows] = parseDelimited(text);
  const header = (rawHeader ?? []).map((h) => h.trim().replace(/^\uFEFF/, ""));
  if (!isFlatCsvHeader(header)) throw new Error(`not our flat CSV: needs the columns ${requiredColumns.join(", ")}`);
  const col = (name: string) => header.indexOf(name);
  const get = (row: Row, name: string) => cell(row, col(name));
  const units: RegisterUnit[] = [];
  const successions: SuccessionFact[] = [];
  const problems: FlatCsvResult["problems"] = [];
  // Japanese codes are read per file: the longest code says whether the file uses the 6-digit form.
  const jpCode = jpCodeNormaliser(rows.filter((row) => countryOf(row, get) === "JP").map((row) => get(row, "code")));

  rows.forEach((row, i) => {
    const line = i + 2;
    const problem = (message: string) => problems.push({ line, message });
    const level = levelWords.get(get(row, "level").toLowerCase());
    const country = countryOf(row, get);
    if (!level || !country) {
      problem(`level "${get(row, "level")}" needs a country column`);
      return;
    }
    const normalise = (raw: string, atLevel: RegisterLevel) =>
      country === "JP" ? jpCode(raw) : normaliseUnitCode(country, atLevel, raw);
    const code = normalise(get(row, "code"), level.level);
    if (!code) {
      problem(`"${get(row, "code")}" is not a ${country} ${level.level} code`);
      return;
    }
    const sourceKeys = [...get(row, "source").matchAll(/\[(S-[A-Z]{2}[0-9A-Za-z-]*)\]/g)].map((m) => m[1] as string);
    const fileKey = options.sourceKey ?? `S-${country}-CSV`;
    const successor = get(row, "successor_code");
    if (successor !== "") {
      const successorCode = normalise(successor, level.level);
      if (!successorCode) problem(`successor "${successor}" is not a ${country} code`);
      else successions.push({ type: "succession", country, code, successorCode, sourceKey: sourceKeys[0] ?? fileKey });
      return;
    }
    const parentLevel: RegisterLevel = level.level === "municipality" && country !== "JP" ? "county" : "state";
    const parentOfUsPlace = country === "US" && code.length === 7;
    const parentRaw = get(row, "parent_code");
    const parentCode =
      level.level === "state"
        ? null
        : parentRaw !== ""
          ? normalise(parentRaw, parentOfUsPlace ? "state" : parentLevel)
          : impliedParent(country, level.level, code);
    const population = populationOf(row, get, sourceKeys, fileKey);
    if (population.problem) problem(population.problem);
    const kind = get(row, "kind");
    const statusText = get(row, "city_status");
    const status = statusText === "" ? null : CityStatus.safeParse(statusText);
    if (status && !status.success)
      problem(`city_status "${statusText}" is not one of ${CityStatus.options.join(", ")}`);
    const candidate = {
      country,
      level: level.level,
      code,
      altCodes: altCodesOf(country, level.level, code, get(row, "code_alt")),
      parentCode,
      nameNative: get(row, "name_native"),
      nameEn: get(row, "name_en") || null,
      kind,
      cityStatus: status?.success ? status.data : cityStatusOf({ country, level: level.level, code, kind }),
      population: population.population,
      populationDate: population.date,
      populationSource: population.source,
      sourceKeys: sourceKeys.length > 0 ? [...new Set(sourceKeys)] : [fileKey],
    };
    const parsed = RegisterUnit.safeParse(candidate);
    if (parsed.success) units.push(parsed.data);
    else problem(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  });
  return { units, successions, problems };
}

function countryOf(row: Row, get: (row: Row, name: string) => string): RegisterCountry | null {
  const written = get(row, "country").toUpperCase();
  if (written === "DE" || written === "JP" || written === "US") return written;
  const level = levelWords.get(get(row, "level").toLowerCase());
  if (!level) return null;
  return level.country ?? countryOfAmbiguousLevel[level.level] ?? null;
}

/** The codes encode the hierarchy, so a hand-made file may leave parent_code empty. */
function impliedParent(country: RegisterCountry, level: RegisterLevel, code: string): string | null {
  if (level === "state") return null;
  if (country === "JP") return jpCode6(`${code.slice(0, 2)}000`);
  if (country === "DE") return level === "county" ? code.slice(0, 2) : code.slice(0, 5);
  return level === "county" || code.length === 7 ? code.slice(0, 2) : code.slice(0, 5);
}

function altCodesOf(
  country: RegisterCountry,
  level: RegisterLevel,
  code: string,
  raw: string,
): RegisterUnit["altCodes"] {
  const digits = raw.replace(/\D/g, "");
  if (country === "JP") return { jis5: code.slice(0, 5) };
  if (country === "DE") {
    return level === "municipality" && digits.length >= 11 && digits.length <= 12
      ? { ars: digits.padStart(12, "0") }
      : {};
  }
  return digits.length >= 1 && digits.length <= 8 && level !== "state" ? { ansi: digits.padStart(8, "0") } : {};
}

/**
 * population_year as the flat files write it: a date with a note ("2024-12-31 (sum of
 * Gemeinden)", "2020-10-01 (国勢調査)") or a period ("2019-2023 (ACS 5-year)", taken at its
 * last day). The population's source is the key in the "population:" part of `source`, or
 * the register's key when that part is absent.
 */
function populationOf(
  row: Row,
  get: (row: Row, name: string) => string,
  sourceKeys: readonly string[],
  fileKey: string,
): { population: number | null; date: string | null; source: string | null; problem?: string } {
  const none = { population: null, date: null, source: null };
  const text = get(row, "population").replace(/[\s,_]/g, "");
  if (text === "") return none;
  if (!/^\d+$/.test(text)) return { ...none, problem: `population "${get(row, "population")}" is not a whole number` };
  const year = get(row, "population_year");
  const date = year.match(/^(\d{4}-\d{2}-\d{2})/)?.[1] ?? periodEnd(year);
  if (!date) return { ...none, problem: `population_year "${year}" needs a date (YYYY-MM-DD) or a period (YYYY-YYYY)` };
  const explicit = get(row, "population_source");
  const segment = get(row, "source")
    .split(";")
    .find((part) => part.trim().startsWith("population:"));
  const fromSegment = segment?.match(/\[(S-[A-Z]{2}[0-9A-Za-z-]*)\]/)?.[1];
  return { population: Number(text), date, source: explicit || fromSegment || sourceKeys[0] || fileKey };
}

function periodEnd(text: string): string | null {
  const match = text.match(/^\d{4}\s*[-–]\s*(\d{4})/);
  return match?.[1] ? `${match[1]}-12-31` : null;
}
