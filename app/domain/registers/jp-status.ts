/**
 * City status (政令指定都市, 中核市, 施行時特例市) of Japanese municipalities. Two inputs:
 * the 類似団体区分 per fiscal year from デジタル庁・総務省「地方財政（市町村ごと）データテーブル」
 * (as the JSON in raw/jp: {years, municipalities: [{c, n, g}]}), or a status CSV
 * (code, status, as_of, source_key) such as jp_city_status.csv or a hand-made list.
 */
import type { StatusFact } from "./facts";
import { jpCode6, jpCodeNormaliser } from "./jp-check-digit";
import { jpStatusKinds } from "./status";
import { cell, columnsOf, parseDelimited } from "./table";

type JpStatus = keyof typeof jpStatusKinds;

/** 類似団体区分 labels that carry a status; 一般市 and 町村 classes carry none, 特別区 comes from the register. */
const statusByLabel = new Map<string, JpStatus>(
  Object.entries({
    政令指定都市: "designated_city",
    中核市: "core_city",
    施行時特例市: "special_case_city",
    designated_city: "designated_city",
    core_city: "core_city",
    special_case_city: "special_case_city",
  } satisfies Record<string, JpStatus>),
);

function statusFact(code: string, status: JpStatus, asOf: string, sourceKey: string): StatusFact {
  return { type: "status", country: "JP", code, cityStatus: status, kind: jpStatusKinds[status], asOf, sourceKey };
}

export function isJpFiscalStatusJson(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    "years" in value &&
    "municipalities" in value &&
    Array.isArray(value.years) &&
    Array.isArray(value.municipalities)
  );
}

/**
 * The status of the last fiscal year in the file; a fiscal year starts on 1 April, which is
 * the date the status holds from.
 */
export function readJpFiscalStatus(
  text: string,
  options: { sourceKey?: string } = {},
): { facts: StatusFact[]; fiscalYear: number } {
  const sourceKey = options.sourceKey ?? "S-JP5";
  const parsed: unknown = JSON.parse(text);
  if (!isJpFiscalStatusJson(parsed)) throw new Error("not a 類似団体区分 JSON (years, municipalities)");
  const { years, municipalities } = parsed as { years: unknown[]; municipalities: unknown[] };
  const last = years.length - 1;
  const fiscalYear = Number(years[last]);
  if (!Number.isInteger(fiscalYear)) throw new Error("類似団体区分 JSON: no fiscal year");
  const asOf = `${fiscalYear}-04-01`;
  const facts: StatusFact[] = [];
  for (const m of municipalities) {
    if (typeof m !== "object" || m === null || !("c" in m) || !("g" in m)) continue;
    const { c, g } = m;
    if (typeof c !== "string" || !/^\d{4,5}$/.test(c) || !Array.isArray(g)) continue;
    const label = g[last];
    const status = typeof label === "string" ? statusByLabel.get(label) : undefined;
    if (status) facts.push(statusFact(jpCode6(c.padStart(5, "0")), status, asOf, sourceKey));
  }
  return { facts, fiscalYear };
}

export const jpStatusCsvColumns = ["code", "status", "as_of", "source_key"] as const;

export function readJpStatusCsv(
  text: string,
  options: { sourceKey?: string } = {},
): { facts: StatusFact[]; problems: string[] } {
  const [header, ...rows] = parseDelimited(text);
  if (!header) return { facts: [], problems: ["empty file"] };
  const c = columnsOf(header, jpStatusCsvColumns, "status CSV");
  const normalise = jpCodeNormaliser(rows.map((row) => cell(row, c.code)));
  const facts: StatusFact[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const code = normalise(cell(row, c.code));
    const status = statusByLabel.get(cell(row, c.status));
    const asOf = cell(row, c.as_of);
    if (!code || !status || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      problems.push(`line ${i + 2}: needs a 団体コード, a known status and an ISO date`);
      return;
    }
    facts.push(statusFact(code, status, asOf, cell(row, c.source_key) || options.sourceKey || "S-JP5"));
  });
  return { facts, problems };
}
