import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { readFlatCsv } from "./flat-csv";
import { RegisterUnit } from "./unit";
import { gazetteerFileOf, readUsGazetteer } from "./us-gazetteer";

const counties = readUsGazetteer(fixtureText("gaz_counties_excerpt.txt"));
const places = readUsGazetteer(fixtureText("gaz_place_excerpt.txt"));
const cousubs = readUsGazetteer(fixtureText("gaz_cousubs_excerpt.txt"));
const all = [...counties.units, ...places.units, ...cousubs.units];
const unit = (code: string) => all.find((u) => u.code === code);

describe("readUsGazetteer", () => {
  it("tells the three files apart by their columns", () => {
    expect([counties.file, places.file, cousubs.file]).toEqual(["counties", "places", "cousubs"]);
    expect(gazetteerFileOf(["GEOID", "USPS"])).toBeNull();
    for (const u of all) expect(RegisterUnit.safeParse(u).success, u.code).toBe(true);
  });

  it("reads counties of the 50 states and DC, with their states, and skips Puerto Rico", () => {
    expect(counties.skipped).toEqual({ "outside the 50 states and DC": 1 });
    expect(counties.units.filter((u) => u.level === "county")).toHaveLength(15);
    expect(unit("53")).toMatchObject({ level: "state", nameNative: "Washington", kind: "State", parentCode: null });
    expect(unit("11")).toMatchObject({ level: "state", kind: "federal district" });
    expect(unit("53033")).toMatchObject({
      nameNative: "King County",
      nameEn: "King County",
      kind: "County",
      cityStatus: "us_county",
      parentCode: "53",
      altCodes: { ansi: "01531933" },
    });
  });

  it("labels county equivalents from the legal description in their name", () => {
    expect(unit("32510")).toMatchObject({
      kind: "independent city (county equivalent)",
      cityStatus: "us_independent_city",
    });
    expect(unit("24510")).toMatchObject({ kind: "independent city (county equivalent)" });
    expect(unit("02050")).toMatchObject({ kind: "Census Area", cityStatus: null });
    expect(unit("09110")).toMatchObject({ kind: "Planning Region", cityStatus: null });
    expect(unit("11001")).toMatchObject({ kind: "District of Columbia (county equivalent)", cityStatus: null });
  });

  it("keeps incorporated places that govern: not CDPs, not inactive or nonfunctioning ones", () => {
    expect(places.skipped).toEqual({ "census designated place": 1, "FUNCSTAT N": 2 });
    expect(places.inactivePlaces).toEqual([
      { code: "1150000", name: "Washington city", funcstat: "N" },
      { code: "2148000", name: "Louisville city", funcstat: "N" },
    ]);
    expect(unit("5363000")).toMatchObject({
      kind: "city",
      cityStatus: "us_place",
      parentCode: "53",
      level: "municipality",
    });
    expect(unit("4752006")).toMatchObject({
      kind: "consolidated government (balance portion)",
      cityStatus: "consolidated_city_county",
    });
    expect(unit("3209700")).toMatchObject({
      kind: "consolidated city-county / other incorporated place",
      cityStatus: "us_place",
    });
    expect(unit("0236400")).toMatchObject({ kind: "city and borough" });
  });

  it("keeps only active county subdivisions, so a government coextensive with a place appears once", () => {
    expect(cousubs.skipped).toEqual({ "FUNCSTAT S": 1, "FUNCSTAT F": 3 });
    expect(unit("2502507000")).toBeUndefined();
    expect(cousubs.units.map((u) => [u.code, u.kind, u.parentCode])).toEqual([
      ["1700105742", "township (MCD)", "17001"],
      ["2007771201", "township (MCD)", "20077"],
      ["2300315990", "plantation (MCD)", "23003"],
      ["2500107175", "town (MCD)", "25001"],
      ["2601537140", "charter township (MCD)", "26015"],
    ]);
    expect(cousubs.units.every((u) => u.cityStatus === "us_township")).toBe(true);
  });

  it("reads the tab-separated layout of earlier editions the same way", () => {
    const tabbed = fixtureText("gaz_place_excerpt.txt").replaceAll("|", "\t");
    expect(readUsGazetteer(tabbed).units).toEqual(places.units);
  });

  it("agrees with us.csv", () => {
    const flat = readFlatCsv(fixtureText("us_excerpt.csv"));
    for (const expected of flat.units) {
      const got = unit(expected.code);
      if (!got) continue;
      expect({ ...got, population: null }, expected.code).toEqual({
        ...expected,
        population: null,
        populationDate: null,
        populationSource: null,
        sourceKeys: ["S-US1"],
      });
    }
  });
});
