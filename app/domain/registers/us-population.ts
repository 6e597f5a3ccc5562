/**
 * US population facts: the Population Estimates Program's sub-county file (SUB-EST, one
 * per state or national; 1 July estimates) and, where PEP has no row, the American
 * Community Survey 5-year table B01003 as the Census API returns it (JSON array of rows).
 */
import type { PopulationFact } from "./facts";
import { cell, columnsOf, firstLineOf, parseDelimited } from "./table";
import { isUsStateInScope } from "./us-states";

export function isPepSubEstHeader(headerLine: string): boolean {
  return /^SUMLEV,STATE,COUNTY,PLACE,COUSUB,/.test(headerLine) && /POPESTIMATE\d{4}/.test(headerLine);
}

/** Summary levels that name a unit of the register, and how their GEOID is composed. */
type GeoidOf = (state: string, county: string, place: string, cousub: string) => string;
const pepLevels = new Map<string, GeoidOf>([
  ["040", (s) => s],
  ["050", (s, c) => s + c],
  ["162", (s, _c, p) => s + p],
  ["061", (s, c, _p, m) => s + c + m],
]);

export function readPepSubEst(
  text: string,
  options: { sourceKey?: string } = {},
): { facts: PopulationFact[]; date: string } {
  const sourceKey = options.sourceKey ?? "S-US2";
  if (!isPepSubEstHeader(firstLineOf(text)))
    throw new Error("not a PEP SUB-EST file (SUMLEV, STATE, …, POPESTIMATEyyyy)");
  const [header = [], ...rows] = parseDelimited(text);
  // The latest estimate is the last POPESTIMATEyyyy column; PEP estimates refer to 1 July.
  let estimate = -1;
  let year = "";
  header.forEach((h, i) => {
    const match = h.trim().match(/^POPESTIMATE(\d{4})$/);
    if (match?.[1]) {
      estimate = i;
      year = match[1];
    }
  });
  const c = columnsOf(header, ["SUMLEV", "STATE", "COUNTY", "PLACE", "COUSUB"], "PEP");
  const date = `${year}-07-01`;
  const facts: PopulationFact[] = [];
  for (const row of rows) {
    const geoid = pepLevels.get(cell(row, c.SUMLEV));
    if (!geoid) continue;
    const state = cell(row, c.STATE).padStart(2, "0");
    if (!isUsStateInScope(state)) continue;
    const code = geoid(
      state,
      cell(row, c.COUNTY).padStart(3, "0"),
      cell(row, c.PLACE).padStart(5, "0"),
      cell(row, c.COUSUB).padStart(5, "0"),
    );
    const population = Number(cell(row, estimate));
    if (cell(row, estimate) === "" || !Number.isInteger(population) || population < 0) continue;
    facts.push({ type: "population", country: "US", code, population, date, sourceKey });
  }
  return { facts, date };
}

const acsGeographyColumns = ["state", "county", "county subdivision", "place"] as const;

export function isAcsPopulationJson(value: unknown): boolean {
  if (!Array.isArray(value) || !Array.isArray(value[0])) return false;
  const header: unknown[] = value[0];
  return header.includes("B01003_001E") && header.includes("state");
}

/**
 * ACS 5-year estimates describe a period, not a day: the fact carries the period's last
 * day (31 December of `endYear`), and the source key names the period. The API's JSON does
 * not state the period, so the caller passes it (it is in the request URL / file name).
 */
export function readAcsPopulation(
  text: string,
  options: { endYear: number; sourceKey?: string },
): { facts: PopulationFact[]; date: string } {
  const sourceKey = options.sourceKey ?? "S-US3";
  const parsed: unknown = JSON.parse(text);
  if (!isAcsPopulationJson(parsed)) throw new Error("not a Census API response with B01003_001E");
  const [header, ...rows] = parsed as unknown[][];
  const names = (header ?? []).map(String);
  const population = names.indexOf("B01003_001E");
  const geography = acsGeographyColumns.map((name) => names.indexOf(name)).filter((i) => i >= 0);
  const date = `${options.endYear}-12-31`;
  const facts: PopulationFact[] = [];
  for (const row of rows) {
    const code = geography.map((i) => String(row[i] ?? "")).join("");
    if (!isUsStateInScope(code.slice(0, 2))) continue;
    const value = row[population];
    const count =
      typeof value === "number" ? value : typeof value === "string" && value !== "" ? Number(value) : Number.NaN;
    // The API marks estimates it cannot give with large negative sentinels (-666666666).
    if (!Number.isInteger(count) || count < 0) continue;
    facts.push({ type: "population", country: "US", code, population: count, date, sourceKey });
  }
  return { facts, date };
}
