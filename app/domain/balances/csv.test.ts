import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, neutraliseFormula, parseCsv, restoreNeutralised, toCsv, utf8Bom } from "./csv";

describe("parseCsv", () => {
  it("reads quoted cells, doubled quotes, CRLF and a byte order mark", () => {
    const result = parseCsv(`${utf8Bom}a,b,c\r\n1,"x, ""y""",3\r\n`);
    expect(result).toEqual({
      ok: true,
      table: { delimiter: ",", header: ["a", "b", "c"], records: [{ line: 2, cells: ["1", 'x, "y"', "3"] }] },
    });
  });

  it("counts lines across quoted line breaks and skips blank records", () => {
    const result = parseCsv('a,b\n"two\nlines",1\n,\n\n3,4');
    if (!result.ok) throw new Error("not ok");
    expect(result.table.records).toEqual([
      { line: 2, cells: ["two\nlines", "1"] },
      { line: 6, cells: ["3", "4"] },
    ]);
  });

  it("detects the semicolon of German spreadsheets", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter('"a;b",c\n')).toBe(",");
  });

  it("reports an unterminated quote at its line, and an empty file", () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({ ok: false, line: 2, key: "balances.csv.unterminatedQuote" });
    expect(parseCsv("")).toEqual({ ok: false, line: 1, key: "balances.csv.empty" });
  });
});

describe("toCsv", () => {
  it("writes a byte order mark, CRLF and quotes where needed", () => {
    expect(
      toCsv([
        ["name", "n"],
        ["Grünwalde, an der Aue", 1.5],
        ["みどり野市", null],
      ]),
    ).toBe(`${utf8Bom}name,n\r\n"Grünwalde, an der Aue",1.5\r\nみどり野市,\r\n`);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(neutraliseFormula("+1")).toBe("'+1");
    expect(neutraliseFormula("-1")).toBe("'-1");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("Bericht 2024")).toBe("Bericht 2024");
    expect(toCsv([["=1+1"]])).toBe(`${utf8Bom}'=1+1\r\n`);
    expect(restoreNeutralised("'=1+1")).toBe("=1+1");
    expect(restoreNeutralised("'quoted")).toBe("'quoted");
  });

  it("parses back what it writes (any text)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const table = [["h1", "h2"], ...rows];
          const parsed = parseCsv(toCsv(table));
          if (!parsed.ok) return false;
          const expected = rows.filter((row) => row.some((cell) => neutraliseFormula(cell).trim() !== ""));
          return (
            parsed.table.records.length === expected.length &&
            parsed.table.records.every((record, i) =>
              record.cells.every((cell, j) => restoreNeutralised(cell) === (expected[i]?.[j] ?? "")),
            )
          );
        },
      ),
    );
  });
});
