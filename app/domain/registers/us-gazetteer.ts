/**
 * Reader of the U.S. Census Bureau Gazetteer files (counties, places, county
 * subdivisions): one delimited line per geography (pipe in the 2025 edition, tab in
 * earlier ones), no quoting. The register keeps the geographies that are governments:
 * - counties and county equivalents of the 50 states and DC (with the states themselves);
 * - incorporated places: every LSAD except census designated places (57) and Puerto Rico's
 *   statistical places (55, 62), with FUNCSTAT A (active), B (active, partly consolidated)
 *   or F (the "balance" of a consolidated government); I (inactive) and N (nonfunctioning)
 *   are not governments;
 * - county subdivisions with FUNCSTAT A only: an MCD coextensive with an incorporated place
 *   carries F, and a statistical one (CCD, unorganized territory) S, so no government
 *   appears twice and none that does not govern appears at all.
 */
import { cityStatusOf } from "./status";
import { cell, firstLineOf, parseDelimited } from "./table";
import type { RegisterUnit } from "./unit";
import { usStateByFips } from "./us-states";

export type GazetteerFile = "counties" | "places" | "cousubs";

export interface GazetteerResult {
  readonly file: GazetteerFile;
  readonly units: RegisterUnit[];
  /** Rows not taken, counted by reason ("CDP", "FUNCSTAT I", "outside the 50 states and DC", …). */
  readonly skipped: Record<string, number>;
  /** Incorporated places left out because they do not function (FUNCSTAT I or N). */
  readonly inactivePlaces: { code: string; name: string; funcstat: string }[];
}

export function gazetteerDelimiter(headerLine: string): "|" | "\t" | null {
  if (/^USPS\|GEOID\|/.test(headerLine)) return "|";
  if (/^USPS\tGEOID\t/.test(headerLine)) return "\t";
  return null;
}

export function gazetteerFileOf(header: readonly string[]): GazetteerFile | null {
  const names = header.map((h) => h.trim());
  if (names[0] !== "USPS" || names[1] !== "GEOID" || !names.includes("NAME")) return null;
  if (names.includes("LSAD") && names.includes("FUNCSTAT")) return "places";
  if (names.includes("FUNCSTAT")) return "cousubs";
  return "counties";
}

const placeKinds = new Map<string, string>(
  Object.entries({
    "25": "city",
    "43": "town",
    "47": "village",
    "21": "borough",
    "37": "municipality",
    "53": "city and borough",
    UG: "unified government",
    CG: "consolidated government",
    UC: "urban county",
    MG: "metropolitan government",
    CN: "corporation",
    "00": "consolidated city-county / other incorporated place",
  }),
);
const statisticalPlaceLsad = new Map<string, string>(
  Object.entries({
    "57": "census designated place",
    "55": "Puerto Rico comunidad",
    "62": "Puerto Rico zona urbana",
  }),
);
const governingPlaceFuncstat = new Set(["A", "B", "F"]);

/** Legal descriptions at the end of county names, longest first so "City and Borough" wins over "Borough". */
const countySuffixes = [
  "City and Borough",
  "Census Area",
  "Planning Region",
  "Municipality",
  "Borough",
  "County",
  "Parish",
];
const cousubSuffixes = [
  "charter township",
  "township",
  "town",
  "city",
  "village",
  "borough",
  "plantation",
  "gore",
  "grant",
  "location",
  "purchase",
  "reservation",
  "unorganized territory",
  "precinct",
  "district",
];

function suffixOf(name: string, suffixes: readonly string[]): string | null {
  return suffixes.find((s) => name.endsWith(` ${s}`)) ?? null;
}

function countyKind(geoid: string, name: string): string {
  if (geoid.startsWith("11")) return "District of Columbia (county equivalent)";
  const suffix = suffixOf(name, countySuffixes);
  if (suffix) return suffix;
  // Independent cities: Virginia's "… city", Baltimore, St. Louis, and "Carson City".
  if (/ city$/i.test(name)) return "independent city (county equivalent)";
  return "county equivalent";
}

function cousubKind(name: string): string {
  const suffix = suffixOf(name, cousubSuffixes) ?? (name.startsWith("Township ") ? "township" : "minor civil division");
  return `${suffix} (MCD)`;
}

export function readUsGazetteer(text: string, options: { sourceKey?: string } = {}): GazetteerResult {
  const sourceKey = options.sourceKey ?? "S-US1";
  const delimiter = gazetteerDelimiter(firstLineOf(text));
  if (!delimiter) throw new Error("not a Census Gazetteer file (header USPS, GEOID, …)");
  const [header = [], ...rows] = parseDelimited(text, delimiter);
  const file = gazetteerFileOf(header);
  if (!file) throw new Error("not a Census Gazetteer file (header USPS, GEOID, …)");
  const col = (name: string) => header.findIndex((h) => h.trim() === name);
  const c = {
    geoid: col("GEOID"),
    ansi: col("ANSICODE"),
    name: col("NAME"),
    lsad: col("LSAD"),
    funcstat: col("FUNCSTAT"),
  };
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const inactivePlaces: GazetteerResult["inactivePlaces"] = [];
  const units: RegisterUnit[] = [];
  const states = new Set<string>();
  const push = (unit: Omit<RegisterUnit, "cityStatus">) => units.push({ ...unit, cityStatus: cityStatusOf(unit) });
  const geoidPattern = { counties: /^\d{5}$/, places: /^\d{7}$/, cousubs: /^\d{10}$/ }[file];
  for (const row of rows) {
    const geoid = cell(row, c.geoid);
    const name = cell(row, c.name);
    if (!geoidPattern.test(geoid) || name === "") {
      skip("not a GEOID of this file");
      continue;
    }
    const state = geoid.slice(0, 2);
    if (!usStateByFips.has(state)) {
      skip("outside the 50 states and DC");
      continue;
    }
    const ansi = cell(row, c.ansi);
    const base = {
      country: "US" as const,
      code: geoid,
      altCodes: /^\d{8}$/.test(ansi) ? { ansi } : {},
      nameNative: name,
      nameEn: name,
      population: null,
      populationDate: null,
      populationSource: null,
      sourceKeys: [sourceKey],
    };
    if (file === "counties") {
      states.add(state);
      push({ ...base, level: "county", parentCode: state, kind: countyKind(geoid, name) });
    } else if (file === "places") {
      const lsad = cell(row, c.lsad);
      const funcstat = cell(row, c.funcstat);
      const statistical = statisticalPlaceLsad.get(lsad);
      if (statistical) {
        skip(statistical);
        continue;
      }
      if (!governingPlaceFuncstat.has(funcstat)) {
        skip(`FUNCSTAT ${funcstat}`);
        inactivePlaces.push({ code: geoid, name, funcstat });
        continue;
      }
      const kind = funcstat === "F" ? "consolidated government (balance portion)" : placeKinds.get(lsad);
      if (!kind) {
        skip(`unknown LSAD ${lsad}`);
        continue;
      }
      push({ ...base, level: "municipality", parentCode: state, kind });
    } else {
      const funcstat = cell(row, c.funcstat);
      if (funcstat !== "A") {
        skip(`FUNCSTAT ${funcstat}`);
        continue;
      }
      push({ ...base, level: "municipality", parentCode: geoid.slice(0, 5), kind: cousubKind(name) });
    }
  }
  if (file === "counties") {
    for (const fips of [...states].sort()) {
      const state = usStateByFips.get(fips);
      if (!state) continue;
      push({
        country: "US",
        level: "state",
        code: fips,
        altCodes: {},
        parentCode: null,
        nameNative: state.name,
        nameEn: state.name,
        kind: fips === "11" ? "federal district" : "State",
        population: null,
        populationDate: null,
        populationSource: null,
        sourceKeys: [sourceKey],
      });
    }
  }
  return { file, units, skipped, inactivePlaces };
}
