import { describe, expect, it } from "vitest";
import { fixtureSheet, fixtureText } from "#tests/support/registers-fixtures";
import { mergeFacts, type PopulationFact } from "./facts";
import { readJpCensus } from "./jp-census";
import { readJpCodes } from "./jp-codes";
import { readJpJuki } from "./jp-juki";
import { readJpFiscalStatus } from "./jp-status";
import { parseDelimited } from "./table";

const register = readJpCodes(fixtureSheet("jp-codes-sheet1.csv"), fixtureSheet("jp-codes-sheet2.csv")).units;
const census = readJpCensus(fixtureSheet("jp-census-sheet1.csv")).facts;
const juki = readJpJuki(parseDelimited(fixtureText("juki_R7.1.1_excerpt.csv"))).facts;
const find = (units: typeof register, code: string) => units.find((u) => u.code === code);

describe("mergeFacts", () => {
  it("fills population from the census first and from 住民基本台帳 only where the census has none", () => {
    const withCensus = mergeFacts(register, census);
    const merged = mergeFacts(withCensus.units, juki);
    expect(find(merged.units, "402036")).toMatchObject({
      population: 303316,
      populationDate: "2020-10-01",
      populationSource: "S-JP3",
      sourceKeys: ["S-JP1", "S-JP3"],
    });
    expect(find(merged.units, "075469")).toMatchObject({
      population: 5294,
      populationDate: "2025-01-01",
      populationSource: "S-JP4",
      sourceKeys: ["S-JP1", "S-JP4"],
    });
    expect(merged.units.every((u) => u.population !== null)).toBe(true);
  });

  it("replaces what the register holds when asked", () => {
    const withCensus = mergeFacts(register, census).units;
    const replaced = mergeFacts(withCensus, juki, "replace").units;
    expect(find(replaced, "402036")).toMatchObject({ population: 300199, populationDate: "2025-01-01" });
  });

  it("returns the facts for codes the register does not hold", () => {
    const merged = mergeFacts(register, census);
    const unmatched = merged.unmatched.map((f) => f.code);
    expect(unmatched).toContain("011011");
    expect(unmatched).toContain("131008");
    expect(merged.applied).toBe(census.length - unmatched.length);
  });

  it("sets city status and the kind label that goes with it, keeping the register's 政令指定都市", () => {
    const merged = mergeFacts(register, readJpFiscalStatus(fixtureText("fiscal-status_excerpt.json")).facts);
    expect(find(merged.units, "402036")).toMatchObject({
      kind: "市 (中核市)",
      cityStatus: "core_city",
      sourceKeys: ["S-JP1", "S-JP5"],
    });
    expect(find(merged.units, "011002")).toMatchObject({ kind: "市 (政令指定都市)", sourceKeys: ["S-JP1", "S-JP5"] });
    expect(merged.notes).toEqual([]);
  });

  it("notes a status that contradicts the register and keeps the register's unless replacing", () => {
    const fact = {
      type: "status" as const,
      country: "JP" as const,
      code: "011002",
      cityStatus: "core_city" as const,
      kind: "市 (中核市)",
      asOf: "2030-04-01",
      sourceKey: "S-JP5",
    };
    const kept = mergeFacts(register, [fact]);
    expect(find(kept.units, "011002")?.cityStatus).toBe("designated_city");
    expect(kept.notes).toEqual([
      { type: "status_differs", key: "JP:011002", before: "designated_city", after: "core_city", sourceKey: "S-JP5" },
    ]);
    expect(find(mergeFacts(register, [fact], "replace").units, "011002")?.cityStatus).toBe("core_city");
  });

  it("notes a romanised name whose source spells the native name differently", () => {
    const merged = mergeFacts(register, [
      {
        type: "name_en",
        country: "JP",
        code: "394050",
        nameEn: "Yusuhara-cho",
        nameNative: "檮原町",
        sourceKey: "S-JP2",
      },
    ]);
    expect(find(merged.units, "394050")?.nameEn).toBe("Yusuhara-cho");
    expect(merged.notes).toEqual([
      { type: "name_differs", key: "JP:394050", registerName: "梼原町", sourceName: "檮原町", sourceKey: "S-JP2" },
    ]);
  });

  it("matches facts by country as well as code", () => {
    const german: PopulationFact = {
      type: "population",
      country: "DE",
      code: "402036",
      population: 1,
      date: "2024-12-31",
      sourceKey: "S-DE1",
    };
    expect(mergeFacts(register, [german]).unmatched).toEqual([german]);
  });
});
