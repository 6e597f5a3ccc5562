import { describe, expect, it } from "vitest";
import { fixtureSheet, fixtureText } from "#tests/support/registers-fixtures";
import { isJpCensusSheet, readJpCensus } from "./jp-census";
import { eraDate, eraYear } from "./jp-era";
import { isJpJukiRows, readJpJuki } from "./jp-juki";
import { parseDelimited } from "./table";

describe("readJpCensus (令和2年国勢調査 主な結果)", () => {
  const sheet = fixtureSheet("jp-census-sheet1.csv");
  const read = readJpCensus(sheet);
  const population = (code: string) => read.facts.find((f) => f.code === code)?.population;

  it("finds the 総人口 / 総数 column and dates the count to census day", () => {
    expect(isJpCensusSheet(sheet)).toBe(true);
    expect(read.date).toBe("2020-10-01");
    expect(population("402036")).toBe(303316);
    expect(population("130001")).toBe(14047594);
    expect(population("131016")).toBe(66680);
    expect(read.facts[0]).toEqual({
      type: "population",
      country: "JP",
      code: "010006",
      population: 5224614,
      date: "2020-10-01",
      sourceKey: "S-JP3",
    });
  });

  it("skips the national total and reports areas without a count", () => {
    expect(read.facts.some((f) => f.code.startsWith("00000"))).toBe(false);
    expect(read.noCount).toEqual([{ code: "075469", name: "双葉町" }]);
    expect(population("075469")).toBeUndefined();
  });

  it("keeps wards and 特別区部: the merge reports them as not in the register", () => {
    expect(population("011011")).toBe(248680);
    expect(read.facts.some((f) => f.code === "131008")).toBe(true);
  });
});

describe("readJpJuki (住民基本台帳人口, CSV export)", () => {
  const rows = parseDelimited(fixtureText("juki_R7.1.1_excerpt.csv"));
  const read = readJpJuki(rows);

  it("reads the 人口 / 計 column of every area on 1 January", () => {
    expect(isJpJukiRows(rows)).toBe(true);
    expect(read.date).toBe("2025-01-01");
    expect(read.facts.find((f) => f.code === "075469")).toEqual({
      type: "population",
      country: "JP",
      code: "075469",
      population: 5294,
      date: "2025-01-01",
      sourceKey: "S-JP4",
    });
    expect(read.facts.find((f) => f.code === "130001")?.population).toBe(14002534);
  });

  it("skips the total row and the footnotes among the data", () => {
    const codes = read.facts.map((f) => f.code);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(codes).toHaveLength(rows.filter((r) => /^\d{6}$/.test(r[0] ?? "")).length);
  });
});

describe("era dates", () => {
  it("reads 令和 years with full-width digits and 元年", () => {
    expect(eraYear("令和２年国勢調査")).toBe(2020);
    expect(eraYear("令和元年")).toBe(2019);
    expect(eraYear("平成27年")).toBe(2015);
    expect(eraDate("令和7年1月1日住民基本台帳人口")).toBe("2025-01-01");
    expect(eraDate("no date")).toBeNull();
  });
});
