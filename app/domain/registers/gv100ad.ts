/**
 * Reader of Destatis' Gemeindeverzeichnis GV100AD: fixed-width records of 220
 * characters, one per line, the record type (Satzart) in the first two. Only Länder (10),
 * Kreise (40) and Gemeinden (60) are local governments; Regierungsbezirke (20), Regionen
 * (30) and Gemeindeverbände (50) are read past, and gemeindefreie Gebiete (Satzart 60 with
 * Textkennzeichen 65/66) count towards the population of their Kreis and Land but are not units.
 */
import { cityStatusOf } from "./status";
import { type RegisterUnit, withSourceKey } from "./unit";

export const gv100adRecordLength = 220;

/** Textkennzeichen (GV100AD Datensatzbeschreibung) as the kind labels de.csv uses. */
const kreisKinds = new Map<string, string>(
  Object.entries({
    "41": "kreisfreie Stadt",
    "42": "kreisfreie Stadt (Stadtkreis)",
    "43": "Landkreis (Kreis)",
    "44": "Landkreis",
    "45": "Landkreis (Regionalverband)",
  }),
);
const gemeindeKinds = new Map<string, string>(
  Object.entries({
    "60": "Gemeinde (Markt)",
    "61": "kreisfreie Stadt",
    "62": "kreisfreie Stadt (Stadtkreis)",
    "63": "Stadt",
    "64": "Gemeinde",
    "67": "Stadt (Große Kreisstadt)",
  }),
);
const unincorporated = new Set(["65", "66"]);
/** The file has no flag for Stadtstaaten: Berlin, Hamburg and Bremen are named by the constitution. */
const stadtstaatLaender = new Set(["02", "04", "11"]);
const stadtstaatGemeinden = new Set(["02000", "11000"]);

export interface Gv100adOptions {
  readonly sourceKey?: string;
  /**
   * The date of the population figures, which the file does not print. By default it is
   * inferred from the Gebietsstand: Destatis publishes the year-end figures of year Y in
   * the autumn of Y+1, so an edition from October on carries Y-1, an earlier one Y-2
   * (30.11.2023 → 31.12.2022 and 28.02.2026 → 31.12.2024, both checked against
   * Destatis' published totals).
   */
  readonly populationDate?: string;
}

export interface Gv100adResult {
  readonly units: RegisterUnit[];
  /** Gebietsstand of the file, ISO date. */
  readonly territorialDate: string;
  /** Gemeinden whose name fills the whole 50-character field, so it may be cut short. */
  readonly truncated: string[];
  readonly unincorporatedAreas: number;
  /** Lines that are not records of this format (with their line number). */
  readonly problems: { line: number; message: string }[];
}

export function inferGv100adPopulationDate(territorialDate: string): string {
  const year = Number(territorialDate.slice(0, 4));
  const month = Number(territorialDate.slice(5, 7));
  return `${month >= 10 ? year - 1 : year - 2}-12-31`;
}

interface GemeindeRecord {
  ags: string;
  ars: string;
  name: string;
  tk: string;
  population: number | null;
  truncated: boolean;
}

export function readGv100ad(text: string, options: Gv100adOptions = {}): Gv100adResult {
  const sourceKey = options.sourceKey ?? "S-DE1";
  const laender = new Map<string, string>();
  const kreise = new Map<string, { name: string; tk: string }>();
  const gemeinden: GemeindeRecord[] = [];
  const problems: { line: number; message: string }[] = [];
  const stand = new Set<string>();
  let unincorporatedAreas = 0;
  const populationByKreis = new Map<string, number>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] as string).replace(/\r$/, "").replace(/^\uFEFF/, "");
    if (line === "") continue;
    if (line.length !== gv100adRecordLength || !/^\d{10}/.test(line)) {
      problems.push({ line: i + 1, message: `not a GV100AD record (${line.length} characters)` });
      continue;
    }
    const satzart = line.slice(0, 2);
    stand.add(line.slice(2, 10));
    // Runs of blanks inside a name are layout, not part of it ("Kreis- und  Hochschulstadt").
    const name = line.slice(22, 72).trim().replace(/\s+/g, " ");
    const tk = line.slice(122, 124).trim();
    if (satzart === "10") laender.set(line.slice(10, 12), name);
    else if (satzart === "40") kreise.set(line.slice(10, 15), { name, tk });
    else if (satzart === "60") {
      const ags = line.slice(10, 18);
      const digits = line.slice(139, 150).trim();
      const population = digits === "" ? null : Number(digits);
      const kreis = ags.slice(0, 5);
      if (population !== null) populationByKreis.set(kreis, (populationByKreis.get(kreis) ?? 0) + population);
      if (unincorporated.has(tk)) {
        unincorporatedAreas += 1;
        continue;
      }
      gemeinden.push({
        ags,
        ars: `${ags.slice(0, 5)}${line.slice(18, 22)}${ags.slice(5, 8)}`,
        name,
        tk,
        population,
        truncated: line[71] !== " ",
      });
    }
  }
  const [first] = stand;
  if (stand.size > 1) problems.push({ line: 0, message: `several Gebietsstände: ${[...stand].join(", ")}` });
  const territorialDate = first ? `${first.slice(0, 4)}-${first.slice(4, 6)}-${first.slice(6, 8)}` : "";
  const populationDate = options.populationDate ?? (first ? inferGv100adPopulationDate(territorialDate) : null);

  const base = { country: "DE" as const, altCodes: {}, nameEn: null, sourceKeys: [sourceKey] };
  const withPopulation = (population: number | null) =>
    population === null || populationDate === null
      ? { population: null, populationDate: null, populationSource: null }
      : { population, populationDate, populationSource: sourceKey };
  const populationOfLand = (land: string) => {
    let sum: number | null = null;
    for (const [kreis, population] of populationByKreis) {
      if (kreis.startsWith(land)) sum = (sum ?? 0) + population;
    }
    return sum;
  };

  const units: RegisterUnit[] = [];
  const push = (unit: Omit<RegisterUnit, "cityStatus">) => units.push({ ...unit, cityStatus: cityStatusOf(unit) });
  for (const [code, name] of [...laender].sort(byCode)) {
    push({
      ...base,
      level: "state",
      code,
      parentCode: null,
      nameNative: name,
      kind: stadtstaatLaender.has(code) ? "Stadtstaat" : "Land",
      ...withPopulation(populationOfLand(code)),
    });
  }
  for (const [code, kreis] of [...kreise].sort(byCode)) {
    const kind = stadtstaatGemeinden.has(code) ? "Stadtstaat (kreisfreie Stadt)" : kreisKinds.get(kreis.tk);
    if (!kind) {
      problems.push({ line: 0, message: `Kreis ${code}: unknown Textkennzeichen "${kreis.tk}"` });
      continue;
    }
    push({
      ...base,
      level: "county",
      code,
      parentCode: code.slice(0, 2),
      nameNative: kreis.name,
      kind,
      ...withPopulation(populationByKreis.get(code) ?? null),
    });
  }
  for (const g of gemeinden.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0))) {
    const kind = stadtstaatGemeinden.has(g.ags.slice(0, 5)) ? "Stadtstaat (kreisfreie Stadt)" : gemeindeKinds.get(g.tk);
    if (!kind) {
      problems.push({ line: 0, message: `Gemeinde ${g.ags}: unknown Textkennzeichen "${g.tk}"` });
      continue;
    }
    push({
      ...base,
      altCodes: { ars: g.ars },
      level: "municipality",
      code: g.ags,
      parentCode: g.ags.slice(0, 5),
      nameNative: g.name,
      kind,
      ...withPopulation(g.population),
    });
  }
  return {
    units,
    territorialDate,
    truncated: gemeinden.filter((g) => g.truncated).map((g) => g.ags),
    unincorporatedAreas,
    problems,
  };
}

function byCode<T>(a: readonly [string, T], b: readonly [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/**
 * Restores names cut at the 50-character field from a fuller list of the same publisher
 * (the XRepository code list "Regionalschlüssel", keyed by ARS). Only a name that the
 * fuller one continues is replaced: elsewhere the two lists may differ by vintage.
 */
export function completeTruncatedNames(
  units: readonly RegisterUnit[],
  truncated: readonly string[],
  namesByArs: ReadonlyMap<string, string>,
  sourceKey = "S-DE2",
): { units: RegisterUnit[]; restored: string[] } {
  const cut = new Set(truncated);
  const restored: string[] = [];
  const result = units.map((unit) => {
    if (unit.country !== "DE" || !cut.has(unit.code) || !unit.altCodes.ars) return unit;
    const full = namesByArs.get(unit.altCodes.ars);
    if (!full || full === unit.nameNative || !full.startsWith(unit.nameNative)) return unit;
    restored.push(unit.code);
    return { ...unit, nameNative: full, sourceKeys: withSourceKey(unit.sourceKeys, sourceKey) };
  });
  return { units: result, restored };
}

/**
 * Names by ARS from the XRepository code list JSON ("daten": [[ARS, name, …], …]); runs of
 * blanks are collapsed as in the GV100AD reader.
 */
export function readXRepositoryNames(text: string): Map<string, string> {
  const parsed: unknown = JSON.parse(text);
  const names = new Map<string, string>();
  const rows = typeof parsed === "object" && parsed !== null && "daten" in parsed ? parsed.daten : null;
  if (!Array.isArray(rows)) throw new Error('not an XRepository code list: no "daten"');
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [code, name] = row;
    if (typeof code === "string" && typeof name === "string") names.set(code, name.trim().replace(/\s+/g, " "));
  }
  return names;
}
