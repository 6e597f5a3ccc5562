import { describe, expect, it } from "vitest";
import type { RecommendationInput } from "#app/domain/results/recommendations";
import {
  latestSectorShares,
  methodChanges,
  perCapita,
  reductionPaths,
  sectorShares,
  trendAgainstBase,
} from "./analysis";
import { type Balance, type BalanceTarget, emptyFinalEnergy, emptySectors } from "./model";

function balance(year: number, total: number, overrides: Partial<Balance> = {}): Balance {
  return {
    year,
    population: 100_000,
    sectors: { ...emptySectors(), households: total },
    total,
    finalEnergy: emptyFinalEnergy(),
    method: { standard: "bisko", electricity: "national_mix", dataQuality: "medium", source: null },
    ...overrides,
  };
}

// A German city of 250,000 in 2022: 1,850,000 t CO2e.
const klimhausen2022: Balance = balance(2022, 1_850_000, {
  population: 250_000,
  sectors: {
    households: 460_000,
    commerce: 280_000,
    industry: 470_000,
    municipal: 40_000,
    transport_road: 560_000,
    transport_rail: 25_000,
    transport_other: 15_000,
    waste: null,
    other: null,
  },
});

describe("perCapita (hand-computed)", () => {
  it("divides every figure by the population of the balance's year", () => {
    const figures = perCapita(klimhausen2022);
    // total 1,850,000 t ÷ 250,000 inhabitants = 7.4 t per inhabitant
    expect(figures.total).toBeCloseTo(7.4, 12);
    // energy = 460,000 + 280,000 + 470,000 + 40,000 = 1,250,000 t → ÷ 250,000 = 5.0 t
    expect(figures.energy).toBeCloseTo(5, 12);
    // transport = 560,000 + 25,000 + 15,000 = 600,000 t → ÷ 250,000 = 2.4 t
    expect(figures.transport).toBeCloseTo(2.4, 12);
    // households 460,000 ÷ 250,000 = 1.84 t
    expect(figures.sectors.households).toBeCloseTo(1.84, 12);
    // not reported stays not reported
    expect(figures.sectors.waste).toBeNull();
  });

  it("refuses a balance without inhabitants", () => {
    expect(() => perCapita({ ...klimhausen2022, population: 0 })).toThrow(RangeError);
  });
});

describe("sectorShares (hand-computed)", () => {
  it("gives the energy and transport subtotals as shares of the total", () => {
    // energy 1,250,000 ÷ 1,850,000 = 0.675676 (25/37); transport 600,000 ÷ 1,850,000 = 0.324324 (12/37)
    const shares = sectorShares(klimhausen2022);
    expect(shares.energyShare).toBeCloseTo(25 / 37, 12);
    expect(shares.transportShare).toBeCloseTo(12 / 37, 12);
  });

  it("leaves waste and other out of both shares", () => {
    // total 1,000 = energy 600 + transport 300 + waste 100: shares 0.6 and 0.3
    const shares = sectorShares({
      sectors: { ...emptySectors(), households: 600, transport_road: 300, waste: 100 },
      total: 1_000,
    });
    expect(shares).toEqual({ energyShare: 0.6, transportShare: 0.3 });
  });

  it("takes the latest balance, and null without any", () => {
    const older = balance(2019, 1_000, { sectors: { ...emptySectors(), transport_road: 1_000 } });
    // latest is 2022: transport 600,000 of 1,850,000
    expect(latestSectorShares([klimhausen2022, older])?.transportShare).toBeCloseTo(12 / 37, 12);
    expect(latestSectorShares([])).toBeNull();
  });

  it("feeds the recommendation ranking's SectorShares type", () => {
    // compile-time check that the shapes match; the ranking accepts it as co2Balance
    const shares: RecommendationInput["co2Balance"] = latestSectorShares([klimhausen2022]);
    expect(shares?.energyShare).toBeGreaterThan(0);
  });
});

describe("trendAgainstBase (hand-computed)", () => {
  const target: BalanceTarget = {
    baseYear: 1990,
    baseYearTotal: 2_960_000,
    targetYear: 2030,
    reductionPercent: 65,
    netZeroYear: 2045,
  };

  it("compares the latest balance with the stated base-year figure", () => {
    const trend = trendAgainstBase(target, [balance(2019, 2_000_000), klimhausen2022]);
    expect(trend?.baseFrom).toBe("target");
    expect(trend?.latestYear).toBe(2022);
    // (1,850,000 − 2,960,000) ÷ 2,960,000 = −1,110,000 ÷ 2,960,000 = −0.375
    expect(trend?.change).toBeCloseTo(-0.375, 12);
    // 32 years: (1,850,000 ÷ 2,960,000)^(1/32) − 1 = 0.625^(1/32) − 1;
    //   ln 0.625 = −0.470004, ÷ 32 = −0.014688, e^… = 0.985420 → −0.014580
    expect(trend?.annualRate).toBeCloseTo(0.625 ** (1 / 32) - 1, 12);
    expect(trend?.annualRate).toBeCloseTo(-0.01458, 5);
  });

  it("prefers a stored balance of the base year", () => {
    const trend = trendAgainstBase({ ...target, baseYear: 2019 }, [balance(2019, 2_000_000), klimhausen2022]);
    expect(trend?.baseFrom).toBe("balance");
    // (1,850,000 − 2,000,000) ÷ 2,000,000 = −0.075
    expect(trend?.change).toBeCloseTo(-0.075, 12);
  });

  it("has no trend without a base figure or without a later balance", () => {
    expect(trendAgainstBase({ ...target, baseYearTotal: null }, [klimhausen2022])).toBeNull();
    expect(trendAgainstBase({ ...target, baseYear: 2022 }, [klimhausen2022])).toBeNull();
  });
});

describe("reductionPaths (hand-computed)", () => {
  const target: BalanceTarget = {
    baseYear: 1990,
    baseYearTotal: 2_960_000,
    targetYear: 2030,
    reductionPercent: 65,
    netZeroYear: 2045,
  };

  it("gives the average annual reduction from the latest year to the interim target and to net zero", () => {
    const [interim, netZero] = reductionPaths(target, [klimhausen2022]);
    // interim target = 2,960,000 × (1 − 0.65) = 1,036,000 t in 2030
    expect(interim?.targetTotal).toBeCloseTo(1_036_000, 6);
    // 2030 − 2022 = 8 years; (1,850,000 − 1,036,000) ÷ 8 = 814,000 ÷ 8 = 101,750 t per year
    expect(interim?.years).toBe(8);
    expect(interim?.tonnesPerYear).toBeCloseTo(101_750, 6);
    // 101,750 ÷ 1,850,000 = 0.055 → 5.5 % of today's emissions per year
    expect(interim?.shareOfLatestPerYear).toBeCloseTo(0.055, 12);
    // compounded: 1 − (1,036,000 ÷ 1,850,000)^(1/8) = 1 − 0.56^(1/8);
    //   ln 0.56 = −0.579818, ÷ 8 = −0.072477, e^… = 0.930087 → 0.069913
    expect(interim?.compoundRate).toBeCloseTo(1 - 0.56 ** (1 / 8), 12);
    expect(interim?.compoundRate).toBeCloseTo(0.069913, 5);
    expect(interim?.status).toBe("required");

    // net zero 2045: 23 years; 1,850,000 ÷ 23 ≈ 80,434.78 t per year; ÷ 1,850,000 = 1/23 ≈ 0.043478
    expect(netZero?.years).toBe(23);
    expect(netZero?.tonnesPerYear).toBeCloseTo(1_850_000 / 23, 6);
    expect(netZero?.shareOfLatestPerYear).toBeCloseTo(1 / 23, 12);
    expect(netZero?.compoundRate).toBeNull();
  });

  it("says reached when the latest balance is already below the target", () => {
    // target 2030: 1,000 × (1 − 0.4) = 600; latest 2024: 550 ≤ 600
    const [interim] = reductionPaths(
      { baseYear: 2013, baseYearTotal: null, targetYear: 2030, reductionPercent: 40, netZeroYear: null },
      [balance(2013, 1_000), balance(2024, 550)],
    );
    expect(interim?.targetTotal).toBeCloseTo(600, 9);
    expect(interim?.status).toBe("reached");
    expect(interim?.tonnesPerYear).toBe(0);
  });

  it("says overdue when the target year has passed without reaching it", () => {
    // target 2020: 1,000 × 0.8 = 800; latest 2022: 900; gap 100, no years left
    const [interim] = reductionPaths(
      { baseYear: 2010, baseYearTotal: 1_000, targetYear: 2020, reductionPercent: 20, netZeroYear: null },
      [balance(2022, 900)],
    );
    expect(interim?.status).toBe("overdue");
    expect(interim?.tonnesPerYear).toBeCloseTo(100, 9);
  });

  it("needs a base figure for the interim target but not for net zero, and a balance for both", () => {
    const noBase: BalanceTarget = { ...target, baseYearTotal: null };
    expect(reductionPaths(noBase, [klimhausen2022]).map((p) => p.kind)).toEqual(["net_zero"]);
    expect(reductionPaths(target, [])).toEqual([]);
  });
});

describe("methodChanges", () => {
  it("lists consecutive years made under different methods", () => {
    const changes = methodChanges([
      balance(2018, 1),
      balance(2020, 1, {
        method: { standard: "bisko", electricity: "local_supplier", dataQuality: "high", source: null },
      }),
      balance(2019, 1),
    ]);
    expect(changes).toEqual([
      { fromYear: 2019, toYear: 2020, differences: [{ kind: "electricity", a: "national_mix", b: "local_supplier" }] },
    ]);
  });
});
