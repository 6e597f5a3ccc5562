import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectFormat } from "#app/domain/registers/detect";
import { decodeText, workbookSheets } from "./raw-files";

const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A minimal workbook as Excel writes Japanese text: shared strings with phonetic guide runs (rPh). */
function workbook(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${main} ${rel}><sheets><sheet name="R6.1.1現在の団体" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst ${main} count="3" uniqueCount="3"><si><t>団体コード</t></si><si><t>福岡県</t><rPh sb="0" eb="3"><t>フクオカケン</t></rPh></si><si><r><t>久留米</t></r><r><t>市</t></r><rPh sb="0" eb="3"><t>クルメ</t></rPh></si></sst>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${main}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="A3"><v>402036</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c></row></sheetData></worksheet>`,
    ),
  });
}

describe("workbookSheets", () => {
  it("reads each sheet's cells as text, without phonetic runs, keeping empty rows", async () => {
    const bytes = workbook();
    expect(detectFormat(bytes)).toBe("xlsx");
    const sheets = await workbookSheets(bytes);
    expect(sheets).toEqual([
      { name: "R6.1.1現在の団体", rows: [["団体コード"], [], ["402036", "福岡県", "久留米市"]] },
    ]);
  });
});

describe("decodeText", () => {
  it("reads UTF-8, and Windows-1252 where the bytes are not UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("Española"))).toBe("Española");
    expect(decodeText(new Uint8Array([0x45, 0x73, 0x70, 0x61, 0xf1, 0x6f, 0x6c, 0x61]))).toBe("Española");
  });
});
