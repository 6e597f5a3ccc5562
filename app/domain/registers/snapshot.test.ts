import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { readGv100ad } from "./gv100ad";
import { readSnapshot, SnapshotError, snapshotColumns, writeSnapshot } from "./snapshot";
import { CityStatus, RegisterUnit, registerLevels } from "./unit";

const text = fc.string({ unit: "binary", minLength: 1, maxLength: 30 });
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const arbitraryUnit: fc.Arbitrary<RegisterUnit> = fc
  .record({
    level: fc.constantFrom(...registerLevels),
    code: digits(5),
    parent: digits(2),
    nameNative: text,
    nameEn: fc.option(text, { nil: null }),
    kind: text,
    cityStatus: fc.option(fc.constantFrom(...CityStatus.options), { nil: null }),
    population: fc.option(
      fc.record({
        count: fc.nat(),
        date: fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        source: fc.constantFrom("S-DE1", "S-US3", "S-DE-CSV"),
      }),
      { nil: null },
    ),
    sourceKeys: fc.uniqueArray(fc.constantFrom("S-DE1", "S-DE2", "S-DE-CSV"), { minLength: 1 }),
    ars: fc.option(digits(12), { nil: undefined }),
  })
  .map((r) => {
    const code = { state: r.code.slice(0, 2), county: r.code, municipality: `${r.code}000` }[r.level];
    return {
      country: "DE" as const,
      level: r.level,
      code,
      altCodes: r.ars ? { ars: r.ars } : {},
      parentCode: r.level === "state" ? null : r.parent,
      nameNative: r.nameNative,
      nameEn: r.nameEn,
      kind: r.kind,
      cityStatus: r.cityStatus,
      population: r.population?.count ?? null,
      populationDate: r.population ? r.population.date.toISOString().slice(0, 10) : null,
      populationSource: r.population?.source ?? null,
      sourceKeys: r.sourceKeys,
    };
  });

describe("snapshot", () => {
  it("reads back what it wrote, whatever the names contain", () => {
    fc.assert(
      fc.property(fc.array(arbitraryUnit, { maxLength: 20 }), (units) => {
        expect(readSnapshot(writeSnapshot(units), { validate: true })).toEqual(units);
      }),
    );
  });

  it("escapes tabs, line breaks and backslashes in cells", () => {
    const [unit] = readGv100ad(fixtureText("GV100AD_excerpt.txt")).units;
    if (!unit) throw new Error("no unit");
    const odd = { ...unit, nameNative: "a\tb\nc\\d\re\\t" };
    const written = writeSnapshot([odd]);
    expect(written.split("\n")).toHaveLength(4);
    expect(readSnapshot(written)).toEqual([odd]);
  });

  it("names its format and version, and finds columns by name", () => {
    const units = readGv100ad(fixtureText("GV100AD_excerpt.txt")).units;
    const written = writeSnapshot(units);
    expect(written.startsWith(`#registers-snapshot v1\n${snapshotColumns.join("\t")}\n`)).toBe(true);
    const lines = written.split("\n");
    const reordered = [lines[0], `extra\t${lines[1]}`, ...lines.slice(2).map((l) => (l === "" ? l : `x\t${l}`))].join(
      "\n",
    );
    expect(readSnapshot(reordered)).toEqual(units);
  });

  it("refuses other files, newer versions and bad lines", () => {
    expect(() => readSnapshot("code\tlevel\n")).toThrow(SnapshotError);
    expect(() => readSnapshot(`#registers-snapshot v2\n${snapshotColumns.join("\t")}\n`)).toThrow(/newer/);
    expect(() => readSnapshot(`#registers-snapshot v1\ncountry\n`)).toThrow(/missing column level/);
    const bad = `#registers-snapshot v1\n${snapshotColumns.join("\t")}\nFR\tstate\t01${"\t".repeat(12)}\n`;
    expect(() => readSnapshot(bad)).toThrow(/line 3/);
  });
});

describe("the committed snapshot", () => {
  const path = fileURLToPath(new URL("../../../db/registers/registers.tsv.gz", import.meta.url));
  const units = readSnapshot(gunzipSync(readFileSync(path)).toString("utf8"));
  const unit = (country: string, code: string) => units.find((u) => u.country === country && u.code === code);

  it("holds every local government of the three countries", () => {
    const count = (country: string, level: string, codeLength?: number) =>
      units.filter((u) => u.country === country && u.level === level && (!codeLength || u.code.length === codeLength))
        .length;
    expect([count("DE", "state"), count("DE", "county"), count("DE", "municipality")]).toEqual([16, 401, 10747]);
    expect([count("JP", "state"), count("JP", "municipality")]).toEqual([47, 1741]);
    expect(units.filter((u) => u.kind === "特別区")).toHaveLength(23);
    expect([
      count("US", "state"),
      count("US", "county"),
      count("US", "municipality", 7),
      count("US", "municipality", 10),
    ]).toEqual([51, 3144, 19479, 16147]);
  });

  it("is valid unit by unit", () => {
    for (const u of units) {
      const parsed = RegisterUnit.safeParse(u);
      if (!parsed.success) expect.fail(`${u.country} ${u.code}: ${parsed.error.message}`);
    }
  });

  it("has the spot checks of SOURCES.md", () => {
    expect(unit("DE", "08221000")).toMatchObject({ nameNative: "Heidelberg, Stadt", population: 155756 });
    expect(unit("DE", "14625020")?.nameNative).toBe("Bautzen / Budyšin, Stadt, Hochschulstadt / Wysokošulske město");
    expect(unit("JP", "402036")).toMatchObject({ nameEn: "Kurume-shi", population: 303316, cityStatus: "core_city" });
    expect(unit("JP", "075469")).toMatchObject({
      population: 5294,
      populationDate: "2025-01-01",
      populationSource: "S-JP4",
    });
    expect(unit("JP", "016951")).toBeUndefined();
    expect(unit("US", "5363000")).toMatchObject({ nameNative: "Seattle city", population: 780995 });
    expect(unit("US", "1304000")).toMatchObject({ population: 499287, populationSource: "S-US3" });
    expect(unit("US", "2502507000")).toBeUndefined();
  });
});
