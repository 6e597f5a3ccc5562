import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { readAcsPopulation, readPepSubEst } from "./us-population";

describe("readPepSubEst", () => {
  it("reads states, counties, places and MCDs of the latest vintage, ignoring place parts", () => {
    const wa = readPepSubEst(fixtureText("sub-est2024_53_excerpt.csv", "latin1"));
    expect(wa.date).toBe("2024-07-01");
    expect(wa.facts.map((f) => [f.code, f.population])).toEqual([
      ["53", 7958180],
      ["5363000", 780995],
      ["53033", 2340211],
    ]);
    expect(wa.facts[0]).toMatchObject({ country: "US", sourceKey: "S-US2", date: "2024-07-01" });
    const ma = readPepSubEst(fixtureText("sub-est2024_25_excerpt.csv", "latin1"));
    expect(ma.facts.find((f) => f.code === "2500107175")?.population).toBeGreaterThan(0);
    expect(ma.facts.find((f) => f.code === "2507000")?.population).toBe(673458);
  });

  it("refuses a file that is not SUB-EST", () => {
    expect(() => readPepSubEst("a,b\n1,2\n")).toThrow(/not a PEP SUB-EST/);
  });
});

describe("readAcsPopulation", () => {
  it("composes the GEOID from the geography columns and dates the period at its end", () => {
    const places = readAcsPopulation(fixtureText("acs5_2023_place_excerpt.json"), { endYear: 2023 });
    expect(places.date).toBe("2023-12-31");
    expect(places.facts.find((f) => f.code === "1304000")).toEqual({
      type: "population",
      country: "US",
      code: "1304000",
      population: 499287,
      date: "2023-12-31",
      sourceKey: "S-US3",
    });
    const cousubs = readAcsPopulation(fixtureText("acs5_2023_county_subdivision_excerpt.json"), { endYear: 2023 });
    expect(cousubs.facts.map((f) => f.code)).toEqual(["2500107175", "2502507000"]);
  });

  it("skips the API's sentinels and geographies outside the 50 states and DC", () => {
    const text = JSON.stringify([
      ["NAME", "B01003_001E", "state", "county"],
      ["A", "-666666666", "01", "001"],
      ["B", null, "01", "003"],
      ["C", "1200", "72", "001"],
      ["D", "1300", "01", "005"],
    ]);
    expect(readAcsPopulation(text, { endYear: 2023 }).facts.map((f) => f.code)).toEqual(["01005"]);
  });
});
