import { describe, expect, it } from "vitest";
import { fixtureSheet, fixtureText } from "#tests/support/registers-fixtures";
import { acsEndYearOf, assembleRegisters, type RegisterInput } from "./assemble";
import { RegisterUnit } from "./unit";

const text = (name: string, encoding: BufferEncoding = "utf8"): RegisterInput => ({
  name,
  text: fixtureText(name, encoding),
});
const inputs: RegisterInput[] = [
  text("GV100AD_excerpt.txt"),
  text("xrepository_rs_excerpt.json"),
  { name: "000925835.xlsx", sheets: [fixtureSheet("jp-codes-sheet1.csv"), fixtureSheet("jp-codes-sheet2.csv")] },
  { name: "major_results_2020.xlsx", sheets: [fixtureSheet("jp-census-sheet1.csv")] },
  text("juki_R7.1.1_excerpt.csv"),
  text("abr_mt_city_excerpt.csv"),
  text("abr_mt_pref_excerpt.csv"),
  text("fiscal-status_excerpt.json"),
  text("gaz_counties_excerpt.txt"),
  text("gaz_place_excerpt.txt"),
  text("gaz_cousubs_excerpt.txt"),
  text("sub-est2024_53_excerpt.csv", "latin1"),
  text("sub-est2024_25_excerpt.csv", "latin1"),
  text("sub-est2024_47_excerpt.csv", "latin1"),
  text("acs5_2023_county_excerpt.json"),
  text("acs5_2023_place_excerpt.json"),
  text("acs5_2023_county_subdivision_excerpt.json"),
  text("README.md"),
];
const result = assembleRegisters(inputs);
const unit = (country: string, code: string) => result.units.find((u) => u.country === country && u.code === code);

describe("assembleRegisters", () => {
  it("detects every file and says what it contributed", () => {
    expect(result.inputs.map((i) => i.format)).toEqual([
      "gv100ad",
      "de_xrepository",
      "jp_codes",
      "jp_census",
      "jp_juki",
      "jp_abr_city",
      "jp_abr_prefecture",
      "jp_status_json",
      "us_gazetteer_counties",
      "us_gazetteer_places",
      "us_gazetteer_cousubs",
      "us_pep",
      "us_pep",
      "us_pep",
      "us_acs",
      "us_acs",
      "us_acs",
      "unknown",
    ]);
    expect(result.problems).toEqual([]);
    expect(result.inputs[1]?.summary).toContain("restored 14625020");
    for (const u of result.units) expect(RegisterUnit.safeParse(u).success, u.code).toBe(true);
  });

  it("builds 久留米市 from four Japanese sources, in the order of jp.csv's source column", () => {
    expect(unit("JP", "402036")).toEqual({
      country: "JP",
      level: "municipality",
      code: "402036",
      altCodes: { jis5: "40203" },
      parentCode: "400009",
      nameNative: "久留米市",
      nameEn: "Kurume-shi",
      kind: "市 (中核市)",
      cityStatus: "core_city",
      population: 303316,
      populationDate: "2020-10-01",
      populationSource: "S-JP3",
      sourceKeys: ["S-JP1", "S-JP2", "S-JP3", "S-JP5"],
    });
    expect(unit("JP", "075469")).toMatchObject({ population: 5294, populationSource: "S-JP4" });
    expect(result.notes).toEqual([
      { type: "name_differs", key: "JP:394050", registerName: "梼原町", sourceName: "檮原町", sourceKey: "S-JP2" },
    ]);
  });

  it("prefers PEP and falls back to ACS where PEP has no row, and never invents a count", () => {
    expect(unit("US", "5363000")).toMatchObject({
      population: 780995,
      populationSource: "S-US2",
      sourceKeys: ["S-US1", "S-US2"],
    });
    expect(unit("US", "1304000")).toMatchObject({
      population: 499287,
      populationDate: "2023-12-31",
      populationSource: "S-US3",
    });
    expect(unit("US", "1353706")).toMatchObject({ population: null, sourceKeys: ["S-US1"] });
    expect(unit("US", "53")).toMatchObject({ population: 7958180 });
    expect(unit("US", "13")).toMatchObject({ population: null });
  });

  it("counts facts for codes the register does not hold by source", () => {
    expect(result.unmatched["S-JP3"]).toBeGreaterThan(0);
  });

  it("reads the ACS period from the file name", () => {
    expect(acsEndYearOf("us/acs5_2023_place_2023.json")).toBe(2023);
    expect(acsEndYearOf("population.json")).toBeNull();
    const without = assembleRegisters([{ name: "population.json", text: fixtureText("acs5_2023_place_excerpt.json") }]);
    expect(without.problems).toEqual(["population.json: the ACS period is not in the file name (acs5_YYYY…)"]);
  });
});
