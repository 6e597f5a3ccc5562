/**
 * Reader of デジタル庁 アドレス・ベース・レジストリ (ABR): the 市区町村マスター and
 * 都道府県マスター CSVs give the romanised name of each municipality and prefecture
 * ("Kurume-shi", "Tokyo"). Wards of designated cities and abolished units are skipped.
 */
import type { NameEnFact } from "./facts";
import { cell, columnsOf, parseDelimited } from "./table";

const codeColumn = "全国地方公共団体コード";

export type AbrTable = "city" | "prefecture";

export function abrTableOf(header: readonly string[]): AbrTable | null {
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim());
  if (names[0] !== codeColumn) return null;
  if (names.includes("市区町村名_英字")) return "city";
  if (names.includes("都道府県名_英字")) return "prefecture";
  return null;
}

export function readAbrNames(text: string, options: { sourceKey?: string } = {}): NameEnFact[] {
  const sourceKey = options.sourceKey ?? "S-JP2";
  const [header, ...rows] = parseDelimited(text);
  const table = header ? abrTableOf(header) : null;
  if (!header || !table) throw new Error("not an ABR 市区町村マスター or 都道府県マスター CSV");
  const nameColumn = table === "city" ? "市区町村名" : "都道府県名";
  const enColumn = `${nameColumn}_英字` as const;
  const optional = (name: string) => header.findIndex((h) => h.trim() === name);
  const c = columnsOf(
    header.map((h) => h.replace(/^\uFEFF/, "")),
    [codeColumn, nameColumn, enColumn],
    "ABR",
  );
  const ward = optional("政令市区名");
  const abolished = optional("廃止日");
  const facts: NameEnFact[] = [];
  for (const row of rows) {
    if (ward >= 0 && cell(row, ward) !== "") continue;
    if (abolished >= 0 && cell(row, abolished) !== "") continue;
    const code = cell(row, c[codeColumn]).padStart(6, "0");
    const nameEn = cell(row, c[enColumn]);
    if (!/^\d{6}$/.test(code) || nameEn === "") continue;
    facts.push({
      type: "name_en",
      country: "JP",
      code,
      nameEn,
      nameNative: cell(row, c[nameColumn]) || null,
      sourceKey,
    });
  }
  return facts;
}
