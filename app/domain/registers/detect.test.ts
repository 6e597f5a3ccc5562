import { describe, expect, it } from "vitest";
import { fixtureSheet, fixtureText } from "#tests/support/registers-fixtures";
import { detectFormat, detectSheetFormat, detectTextFormat } from "./detect";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectFormat", () => {
  it.each([
    ["GV100AD_excerpt.txt", "gv100ad"],
    ["xrepository_rs_excerpt.json", "de_xrepository"],
    ["abr_mt_city_excerpt.csv", "jp_abr_city"],
    ["abr_mt_pref_excerpt.csv", "jp_abr_prefecture"],
    ["juki_R7.1.1_excerpt.csv", "jp_juki"],
    ["fiscal-status_excerpt.json", "jp_status_json"],
    ["jp_city_status_excerpt.csv", "jp_status_csv"],
    ["gaz_counties_excerpt.txt", "us_gazetteer_counties"],
    ["gaz_place_excerpt.txt", "us_gazetteer_places"],
    ["gaz_cousubs_excerpt.txt", "us_gazetteer_cousubs"],
    ["sub-est2024_53_excerpt.csv", "us_pep"],
    ["acs5_2023_county_subdivision_excerpt.json", "us_acs"],
    ["de_excerpt.csv", "flat_csv"],
    ["flat_handmade.csv", "flat_csv"],
    ["README.md", "unknown"],
  ])("recognises %s as %s", (name, format) => {
    expect(detectFormat(bytes(fixtureText(name)))).toBe(format);
  });

  it("recognises a workbook by its zip signature, and a byte order mark does not matter", () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe("xlsx");
    expect(detectTextFormat(`\uFEFF${fixtureText("de_excerpt.csv")}`)).toBe("flat_csv");
    expect(detectTextFormat('code,"unterminated')).toBe("unknown");
  });

  it("tells the sheets of the Japanese workbooks apart", () => {
    expect(detectSheetFormat(fixtureSheet("jp-codes-sheet1.csv"))).toBe("jp_codes");
    expect(detectSheetFormat(fixtureSheet("jp-codes-sheet2.csv"))).toBe("jp_designated_cities");
    expect(detectSheetFormat(fixtureSheet("jp-census-sheet1.csv"))).toBe("jp_census");
    expect(detectSheetFormat({ name: "x", rows: [["a"]] })).toBe("unknown");
  });
});
