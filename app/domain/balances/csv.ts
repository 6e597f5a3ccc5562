/**
 * CSV as spreadsheet programs read and write it (RFC 4180), read with csv-parse: quoted
 * cells, doubled quotes, CRLF or LF, comma or semicolon (German Excel) as delimiter. Written with a UTF-8 byte order mark so that Excel shows
 * Japanese and German characters, and with formula cells neutralised so that opening an
 * export never runs a formula.
 */
import { CsvError, type Info, type Options as ParseOptions, parse } from "csv-parse/sync";

export const utf8Bom = "\uFEFF";

export type CsvDelimiter = "," | ";" | "\t";

export interface CsvRecord {
  /** Line number (1-based) where the record starts in the file. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; line: number; key: string };

/**
 * The delimiter the header line uses most (outside quotes); comma when none. Decided on
 * the header alone because a German data line holds decimal commas beside its semicolons.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char] += 1;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

const lineBreak = /\r\n|\r|\n/g;

function lineBreaks(text: string): number {
  return text.match(lineBreak)?.length ?? 0;
}

function readOptions(delimiter: CsvDelimiter) {
  return {
    bom: true,
    delimiter,
    // Any line end, also mixed in one file (a row added by hand in another editor).
    record_delimiter: ["\r\n", "\n", "\r"],
    // Spreadsheets leave rows shorter or longer than the header; the caller judges them.
    relax_column_count: true,
    // A quote inside an unquoted cell (12" pipe) is text, as spreadsheets write it.
    relax_quotes: true,
    // Blanks around a quoted cell ( "a" ) do not stop the quotes from counting.
    ltrim: true,
    rtrim: true,
    skip_empty_lines: true,
    info: true,
  } as const satisfies ParseOptions;
}

/** A record as csv-parse gives it with `info: true` (its typings know only plain records). */
interface RecordWithInfo {
  record: string[];
  info: Info;
}

/**
 * The line each record starts on. csv-parse tells the line a record ends on, counting
 * every CR and LF inside a quoted cell as a line of its own; a CRLF there is one line
 * for a spreadsheet, so the lines before a record drop one for each.
 */
function withLines(parsed: readonly RecordWithInfo[]): CsvRecord[] {
  let crlfsBefore = 0;
  return parsed.map(({ record, info }) => {
    const text = record.join(",");
    const line = info.lines - (text.match(/[\r\n]/g)?.length ?? 0) - crlfsBefore;
    crlfsBefore += text.match(/\r\n/g)?.length ?? 0;
    return { line, cells: record };
  });
}

/**
 * Where an unterminated quote opened. Its cell runs to the end of the file: closed
 * there, the file parses, and that last cell's lines counted back from the end give the line.
 */
function openingLineOf(text: string, delimiter: CsvDelimiter): number {
  const lastLine = 1 + lineBreaks(text);
  try {
    const last = parse(`${text}"`, { ...readOptions(delimiter), info: false }).at(-1);
    return lastLine - lineBreaks(last?.at(-1) ?? "");
  } catch {
    return lastLine;
  }
}

/**
 * Parses a whole file. Blank records (every cell empty, as spreadsheets leave at the
 * end) are skipped. An unterminated quote is an error at the line where it opened; a
 * quoted cell that goes on after its closing quote, at its line.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith(utf8Bom) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  let parsed: RecordWithInfo[];
  try {
    parsed = parse(text, readOptions(delimiter)) as unknown as RecordWithInfo[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_QUOTE_NOT_CLOSED")
      return { ok: false, line: openingLineOf(text, delimiter), key: "balances.csv.unterminatedQuote" };
    return { ok: false, line: typeof error.lines === "number" ? error.lines : 1, key: "balances.csv.textAfterQuote" };
  }
  const [header, ...rest] = withLines(parsed).filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (!header) return { ok: false, line: 1, key: "balances.csv.empty" };
  return { ok: true, table: { delimiter, header: header.cells.map((h) => h.trim()), records: rest } };
}

/** A formula start, also behind apostrophes (so that text which looks neutralised survives a round trip). */
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (= + - @, tab, carriage return at the
 * start) gets an apostrophe in front: shown as text, never executed (OWASP CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula on import, so an exported file imports back unchanged. */
export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

export type CsvCell = string | number | null | undefined;

/**
 * Writing stays hand-written: csv-stringify took 6–7 times as long for a national export
 * (35,000 rows × 60 cells: 5.9–7.1 s against 0.85–1.2 s on this project's 2-core machine),
 * and the rule is a single line. Quoted when a cell holds a delimiter (comma, or semicolon
 * for German Excel), a quote, a line break, or blanks at its edges, which readers trim.
 */
function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // Numbers stay numbers (a negative one is never neutralised); NaN and infinity are empty.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutraliseFormula(value);
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records with their CRLF line ends, without byte order mark: the continuation of a file. */
export function toCsvRecords(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  let out = "";
  for (const row of rows) out += `${row.map(csvCell).join(",")}\r\n`;
  return out;
}

/** One cell as it stands in a record. */
export function toCsvCell(value: CsvCell): string {
  return csvCell(value);
}

/** A whole file: byte order mark, comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `${utf8Bom}${toCsvRecords(rows)}`;
}
