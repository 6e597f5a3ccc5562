import { describe, expect, it } from "vitest";
import { syntheticCountryProfiles, syntheticMunicipalities } from "./synthetic-dataset";

describe("synthetic national-scale dataset", () => {
  const all = [...syntheticMunicipalities()];

  it("has every local government of the three countries", () => {
    expect(all.filter((m) => m.country === "DE")).toHaveLength(syntheticCountryProfiles.DE.count);
    expect(all.filter((m) => m.country === "JP")).toHaveLength(syntheticCountryProfiles.JP.count);
    expect(all.filter((m) => m.country === "US")).toHaveLength(syntheticCountryProfiles.US.count);
  });

  it("is deterministic for a seed", () => {
    const again = [...syntheticMunicipalities()].slice(0, 50);
    expect(again).toEqual(all.slice(0, 50));
  });

  it("has realistic sizes: many small German and US places, larger Japanese ones", () => {
    const median = (country: string) => {
      const sorted = all
        .filter((m) => m.country === country)
        .map((m) => m.population)
        .sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? 0;
    };
    expect(median("DE")).toBeGreaterThan(1_000);
    expect(median("DE")).toBeLessThan(4_000);
    expect(median("JP")).toBeGreaterThan(15_000);
    expect(median("US")).toBeLessThan(3_000);
    // Every size class has at least five cities per country, so peer groups can be shown.
    for (const country of ["DE", "JP", "US"]) {
      for (const sizeClass of ["very_small", "small", "medium", "large"]) {
        const n = all.filter((m) => m.country === country && m.sizeClass === sizeClass).length;
        expect(n, `${country} ${sizeClass}`).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
