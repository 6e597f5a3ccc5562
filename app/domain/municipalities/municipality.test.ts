import { describe, expect, it } from "vitest";
import { MunicipalityInput, sizeClassOf } from "./municipality";

describe("sizeClassOf", () => {
  it.each([
    [0, "very_small"],
    [4_999, "very_small"],
    [5_000, "small"],
    [19_999, "small"],
    [20_000, "medium"],
    [99_999, "medium"],
    [100_000, "large"],
    [499_999, "large"],
    [500_000, "very_large"],
    [13_900_000, "very_large"],
  ])("puts %i inhabitants in %s", (population, expected) => {
    expect(sizeClassOf(population)).toBe(expected);
  });

  it("rejects negative or non-finite populations", () => {
    expect(() => sizeClassOf(-1)).toThrow(RangeError);
    expect(() => sizeClassOf(Number.NaN)).toThrow(RangeError);
  });
});

describe("MunicipalityInput", () => {
  const base = { country: "JP", region: "静岡県", nameNative: "みどり野市", nameEn: "Midorino", population: 312_000 };

  it("accepts a kind that exists in the country", () => {
    expect(MunicipalityInput.safeParse({ ...base, kind: "core_city" }).success).toBe(true);
  });

  it("rejects a kind from another country", () => {
    const result = MunicipalityInput.safeParse({ ...base, kind: "district_free_city" });
    expect(result.success).toBe(false);
  });
});
