import { describe, expect, it } from "vitest";
import { fixtureText } from "#tests/support/registers-fixtures";
import { diffRegisters } from "./diff";
import { readFlatCsv } from "./flat-csv";
import { readGv100ad } from "./gv100ad";
import type { RegisterUnit } from "./unit";

const before = readGv100ad(fixtureText("GV100AD_excerpt.txt")).units;
// The made-up next vintage keeps the populations; pinning their date isolates the changes of territory.
const after = readGv100ad(fixtureText("GV100AD_excerpt_next_vintage.txt"), { populationDate: "2024-12-31" }).units;

describe("diffRegisters", () => {
  it("finds nothing between a register and itself", () => {
    const diff = diffRegisters(before, before);
    expect(diff.changes).toEqual([]);
    expect(diff.counts).toMatchObject({ unchanged: before.length, added: 0, removed: 0 });
  });

  it("reports a renamed Gemeinde and a merger between two vintages", () => {
    const diff = diffRegisters(before, after);
    expect(diff.counts).toEqual({
      unchanged: before.length - 3,
      added: 1,
      removed: 2,
      renamed: 1,
      parent_changed: 0,
      kind_changed: 0,
      population_changed: 0,
    });
    expect(diff.changes.find((c) => c.type === "renamed")).toMatchObject({
      unit: { code: "08226009" },
      before: { nameNative: "Brühl", nameEn: null },
      after: { nameNative: "Brühl (Baden)", nameEn: null },
    });
    const removed = diff.changes.filter((c) => c.type === "removed");
    expect(removed.map((c) => [c.unit.code, c.successor])).toEqual([
      ["08226012", { code: "08226110", basis: "suggested" }],
      ["08226036", { code: "08226110", basis: "suggested" }],
    ]);
    expect(diff.changes.find((c) => c.type === "added")).toMatchObject({
      unit: { code: "08226110", nameNative: "Dossenheim-Ilvesheim", parentCode: "08226" },
      predecessors: [],
    });
  });

  it("reports every population whose reference date moved with the new edition", () => {
    const inferred = readGv100ad(fixtureText("GV100AD_excerpt_next_vintage.txt")).units;
    const diff = diffRegisters(before, inferred);
    expect(diff.counts.population_changed).toBe(before.length - 2);
    expect(diff.changes.find((c) => c.type === "population_changed" && c.unit.code === "08221000")).toMatchObject({
      before: { population: 155756, date: "2024-12-31" },
      after: { population: 155756, date: "2025-12-31" },
    });
  });

  it("reports population, kind and parent changes with the old and new values", () => {
    const weinheim = before.find((u) => u.code === "08226096") as RegisterUnit;
    const changed = before.map((u) =>
      u === weinheim
        ? {
            ...u,
            population: 50000,
            populationDate: "2025-12-31",
            kind: "Stadt",
            cityStatus: null,
            parentCode: "08221",
          }
        : u,
    );
    const diff = diffRegisters(before, changed);
    expect(diff.changes.map((c) => c.type)).toEqual(["parent_changed", "kind_changed", "population_changed"]);
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        type: "population_changed",
        before: { population: weinheim.population, date: "2024-12-31" },
        after: { population: 50000, date: "2025-12-31" },
      }),
    );
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        type: "kind_changed",
        before: { kind: "Stadt (Große Kreisstadt)", cityStatus: "grosse_kreisstadt" },
        after: { kind: "Stadt", cityStatus: null },
      }),
    );
  });

  it("follows a unit re-coded under the same name in the same state (Hanau 06435014 → 06415000)", () => {
    const hanau = before.find((u) => u.code === "06415000") as RegisterUnit;
    const earlier = before
      .filter((u) => u.code !== "06415")
      .map((u) =>
        u === hanau ? { ...u, code: "06435014", parentCode: "06435", altCodes: { ars: "064350014014" } } : u,
      );
    const diff = diffRegisters(earlier, before);
    expect(diff.changes.find((c) => c.type === "removed")).toMatchObject({
      unit: { code: "06435014" },
      successor: { code: "06415000", basis: "recoded" },
    });
    expect(diff.changes.filter((c) => c.type === "added").map((c) => [c.unit.code, c.predecessors])).toEqual([
      ["06415", []],
      ["06415000", ["06435014"]],
    ]);
  });

  it("takes a successor stated in our CSV over any guess", () => {
    const { successions } = readFlatCsv(fixtureText("flat_handmade.csv"));
    const hanau = before.find((u) => u.code === "06415000") as RegisterUnit;
    const earlier = [
      ...before.filter((u) => u.code !== "06415000"),
      { ...hanau, code: "06435014", parentCode: "06435" },
    ];
    const withoutHanau = before.filter((u) => u.code !== "06415000");
    const diff = diffRegisters(earlier, withoutHanau, { successions });
    expect(diff.changes).toEqual([
      expect.objectContaining({ type: "removed", successor: { code: "06415000", basis: "explicit" } }),
    ]);
  });

  it("compares only the countries and levels the new file holds, unless asked", () => {
    const japanese: RegisterUnit = {
      country: "JP",
      level: "state",
      code: "130001",
      altCodes: { jis5: "13000" },
      parentCode: null,
      nameNative: "東京都",
      nameEn: "Tokyo",
      kind: "都",
      cityStatus: null,
      population: null,
      populationDate: null,
      populationSource: null,
      sourceKeys: ["S-JP1"],
    };
    expect(diffRegisters([...before, japanese], before).counts.removed).toBe(0);
    expect(diffRegisters([...before, japanese], before, { scope: "all" }).counts.removed).toBe(1);
  });
});
