import { describe, expect, it } from "vitest";
import { fixtureSheet, fixtureText } from "#tests/support/registers-fixtures";
import { readFlatCsv } from "./flat-csv";
import { isJpCodesSheet, isJpDesignatedCitiesSheet, readJpCodes, readJpDesignatedCities } from "./jp-codes";
import type { Sheet } from "./table";
import { RegisterUnit } from "./unit";

const main = fixtureSheet("jp-codes-sheet1.csv");
const designated = fixtureSheet("jp-codes-sheet2.csv");
const read = readJpCodes(main, designated);
const unit = (code: string) => read.units.find((u) => u.code === code);

describe("readJpCodes", () => {
  it("tells the two sheets apart", () => {
    expect(isJpCodesSheet(main)).toBe(true);
    expect(isJpDesignatedCitiesSheet(main)).toBe(false);
    expect(isJpDesignatedCitiesSheet(designated)).toBe(true);
    expect(readJpDesignatedCities(designated)).toEqual(new Set(["011002", "401307"]));
  });

  it("reads prefectures and municipalities and leaves out the Northern Territories", () => {
    expect(read.units.filter((u) => u.level === "state").map((u) => u.code)).toEqual([
      "010006",
      "070009",
      "130001",
      "390003",
      "400009",
      "470007",
    ]);
    expect(read.units.filter((u) => u.level === "municipality")).toHaveLength(12);
    expect(read.excluded).toEqual([
      { code: "016951", name: "色丹村", reason: "北方領土 (not a functioning municipality)" },
    ]);
    expect(read.asOf).toBe("2024-01-01");
    expect(read.problems).toEqual([]);
    for (const u of read.units) expect(RegisterUnit.safeParse(u).success, u.code).toBe(true);
  });

  it("labels kinds as jp.csv does, before city status is merged", () => {
    expect(unit("011002")).toMatchObject({ kind: "市 (政令指定都市)", cityStatus: "designated_city" });
    expect(unit("131016")).toMatchObject({ kind: "特別区", cityStatus: "special_ward" });
    expect(unit("134023")).toMatchObject({ kind: "村", cityStatus: null, nameNative: "青ヶ島村" });
    expect(unit("473821")).toMatchObject({ kind: "町" });
    expect(unit("402036")).toMatchObject({
      kind: "市",
      parentCode: "400009",
      altCodes: { jis5: "40203" },
      nameEn: null,
      population: null,
      sourceKeys: ["S-JP1"],
    });
    expect(unit("130001")).toMatchObject({ level: "state", kind: "都", parentCode: null });
  });

  it("agrees with jp.csv on codes, names, parents and the register's kinds", () => {
    const flat = readFlatCsv(fixtureText("jp_excerpt.csv"));
    for (const expected of flat.units) {
      const got = unit(expected.code);
      if (!got) continue;
      expect(got, expected.code).toMatchObject({
        nameNative: expected.nameNative,
        parentCode: expected.parentCode,
        altCodes: expected.altCodes,
      });
      if (!expected.kind.includes("中核市")) expect(got.kind).toBe(expected.kind);
    }
  });

  it("reads codes that lost their leading zero, and an edition in the 5-digit form", () => {
    const lostZeros: Sheet = {
      name: main.name,
      rows: main.rows.map((row, i) => (i === 0 ? row : [row[0]?.replace(/^0/, "") ?? "", ...row.slice(1)])),
    };
    expect(readJpCodes(lostZeros, designated).units).toEqual(read.units);
    const fiveDigits: Sheet = {
      name: main.name,
      rows: main.rows.map((row, i) => (i === 0 ? row : [row[0]?.slice(0, 5) ?? "", ...row.slice(1)])),
    };
    expect(readJpCodes(fiveDigits, designated).units).toEqual(read.units);
  });

  it("reports a code whose check digit does not match", () => {
    const broken: Sheet = { name: main.name, rows: [...main.rows, ["402037", "福岡県", "架空市"]] };
    expect(readJpCodes(broken, null).problems).toEqual(["402037 福岡県架空市: not a 団体コード (check digit)"]);
  });
});
