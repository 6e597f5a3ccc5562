/**
 * Writing export cells: CSV records (as the balances CSV writes them) and XLSX cell
 * values. Text a spreadsheet would run as a formula (leading = + - @, tab, carriage
 * return) gets an apostrophe in front; numbers stay numbers, so a negative number is a
 * number and never neutralised.
 */
import { neutraliseFormula, toCsvCell, toCsvRecords } from "../balances/csv";
import type { Cell } from "./exports";

export { utf8Bom } from "../balances/csv";

/** One CSV field: quoted when it holds a delimiter, quote, line break or edge space. */
export function csvField(cell: Cell): string {
  return toCsvCell(cell);
}

/** One CSV record with its CRLF line end. */
export function csvLine(cells: readonly Cell[]): string {
  return toCsvRecords([cells]);
}

/** CSV records, each with its CRLF line end: one batch of an export. */
export function csvLines(rows: ReadonlyArray<readonly Cell[]>): string {
  return toCsvRecords(rows);
}

/** The value of an XLSX cell: a number cell, a neutralised text cell, or empty. */
export function spreadsheetValue(cell: Cell): string | number | null {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  return neutraliseFormula(cell);
}
