/**
 * Reader of 総務省統計局「国勢調査 都道府県・市区町村別の主な結果」 (major_results_2020.xlsx,
 * sheet 第１面事項): the total population (総人口 / 総数) of every prefecture and
 * municipality, on the census day (1 October of the census year).
 */
import type { PopulationFact } from "./facts";
import { jpCode6 } from "./jp-check-digit";
import { eraYear } from "./jp-era";
import { cell, parseCount, type Rows, type Sheet } from "./table";

export interface JpCensusResult {
  readonly facts: PopulationFact[];
  readonly date: string;
  /** Areas the census prints "-" for (該当数字なし, e.g. 双葉町 under evacuation order in 2020). */
  readonly noCount: { code: string; name: string }[];
}

export function isJpCensusSheet(sheet: Sheet): boolean {
  return cell(sheet.rows[0], 0).includes("国勢調査") && findLayout(sheet.rows) !== null;
}

interface Layout {
  dataFrom: number;
  area: number;
  population: number;
}

/**
 * The area column holds "01100_札幌市"; the population column is the 総数 under 総人口.
 * Both are found by their headings, since each census edition lays the sheet out anew.
 */
function findLayout(rows: Rows): Layout | null {
  const head = rows.slice(0, 15);
  let total = -1;
  let totalRow = -1;
  for (let r = 0; r < head.length && total < 0; r += 1) {
    total = (head[r] ?? []).findIndex((h) => h.startsWith("総人口"));
    totalRow = r;
  }
  if (total < 0) return null;
  let population = -1;
  for (let r = totalRow + 1; r < head.length && population < 0; r += 1) {
    const row = head[r] ?? [];
    population = row.findIndex((h, i) => i >= total && h.trim() === "総数");
  }
  for (let r = totalRow; r < head.length; r += 1) {
    const area = (head[r] ?? []).findIndex((h) => h.trim() === "都道府県・市区町村名");
    if (area >= 0 && population >= 0) return { dataFrom: r + 1, area, population };
  }
  return null;
}

export function readJpCensus(sheet: Sheet, options: { sourceKey?: string } = {}): JpCensusResult {
  const sourceKey = options.sourceKey ?? "S-JP3";
  const layout = findLayout(sheet.rows);
  const year = eraYear(cell(sheet.rows[0], 0));
  if (!layout || year === null) throw new Error(`${sheet.name}: not a 国勢調査 主な結果 sheet`);
  const date = `${year}-10-01`;
  const facts: PopulationFact[] = [];
  const noCount: JpCensusResult["noCount"] = [];
  for (const row of sheet.rows.slice(layout.dataFrom)) {
    const match = cell(row, layout.area).match(/^(\d{5})_(.+)$/);
    if (!match?.[1] || !match[2] || match[1] === "00000") continue;
    const code = jpCode6(match[1]);
    const population = parseCount(cell(row, layout.population));
    if (population === null) noCount.push({ code, name: match[2] });
    else facts.push({ type: "population", country: "JP", code, population, date, sourceKey });
  }
  return { facts, date, noCount };
}
