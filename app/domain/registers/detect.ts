/**
 * Which register format a file is, from its first bytes: an import page can then say what
 * it received before anything is read, and the snapshot script needs no list of file names.
 * Spreadsheets (xlsx) are recognised as such; which table they hold is decided on their
 * sheets' rows by `detectSheetFormat`.
 */
import { isFlatCsvHeader } from "./flat-csv";
import { gv100adRecordLength } from "./gv100ad";
import { abrTableOf } from "./jp-abr";
import { isJpCensusSheet } from "./jp-census";
import { isJpCodesSheet, isJpDesignatedCitiesSheet } from "./jp-codes";
import { isJpJukiRows } from "./jp-juki";
import { jpStatusCsvColumns } from "./jp-status";
import { firstLineOf, parseDelimited, type Sheet } from "./table";
import { gazetteerDelimiter, gazetteerFileOf } from "./us-gazetteer";
import { isPepSubEstHeader } from "./us-population";

export const registerFormats = {
  gv100ad: "Destatis GV100AD (Gemeindeverzeichnis, fixed width)",
  de_xrepository: "Destatis XRepository code list Regionalschlüssel (JSON)",
  xlsx: "Excel workbook (xlsx)",
  jp_codes: "総務省 全国地方公共団体コード (sheet of current units)",
  jp_designated_cities: "総務省 全国地方公共団体コード (政令指定都市 sheet)",
  jp_census: "総務省統計局 国勢調査 都道府県・市区町村別の主な結果",
  jp_juki: "総務省 住民基本台帳に基づく人口 (市区町村別)",
  jp_abr_city: "デジタル庁 ABR 市区町村マスター (CSV)",
  jp_abr_prefecture: "デジタル庁 ABR 都道府県マスター (CSV)",
  jp_status_json: "類似団体区分 by fiscal year (地方財政データテーブル, JSON)",
  jp_status_csv: "city status CSV (code, status, as_of, source_key)",
  us_gazetteer_counties: "Census Gazetteer: counties",
  us_gazetteer_places: "Census Gazetteer: places",
  us_gazetteer_cousubs: "Census Gazetteer: county subdivisions",
  us_pep: "Census Population Estimates SUB-EST (CSV)",
  us_acs: "Census API ACS B01003 population (JSON)",
  flat_csv: "register flat CSV (code, level, name_native, …)",
  unknown: "not a register format",
} as const;
export type RegisterFormat = keyof typeof registerFormats;

/** Enough of a file to recognise every format: the JSON formats name their keys within it. */
export const detectionHeadBytes = 64 * 1024;

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(head: Uint8Array): RegisterFormat {
  if (zipMagic.every((byte, i) => head[i] === byte)) return "xlsx";
  return detectTextFormat(new TextDecoder("utf-8").decode(head));
}

/** The format of a text file from its beginning (at least the first line; JSON needs its first keys). */
export function detectTextFormat(head: string): Exclude<RegisterFormat, "xlsx"> {
  const text = head.replace(/^\uFEFF/, "");
  const first = firstLineOf(text);
  const start = text.trimStart();
  if (start.startsWith("[")) return /"B01003_001E"/.test(start.slice(0, 2000)) ? "us_acs" : "unknown";
  if (start.startsWith("{")) {
    if (/"metadaten"\s*:/.test(start) && /"daten"\s*:/.test(start)) return "de_xrepository";
    if (/"years"\s*:/.test(start) && /"municipalities"\s*:/.test(start)) return "jp_status_json";
    return "unknown";
  }
  if (first.length === gv100adRecordLength && /^[1-6]0(19|20)\d{6}/.test(first)) return "gv100ad";
  const gazetteer = gazetteerDelimiter(first);
  if (gazetteer) {
    const file = gazetteerFileOf(first.split(gazetteer));
    if (file) return `us_gazetteer_${file}`;
  }
  if (isPepSubEstHeader(first)) return "us_pep";
  if (first.includes("住民基本台帳人口")) return "jp_juki";
  const header = headerCells(first);
  const abr = abrTableOf(header);
  if (abr === "city") return "jp_abr_city";
  if (abr === "prefecture") return "jp_abr_prefecture";
  if (jpStatusCsvColumns.every((c) => header.includes(c))) return "jp_status_csv";
  if (isFlatCsvHeader(header)) return "flat_csv";
  return "unknown";
}

export function detectSheetFormat(
  sheet: Sheet,
): Extract<RegisterFormat, "jp_codes" | "jp_designated_cities" | "jp_census" | "jp_juki" | "unknown"> {
  if (isJpDesignatedCitiesSheet(sheet)) return "jp_designated_cities";
  if (isJpCodesSheet(sheet)) return "jp_codes";
  if (isJpCensusSheet(sheet)) return "jp_census";
  if (isJpJukiRows(sheet.rows)) return "jp_juki";
  return "unknown";
}

function headerCells(line: string): string[] {
  try {
    return parseDelimited(line)[0] ?? [];
  } catch {
    return [];
  }
}
