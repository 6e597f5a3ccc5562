import { describe, expect, it } from "vitest";
import { balanceCsvTemplate, balancesToCsv, parseBalanceCsv } from "./balance-csv";
import { balanceCsvColumns, maxCsvRows, requiredCsvColumns } from "./balance-csv-schema";
import { utf8Bom } from "./csv";
import { sameBalance } from "./fields";

const header =
  "municipality_id,year,population,emissions_unit,households,transport_road,total,standard,electricity,data_quality";

describe("the balance CSV schema", () => {
  it("drives the template: the header in the schema's order", () => {
    expect(balanceCsvTemplate()).toBe(`${utf8Bom}${balanceCsvColumns.join(",")}\r\n`);
    expect(balanceCsvColumns.slice(0, 4)).toEqual(["municipality_id", "official_code", "municipality_name", "year"]);
    for (const column of requiredCsvColumns) expect(balanceCsvColumns).toContain(column);
  });

  it("parses good rows and normalises units", () => {
    const result = parseBalanceCsv(
      `${header}\nm1,2021,100000,t,500000,300000,800000,bisko,national_mix,medium\nm1,2022,100000,kt,480,290,770,bisko,national_mix,medium\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.municipalityId, r.balance.year, r.balance.total])).toEqual([
      [2, "m1", 2021, 800_000],
      [3, "m1", 2022, 770_000],
    ]);
  });

  it("reports every problem with its line and column", () => {
    const result = parseBalanceCsv(
      `${header}\nm1,2021,100000,t,-5,300000,800000,bisko,national_mix,medium\n,2022,100000,t,1,1,2,bisko,national_mix,medium\nm2,2022,100000,t,1,1,2,iso,national_mix,medium\nm3,2022,100000,t,1,1,9,bisko,national_mix,medium`,
    );
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.field, p.key])).toEqual([
      [2, "households", "balances.validation.negative"],
      [3, "municipality_id", "balances.csv.municipalityRequired"],
      [4, "standard", "balances.validation.notAChoice"],
      [5, "total", "balances.validation.totalMismatch"],
    ]);
  });

  it("refuses unknown, duplicate and missing columns before reading rows", () => {
    const result = parseBalanceCsv("municipality_id,year,year,colour\nm1,2020,2020,green");
    expect(result.problems.map((p) => [p.line, p.field, p.key])).toEqual([
      [1, "year", "balances.csv.duplicateColumn"],
      [1, "colour", "balances.csv.unknownColumn"],
      [1, "population", "balances.csv.missingColumn"],
      [1, "emissions_unit", "balances.csv.missingColumn"],
      [1, "total", "balances.csv.missingColumn"],
      [1, "standard", "balances.csv.missingColumn"],
      [1, "electricity", "balances.csv.missingColumn"],
      [1, "data_quality", "balances.csv.missingColumn"],
    ]);
  });

  it("refuses the same municipality and year twice in one file", () => {
    const row = "m1,2021,100000,t,1,1,2,bisko,national_mix,medium";
    const result = parseBalanceCsv(`${header}\n${row}\n${row}`);
    expect(result.problems).toEqual([
      { line: 3, field: "year", key: "balances.csv.duplicateRow", params: { line: 2 } },
    ]);
  });

  it("reads German spreadsheets: semicolons and decimal commas", () => {
    const result = parseBalanceCsv(
      `${header.replaceAll(",", ";")}\nm1;2021;100000;kt;1,5;0,5;2,0;bisko;national_mix;medium`,
    );
    expect(result.problems).toEqual([]);
    // 1.5 kt + 0.5 kt = 2.0 kt = 2,000 t
    expect(result.rows[0]?.balance.total).toBe(2_000);
  });

  it("refuses files above the row limit", () => {
    const rows = Array.from({ length: maxCsvRows + 1 }, (_, i) => `m${i},2021,1,t,1,,1,bisko,national_mix,low`);
    const result = parseBalanceCsv(`${header}\n${rows.join("\n")}`);
    expect(result.problems[0]?.key).toBe("balances.csv.tooManyRows");
  });

  it("imports back exactly what it exports, including neutralised and Japanese text", () => {
    const parsed = parseBalanceCsv(
      `${header},source\nm1,2021,100000,t,500000,300000,800000,jp_moe_manual,regional_grid,low,"=出典: 環境省 自治体排出量カルテ"`,
    );
    const original = parsed.rows[0];
    if (!original) throw new Error(JSON.stringify(parsed.problems));
    const csv = balancesToCsv([
      { municipality: { id: "m1", officialCode: "221309", name: "みどり野市" }, balance: original.balance },
    ]);
    expect(csv).toContain("'=出典");
    const again = parseBalanceCsv(csv);
    expect(again.problems).toEqual([]);
    expect(again.rows[0]?.officialCode).toBe("221309");
    const roundTripped = again.rows[0]?.balance;
    expect(roundTripped && sameBalance(original.balance, roundTripped)).toBe(true);
  });
});
