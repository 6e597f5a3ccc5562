import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { readAbrNames } from "./jp-abr";
import { readJpFiscalStatus, readJpStatusCsv } from "./jp-status";

describe("readAbrNames", () => {
  it("gives municipalities their romanised name and skips wards of designated cities", () => {
    const facts = readAbrNames(fixtureText("abr_mt_city_excerpt.csv"));
    expect(facts.find((f) => f.code === "402036")).toEqual({
      type: "name_en",
      country: "JP",
      code: "402036",
      nameEn: "Kurume-shi",
      nameNative: "久留米市",
      sourceKey: "S-JP2",
    });
    expect(facts.some((f) => f.code === "011011")).toBe(false);
    expect(facts.find((f) => f.code === "394050")?.nameNative).toBe("檮原町");
  });

  it("gives prefectures theirs", () => {
    const facts = readAbrNames(fixtureText("abr_mt_pref_excerpt.csv"));
    expect(facts.find((f) => f.code === "130001")).toMatchObject({ nameEn: "Tokyo", nameNative: "東京都" });
  });
});

describe("city status", () => {
  it("takes the 類似団体区分 of the last fiscal year, from 1 April", () => {
    const read = readJpFiscalStatus(fixtureText("fiscal-status_excerpt.json"));
    expect(read.fiscalYear).toBe(2024);
    const status = Object.fromEntries(read.facts.map((f) => [f.code, [f.cityStatus, f.kind]]));
    expect(status).toEqual({
      "011002": ["designated_city", "市 (政令指定都市)"],
      "012025": ["core_city", "市 (中核市)"],
      "082201": ["special_case_city", "市 (施行時特例市)"],
      "132012": ["core_city", "市 (中核市)"],
      // 施行時特例市 in FY2020, 中核市 since 2021-04-01
      "202029": ["core_city", "市 (中核市)"],
      "232033": ["core_city", "市 (中核市)"],
      "401307": ["designated_city", "市 (政令指定都市)"],
      "402036": ["core_city", "市 (中核市)"],
      "472018": ["core_city", "市 (中核市)"],
    });
    expect(read.facts.every((f) => f.asOf === "2024-04-01" && f.sourceKey === "S-JP5")).toBe(true);
  });

  it("reads the same from a status CSV", () => {
    const json = readJpFiscalStatus(fixtureText("fiscal-status_excerpt.json")).facts;
    const csv = readJpStatusCsv(fixtureText("jp_city_status_excerpt.csv"));
    expect(csv.problems).toEqual([]);
    for (const fact of csv.facts) expect(json).toContainEqual(fact);
  });

  it("reports rows it cannot read", () => {
    const csv = readJpStatusCsv(
      "code,status,as_of,source_key\n402036,大都市,2024-04-01,S-JP5\n40203,中核市,2024-04-01,\n",
    );
    expect(csv.problems).toEqual(["line 2: needs a 団体コード, a known status and an ISO date"]);
    expect(csv.facts).toEqual([
      {
        type: "status",
        country: "JP",
        code: "402036",
        cityStatus: "core_city",
        kind: "市 (中核市)",
        asOf: "2024-04-01",
        sourceKey: "S-JP5",
      },
    ]);
  });
});
