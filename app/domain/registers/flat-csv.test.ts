import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { readFlatCsv } from "./flat-csv";

describe("readFlatCsv", () => {
  it("reads the flat files build.py writes, with their levels and source keys", () => {
    const de = readFlatCsv(fixtureText("de_excerpt.csv"));
    expect(de.problems).toEqual([]);
    expect(de.units.find((u) => u.code === "08226")).toMatchObject({
      country: "DE",
      level: "county",
      parentCode: "08",
      altCodes: {},
      populationDate: "2024-12-31",
      populationSource: "S-DE1",
    });
    expect(de.units.find((u) => u.code === "14625020")?.sourceKeys).toEqual(["S-DE1", "S-DE2"]);
    const jp = readFlatCsv(fixtureText("jp_excerpt.csv"));
    expect(jp.units.find((u) => u.code === "402036")).toMatchObject({
      kind: "市 (中核市)",
      cityStatus: "core_city",
      populationSource: "S-JP3",
      sourceKeys: ["S-JP1", "S-JP2", "S-JP3", "S-JP5"],
    });
    expect(jp.units.find((u) => u.code === "075469")).toMatchObject({
      population: 5294,
      populationDate: "2025-01-01",
      populationSource: "S-JP4",
    });
    const us = readFlatCsv(fixtureText("us_excerpt.csv"));
    expect(us.units.find((u) => u.code === "1304000")).toMatchObject({
      populationDate: "2023-12-31",
      populationSource: "S-US3",
    });
    expect(us.units.find((u) => u.code === "1353706")).toMatchObject({ population: null, populationSource: null });
    expect(us.units.find((u) => u.code === "2601537140")).toMatchObject({
      parentCode: "26015",
      cityStatus: "us_township",
    });
  });

  it("loads a hand-made file whose codes lost their leading zeros", () => {
    const read = readFlatCsv(fixtureText("flat_handmade.csv"));
    const unit = (code: string) => read.units.find((u) => u.code === code);
    expect(unit("08221000")).toMatchObject({
      country: "DE",
      parentCode: "08221",
      altCodes: { ars: "082210000000" },
      cityStatus: "kreisfreie_stadt",
      sourceKeys: ["S-DE-CSV"],
    });
    expect(unit("08226")).toMatchObject({ population: 548233, parentCode: "08" });
    expect(unit("402036")).toMatchObject({ country: "JP", parentCode: "400009", altCodes: { jis5: "40203" } });
    expect(unit("011002")).toMatchObject({ nameNative: "札幌市", cityStatus: "designated_city", parentCode: "010006" });
    expect(unit("0667000")).toMatchObject({ country: "US", parentCode: "06", altCodes: { ansi: "02411786" } });
  });

  it("turns a row with a successor into a succession, not a unit", () => {
    const read = readFlatCsv(fixtureText("flat_handmade.csv"));
    expect(read.units.some((u) => u.code === "06435014")).toBe(false);
    expect(read.successions).toEqual([
      { type: "succession", country: "DE", code: "06435014", successorCode: "06415000", sourceKey: "S-DE-CSV" },
    ]);
  });

  it("never invents a population date: a bare year is reported and the count left out", () => {
    const read = readFlatCsv(fixtureText("flat_handmade.csv"));
    expect(read.problems).toEqual([
      { line: 8, message: 'population_year "2024" needs a date (YYYY-MM-DD) or a period (YYYY-YYYY)' },
    ]);
    expect(read.units.find((u) => u.code === "5363000")).toMatchObject({ population: null, populationDate: null });
  });

  it("reports rows it cannot place and refuses other files", () => {
    const read = readFlatCsv("code,level,name_native,kind\n12,state,Somewhere,Land\n123,gemeinde,Nowhere,Gemeinde\n");
    expect(read.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(() => readFlatCsv("a,b\n1,2\n")).toThrow(/not our flat CSV/);
  });
});
