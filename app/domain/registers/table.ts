/**
 * Tables as the readers take them: rows of string cells. An xlsx sheet arrives as rows
 * (the xlsx → rows step is I/O and lives outside the domain); a CSV is parsed here.
 */
// The browser build of csv-parse carries its own Buffer, so this module runs in the browser
// too; it is several times faster when given bytes than when given a string. Its `bom`
// option fails on bytes that are not its own Buffer, so the byte order mark is dropped here.
import { parse } from "csv-parse/browser/esm/sync";

export type Row = readonly string[];
export type Rows = readonly Row[];

export interface Sheet {
  readonly name: string;
  readonly rows: Rows;
}

const encoder = new TextEncoder();

export function parseDelimited(text: string, delimiter: "," | "|" | "\t" | ";" = ","): string[][] {
  return parse(encoder.encode(text.replace(/^\uFEFF/, "")), {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
  });
}

/** A cell as text, trimmed; a missing cell is empty. */
export function cell(row: Row | undefined, index: number): string {
  return (row?.[index] ?? "").trim();
}

/** Column indexes of a header row by name; throws naming the missing columns. */
export function columnsOf<const N extends string>(header: Row, names: readonly N[], what: string): Record<N, number> {
  const found = {} as Record<N, number>;
  const missing: string[] = [];
  for (const name of names) {
    const index = header.findIndex((h) => h.trim() === name);
    if (index < 0) missing.push(name);
    else found[name] = index;
  }
  if (missing.length > 0) throw new Error(`${what}: missing column(s) ${missing.join(", ")}`);
  return found;
}

/** Digits of a count as spreadsheets export it ("1,234 ", "1234"); null when there are none. */
export function parseCount(text: string): number | null {
  const digits = text.replace(/[\s,]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** The first line without byte order mark or carriage return: where file formats announce themselves. */
export function firstLineOf(text: string): string {
  const end = text.indexOf("\n");
  return (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, "").replace(/\r$/, "");
}
