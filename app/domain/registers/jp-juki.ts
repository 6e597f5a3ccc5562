/**
 * Reader of 総務省「住民基本台帳に基づく人口、人口動態及び世帯数」 (市区町村別【総計】): the
 * registered population (Japanese and foreign residents, 人口 / 計) on 1 January. Works on
 * the official sheet's rows and on a CSV export of it, whose numbers may carry display
 * blanks and whose footnotes may sit among the data rows.
 */
import type { PopulationFact } from "./facts";
import { isValidJpCode6 } from "./jp-check-digit";
import { eraDate } from "./jp-era";
import { cell, parseCount, type Rows } from "./table";

export function isJpJukiRows(rows: Rows): boolean {
  return cell(rows[0], 0).includes("住民基本台帳人口") && findLayout(rows) !== null;
}

function findLayout(rows: Rows): { dataFrom: number; code: number; population: number } | null {
  const head = rows.slice(0, 12);
  const headerRow = head.findIndex((row) => cell(row, 0) === "団体コード");
  if (headerRow < 0) return null;
  for (let r = 0; r + 1 < headerRow; r += 1) {
    const population = (head[r] ?? []).findIndex((h, i) => h.trim() === "人口" && cell(head[r + 1], i) === "計");
    if (population >= 0) return { dataFrom: headerRow + 1, code: 0, population };
  }
  return null;
}

export function readJpJuki(
  rows: Rows,
  options: { sourceKey?: string } = {},
): { facts: PopulationFact[]; date: string } {
  const sourceKey = options.sourceKey ?? "S-JP4";
  const layout = findLayout(rows);
  const date = eraDate(cell(rows[0], 0));
  if (!layout || !date) throw new Error("not a 住民基本台帳人口 table (title with its date, 人口 / 計 column)");
  const facts: PopulationFact[] = [];
  for (const row of rows.slice(layout.dataFrom)) {
    const raw = cell(row, layout.code);
    // A code that lost its leading zero in a spreadsheet still has five digits.
    const code = /^\d{5,6}$/.test(raw) ? raw.padStart(6, "0") : "";
    if (!isValidJpCode6(code)) continue;
    const population = parseCount(cell(row, layout.population));
    if (population !== null) facts.push({ type: "population", country: "JP", code, population, date, sourceKey });
  }
  return { facts, date };
}
