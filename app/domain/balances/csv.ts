/**
 * CSV as spreadsheet programs read and write it (RFC 4180): quoted cells, doubled
 * quotes, CRLF or LF, comma or semicolon (German Excel) as delimiter. Written with a
 * UTF-8 byte order mark so that Excel shows Japanese and German characters, and with
 * formula cells neutralised so that opening an export never runs a formula.
 */

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

/** The delimiter the header line uses most (outside quotes); comma when none. */
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

/**
 * Parses a whole file. Blank records (every cell empty, as spreadsheets leave at the
 * end) are skipped. An unterminated quote is an error at the line where it opened.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith(utf8Bom) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line += 1;
      cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
      i += 1;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      i += 1;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, key: "balances.csv.unterminatedQuote" };
  if (cell !== "" || cells.length > 0) endRecord();
  const [header, ...rest] = records;
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

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = neutraliseFormula(typeof value === "number" ? String(value) : value);
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: byte order mark, comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `${utf8Bom}${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
