// Reading official register files from disk for the pure readers in app/domain/registers:
// bytes → text (UTF-8, or Windows-1252 for the Census PEP files), and xlsx → rows per sheet
// (exceljs; phonetic guide runs are not part of a cell's text).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import type { RegisterInput } from "#app/domain/registers/assemble";
import { detectFormat, detectionHeadBytes } from "#app/domain/registers/detect";
import type { Sheet } from "#app/domain/registers/table";

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, which older Census files use for names like "Española". */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value.result ?? null) as CellValue);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as CellValue);
  if ("error" in value) return "";
  return "";
}

export async function workbookSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer as an ArrayBuffer; hand it exactly the file's bytes.
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await workbook.xlsx.load(data);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    // Empty rows are kept so that row positions match the sheet.
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      rows.push(cells);
    }
    return { name: sheet.name, rows };
  });
}

export async function readInput(path: string, root: string): Promise<RegisterInput> {
  const bytes = readFileSync(path);
  const name = relative(root, path);
  if (detectFormat(bytes.subarray(0, detectionHeadBytes)) === "xlsx") {
    return { name, sheets: await workbookSheets(bytes) };
  }
  return { name, text: decodeText(bytes) };
}
