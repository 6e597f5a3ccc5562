import { describe, expect, it } from "vitest";
import { csvField, csvLine, spreadsheetValue, utf8Bom } from "./cells";

describe("csvField", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+49 30 1234")).toBe("'+49 30 1234");
    expect(csvField("-minus")).toBe("'-minus");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("harmless")).toBe("harmless");
  });

  it("keeps numbers as numbers, negative ones too", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(null)).toBe("");
  });

  it("quotes delimiters, quotes, line breaks and edge spaces", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("semi;colon")).toBe('"semi;colon"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it("writes a record with CRLF; the BOM is exported for the file start", () => {
    expect(csvLine(["a", 1, null, "みどり野市"])).toBe("a,1,,みどり野市\r\n");
    expect(utf8Bom).toBe("\uFEFF");
  });
});

describe("spreadsheetValue", () => {
  it("keeps numbers numeric and neutralises formula text", () => {
    expect(spreadsheetValue(-12.5)).toBe(-12.5);
    expect(spreadsheetValue("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(spreadsheetValue("Klimhausen")).toBe("Klimhausen");
    expect(spreadsheetValue(null)).toBeNull();
    expect(spreadsheetValue(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
