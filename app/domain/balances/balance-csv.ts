/**
 * The balance CSV as files: reading one (every record validated by the columns' schema,
 * every problem with its line and column), the template and the export.
 */

import {
  BalanceCsvRow,
  balanceCsvColumns,
  balanceCsvRecord,
  type ExportedBalance,
  maxCsvRows,
  requiredCsvColumns,
} from "./balance-csv-schema";
import { type CsvTable, parseCsv, restoreNeutralised, toCsv } from "./csv";
import { type BalanceParse, normaliseBalance, type Problem, problemsOf } from "./fields";
import type { Balance } from "./model";

export interface CsvProblem extends Problem {
  /** Line in the file (1 is the header). */
  readonly line: number;
}

export interface CsvBalanceRow {
  readonly line: number;
  readonly municipalityId: string | null;
  readonly officialCode: string | null;
  readonly balance: Balance;
}

export interface BalanceCsvParse {
  readonly rows: readonly CsvBalanceRow[];
  readonly problems: readonly CsvProblem[];
  /** Data records in the file (valid or not). */
  readonly recordCount: number;
}

/** Decimal comma, as German spreadsheets write it into semicolon files. */
const decimalComma = /^-?\d+,\d+$/;

/**
 * Parses and validates a whole file. Every record is checked, so a file's problems come
 * all at once, each with its line and column.
 */
export function parseBalanceCsv(text: string): BalanceCsvParse {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return { rows: [], problems: [{ line: parsed.line, field: "file", key: parsed.key }], recordCount: 0 };
  const { table } = parsed;
  const headerProblems = checkHeader(table);
  if (headerProblems.length > 0) return { rows: [], problems: headerProblems, recordCount: table.records.length };
  if (table.records.length > maxCsvRows) {
    return {
      rows: [],
      problems: [{ line: 1, field: "file", key: "balances.csv.tooManyRows", params: { max: maxCsvRows } }],
      recordCount: table.records.length,
    };
  }
  const rows: CsvBalanceRow[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    if (record.cells.length > table.header.length && record.cells.slice(table.header.length).some((c) => c.trim())) {
      problems.push({ line: record.line, field: "file", key: "balances.csv.tooManyCells" });
      continue;
    }
    const values: Record<string, string> = {};
    table.header.forEach((column, index) => {
      let cell = restoreNeutralised((record.cells[index] ?? "").trim());
      if (table.delimiter === ";" && decimalComma.test(cell)) cell = cell.replace(",", ".");
      values[column] = cell;
    });
    const result = BalanceCsvRow.safeParse(values);
    if (!result.success) {
      for (const problem of problemsOf(result.error.issues)) problems.push({ ...problem, line: record.line });
      continue;
    }
    const normalised: BalanceParse = normaliseBalance(result.data);
    if (!normalised.ok) {
      for (const problem of normalised.problems) problems.push({ ...problem, line: record.line });
      continue;
    }
    const { municipality_id: municipalityId, official_code: officialCode } = result.data;
    const key = `${municipalityId ?? ""}|${officialCode ?? ""}|${normalised.balance.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line: record.line, field: "year", key: "balances.csv.duplicateRow", params: { line: earlier } });
      continue;
    }
    seen.set(key, record.line);
    rows.push({ line: record.line, municipalityId, officialCode, balance: normalised.balance });
  }
  return { rows, problems, recordCount: table.records.length };
}

function checkHeader(table: CsvTable): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const known = new Set<string>(balanceCsvColumns);
  const seen = new Set<string>();
  for (const column of table.header) {
    if (!known.has(column)) problems.push({ line: 1, field: column || "file", key: "balances.csv.unknownColumn" });
    else if (seen.has(column)) problems.push({ line: 1, field: column, key: "balances.csv.duplicateColumn" });
    seen.add(column);
  }
  for (const column of requiredCsvColumns) {
    if (!seen.has(column)) problems.push({ line: 1, field: column, key: "balances.csv.missingColumn" });
  }
  if (!seen.has("municipality_id") && !seen.has("official_code")) {
    problems.push({ line: 1, field: "municipality_id", key: "balances.csv.missingColumn" });
  }
  return problems;
}

/** The template: the header, nothing else. */
export function balanceCsvTemplate(): string {
  return toCsv([balanceCsvColumns]);
}

export function balancesToCsv(balances: readonly ExportedBalance[]): string {
  return toCsv([
    balanceCsvColumns,
    ...balances.map((b) => {
      const record = balanceCsvRecord(b);
      return balanceCsvColumns.map((column) => record[column]);
    }),
  ]);
}
