import { describe, expect, it } from "vitest";
import { type ComparisonRow, latestPerMunicipality, perCapitaComparison } from "./compare";
import { emptySectors } from "./model";

function row(id: string, country: ComparisonRow["country"], perCapita: number, overrides: Partial<ComparisonRow> = {}) {
  return {
    municipalityId: id,
    country,
    year: 2022,
    population: 10_000,
    sectors: { ...emptySectors(), households: perCapita * 10_000 },
    total: perCapita * 10_000,
    standard: country === "JP" ? "jp_moe_manual" : "bisko",
    electricity: country === "JP" ? "regional_grid" : "national_mix",
    ...overrides,
  } satisfies ComparisonRow;
}

describe("perCapitaComparison (hand-computed)", () => {
  const germany = [4, 6, 8, 10, 12].map((t, i) => row(`de${i}`, "DE", t));
  const japan = [7, 9].map((t, i) => row(`jp${i}`, "JP", t));

  it("gives per-capita quartiles per country and hides groups under five", () => {
    const [de, jp, all] = perCapitaComparison([...germany, ...japan]);
    expect(de?.group).toBe("DE");
    // 4 6 8 10 12 t per inhabitant, n 5, h = 4p: q1 6, median 8, q3 10
    expect(de?.measures.total).toEqual({ n: 5, min: 4, q1: 6, median: 8, q3: 10, max: 12 });
    // households reported by all five, same figures
    expect(de?.measures.households?.median).toBe(8);
    // nobody reports transport: no distribution
    expect(de?.measures.transport).toBeNull();
    expect(de?.differences).toEqual([]);
    // two Japanese municipalities: not shown
    expect(jp?.group).toBe("JP");
    expect(jp?.municipalities).toBe(2);
    expect(jp?.measures.total).toBeNull();
    // all seven: 4 6 7 8 9 10 12, h = 6p: q1 at 1.5 → 6.5, median at 3 → 8, q3 at 4.5 → 9.5
    expect(all?.group).toBe("all");
    expect(all?.measures.total).toEqual({ n: 7, min: 4, q1: 6.5, median: 8, q3: 9.5, max: 12 });
  });

  it("never compares different methods silently", () => {
    const groups = perCapitaComparison([...germany, ...japan]);
    const all = groups.find((g) => g.group === "all");
    expect(all?.methods).toEqual([
      { standard: "bisko", electricity: "national_mix", count: 5 },
      { standard: "jp_moe_manual", electricity: "regional_grid", count: 2 },
    ]);
    expect(all?.differences.length).toBeGreaterThan(0);
    expect(all?.differences[0]).toEqual({ kind: "standard", a: "bisko", b: "jp_moe_manual" });
  });

  it("uses each municipality's latest balance once", () => {
    const rows = [row("a", "DE", 10, { year: 2019 }), row("a", "DE", 8, { year: 2022 }), row("b", "DE", 5)];
    expect(latestPerMunicipality(rows).map((r) => [r.municipalityId, r.year])).toEqual([
      ["a", 2022],
      ["b", 2022],
    ]);
    const [de] = perCapitaComparison(rows, 2);
    // a 8 and b 5
    expect(de?.measures.total).toMatchObject({ n: 2, min: 5, max: 8 });
    expect(de?.years).toEqual({ from: 2022, to: 2022 });
  });

  it("returns no ranks, only distributions", () => {
    const [de] = perCapitaComparison(germany);
    expect(Object.keys(de ?? {}).sort()).toEqual([
      "differences",
      "group",
      "measures",
      "methods",
      "municipalities",
      "years",
    ]);
  });
});
