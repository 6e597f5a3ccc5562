/**
 * Reader of 総務省「全国地方公共団体コード」: the workbook's sheet of current units
 * (R6.1.1現在の団体: prefectures and municipalities) and its sheet of 政令指定都市 (the
 * designated cities and their wards), as rows of cells.
 */
import { jpCode6, jpCodeNormaliser } from "./jp-check-digit";
import { cityStatusOf } from "./status";
import { cell, type Rows, type Sheet } from "./table";
import type { RegisterUnit } from "./unit";

/**
 * The six villages of the Northern Territories are listed with codes but do not function
 * as municipalities and are not among the official count (1,718 市町村 + 23 特別区).
 */
export const jpNorthernTerritoryCodes = ["016951", "016969", "016977", "016985", "016993", "017001"] as const;
const northernTerritories = new Set<string>(jpNorthernTerritoryCodes);

export interface JpCodesOptions {
  readonly sourceKey?: string;
}

export interface JpCodesResult {
  readonly units: RegisterUnit[];
  /** The date the sheet's name states ("R6.1.1現在の団体" → 2024-01-01), or null. */
  readonly asOf: string | null;
  readonly excluded: { code: string; name: string; reason: string }[];
  readonly problems: string[];
}

/** The sheet of current units: its name says 現在の団体 (the 政令指定都市 sheet is the other one). */
export function isJpCodesSheet(sheet: Sheet): boolean {
  return headerRowIndex(sheet.rows) >= 0 && !sheet.name.includes("政令指定都市");
}

export function isJpDesignatedCitiesSheet(sheet: Sheet): boolean {
  return headerRowIndex(sheet.rows) >= 0 && sheet.name.includes("政令指定都市");
}

function headerRowIndex(rows: Rows): number {
  return rows.slice(0, 5).findIndex((row) => cell(row, 0) === "団体コード");
}

interface Columns {
  code: number;
  prefecture: number;
  municipality: number;
}

function columns(rows: Rows, what: string): { header: number; columns: Columns } {
  const header = headerRowIndex(rows);
  const row = rows[header];
  if (!row) throw new Error(`${what}: no header row starting with 団体コード`);
  // Header cells carry line breaks ("都道府県名\n（漢字）"): match on the words, not the layout.
  const find = (start: string) => row.findIndex((h) => h.replace(/\s/g, "").startsWith(start) && h.includes("漢字"));
  const result = { code: 0, prefecture: find("都道府県名"), municipality: find("市区町村名") };
  if (result.prefecture < 0 || result.municipality < 0) throw new Error(`${what}: no 漢字 name columns`);
  return { header, columns: result };
}

function codeNormaliser(rows: Rows, from: number, column: number): (raw: string) => string | null {
  return jpCodeNormaliser(rows.slice(from).map((row) => cell(row, column)));
}

export function readJpDesignatedCities(sheet: Sheet): Set<string> {
  const { header, columns: c } = columns(sheet.rows, sheet.name);
  const normalise = codeNormaliser(sheet.rows, header + 1, c.code);
  const cities = new Set<string>();
  for (const row of sheet.rows.slice(header + 1)) {
    const code = normalise(cell(row, c.code));
    const name = cell(row, c.municipality);
    // Ward rows name their city first ("札幌市中央区"); the designated cities themselves end in 市.
    if (code && name !== "" && !/市.+区$/.test(name)) cities.add(code);
  }
  return cities;
}

export function readJpCodes(main: Sheet, designated: Sheet | null, options: JpCodesOptions = {}): JpCodesResult {
  const sourceKey = options.sourceKey ?? "S-JP1";
  const { header, columns: c } = columns(main.rows, main.name);
  const normalise = codeNormaliser(main.rows, header + 1, c.code);
  const designatedCities = designated ? readJpDesignatedCities(designated) : new Set<string>();
  const units: RegisterUnit[] = [];
  const excluded: JpCodesResult["excluded"] = [];
  const problems: string[] = [];
  const prefectures = new Map<string, string>();
  for (const row of main.rows.slice(header + 1)) {
    const raw = cell(row, c.code);
    if (raw === "") continue;
    const code = normalise(raw);
    const prefecture = cell(row, c.prefecture);
    const name = cell(row, c.municipality);
    if (!code) {
      problems.push(`${raw} ${prefecture}${name}: not a 団体コード (check digit)`);
      continue;
    }
    const base = {
      country: "JP" as const,
      code,
      altCodes: { jis5: code.slice(0, 5) },
      nameEn: null,
      population: null,
      populationDate: null,
      populationSource: null,
      sourceKeys: [sourceKey],
    };
    if (name === "") {
      prefectures.set(code.slice(0, 2), code);
      units.push({
        ...base,
        level: "state",
        parentCode: null,
        nameNative: prefecture,
        kind: prefecture.slice(-1),
        cityStatus: null,
      });
      continue;
    }
    if (northernTerritories.has(code)) {
      excluded.push({ code, name, reason: "北方領土 (not a functioning municipality)" });
      continue;
    }
    const kind = designatedCities.has(code)
      ? "市 (政令指定都市)"
      : code.startsWith("13") && name.endsWith("区")
        ? "特別区"
        : name.slice(-1);
    const parentCode = prefectures.get(code.slice(0, 2)) ?? jpCode6(`${code.slice(0, 2)}000`);
    const unit = { ...base, level: "municipality" as const, parentCode, nameNative: name, kind };
    units.push({ ...unit, cityStatus: cityStatusOf(unit) });
  }
  return { units, asOf: sheetDate(main.name), excluded, problems };
}

/** "R6.1.1現在の団体" → 2024-01-01 (R = 令和). */
function sheetDate(name: string): string | null {
  const match = name.normalize("NFKC").match(/R(\d+)\.(\d+)\.(\d+)/);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return `${2018 + Number(match[1])}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
}
