import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { readFlatCsv } from "./flat-csv";
import { completeTruncatedNames, inferGv100adPopulationDate, readGv100ad, readXRepositoryNames } from "./gv100ad";
import { RegisterUnit } from "./unit";

const read = readGv100ad(fixtureText("GV100AD_excerpt.txt"));
const unit = (code: string) => read.units.find((u) => u.code === code);

describe("readGv100ad", () => {
  it("reads Länder, Kreise and Gemeinden and passes over the other record types", () => {
    const count = (level: string) => read.units.filter((u) => u.level === level).length;
    expect(count("state")).toBe(8);
    expect(count("county")).toBe(10);
    expect(count("municipality")).toBe(17);
    expect(read.territorialDate).toBe("2026-02-28");
    expect(read.problems).toEqual([]);
    for (const u of read.units) expect(RegisterUnit.safeParse(u).success, u.code).toBe(true);
  });

  it("reads Heidelberg as de.csv has it", () => {
    expect(unit("08221000")).toEqual({
      country: "DE",
      level: "municipality",
      code: "08221000",
      altCodes: { ars: "082210000000" },
      parentCode: "08221",
      nameNative: "Heidelberg, Stadt",
      nameEn: null,
      kind: "kreisfreie Stadt (Stadtkreis)",
      cityStatus: "kreisfreie_stadt",
      population: 155756,
      populationDate: "2024-12-31",
      populationSource: "S-DE1",
      sourceKeys: ["S-DE1"],
    });
    expect(unit("08221")).toMatchObject({ level: "county", parentCode: "08", kind: "kreisfreie Stadt (Stadtkreis)" });
  });

  it("agrees with the flat de.csv on every Gemeinde of the excerpt", () => {
    const flat = readFlatCsv(fixtureText("de_excerpt.csv"));
    const gemeinden = flat.units.filter((u) => u.level === "municipality" && u.code !== "14625020");
    expect(gemeinden.length).toBeGreaterThan(3);
    for (const expected of gemeinden) expect(unit(expected.code), expected.code).toEqual(expected);
  });

  it("labels kinds and statuses from the Textkennzeichen, Stadtstaaten by name", () => {
    expect(unit("08226096")).toMatchObject({ kind: "Stadt (Große Kreisstadt)", cityStatus: "grosse_kreisstadt" });
    expect(unit("09172116")).toMatchObject({ kind: "Gemeinde (Markt)", cityStatus: null });
    expect(unit("08226009")).toMatchObject({ kind: "Gemeinde", cityStatus: null });
    expect(unit("11000000")).toMatchObject({ kind: "Stadtstaat (kreisfreie Stadt)", cityStatus: "stadtstaat" });
    expect(unit("02000")).toMatchObject({ kind: "Stadtstaat (kreisfreie Stadt)", cityStatus: "stadtstaat" });
    expect(unit("02")).toMatchObject({ kind: "Stadtstaat", cityStatus: "stadtstaat" });
    expect(unit("08")).toMatchObject({ kind: "Land", cityStatus: null, parentCode: null });
    expect(unit("08226")).toMatchObject({ kind: "Landkreis", cityStatus: null });
  });

  it("leaves gemeindefreie Gebiete out but counts their inhabitants in Kreis and Land", () => {
    expect(read.unincorporatedAreas).toBe(2);
    expect(unit("03351501")).toBeUndefined();
    const celle = unit("03351006")?.population ?? 0;
    const lohheide = Number(
      fixtureText("GV100AD_excerpt.txt")
        .split("\n")
        .find((l) => l.startsWith("6020260228033515019501"))
        ?.slice(139, 150),
    );
    expect(lohheide).toBeGreaterThan(0);
    expect(unit("03351")?.population).toBe(celle + lohheide);
    expect(unit("03")?.population).toBe(celle + lohheide);
  });

  it("collapses runs of blanks in names", () => {
    expect(unit("05958032")?.nameNative).toBe("Meschede, Kreis- und Hochschulstadt");
  });

  it("marks names that fill the 50-character field and restores them from the XRepository list", () => {
    expect(read.truncated).toEqual(["14625020"]);
    expect(unit("14625020")?.nameNative).toBe("Bautzen / Budyšin, Stadt, Hochschulstadt / Wysokoš");
    const names = readXRepositoryNames(fixtureText("xrepository_rs_excerpt.json"));
    const completed = completeTruncatedNames(read.units, read.truncated, names);
    expect(completed.restored).toEqual(["14625020"]);
    const bautzen = completed.units.find((u) => u.code === "14625020");
    expect(bautzen?.nameNative).toBe("Bautzen / Budyšin, Stadt, Hochschulstadt / Wysokošulske město");
    expect(bautzen?.sourceKeys).toEqual(["S-DE1", "S-DE2"]);
    // A name that is not cut keeps the register's spelling even where the list differs.
    expect(completed.units.find((u) => u.code === "14625010")?.sourceKeys).toEqual(["S-DE1"]);
  });

  it("infers the population date from the Gebietsstand, and takes an explicit one", () => {
    expect(inferGv100adPopulationDate("2023-11-30")).toBe("2022-12-31");
    expect(inferGv100adPopulationDate("2026-02-28")).toBe("2024-12-31");
    const explicit = readGv100ad(fixtureText("GV100AD_excerpt.txt"), {
      populationDate: "2025-06-30",
      sourceKey: "S-DE9",
    });
    expect(explicit.units[0]).toMatchObject({ populationDate: "2025-06-30", populationSource: "S-DE9" });
  });

  it("reports lines that are not records instead of guessing", () => {
    const text = `${fixtureText("GV100AD_excerpt.txt")}not a record\r\n`;
    expect(readGv100ad(text).problems).toEqual([{ line: 48, message: "not a GV100AD record (12 characters)" }]);
  });
});
