import { describe, expect, it } from "vitest";
import {
  balanceToFields,
  confirmationCovers,
  parseBalance,
  parseTarget,
  plausibilityWarnings,
  sameBalance,
  warningToken,
} from "./fields";

/** A German balance as typed into the form, in kt CO2e. */
const stated = {
  year: "2022",
  population: "248300",
  emissions_unit: "kt",
  households: "460",
  commerce: "280",
  industry: "470",
  municipal: "40",
  transport_road: "560",
  transport_rail: "25",
  transport_other: "15",
  waste: "",
  other: "",
  energy_subtotal: "1250",
  transport_subtotal: "600",
  total: "1850",
  energy_unit: "",
  standard: "bisko",
  electricity: "national_mix",
  data_quality: "medium",
  source: "Klimaschutzkonzept 2024, Anhang B",
};

describe("parseBalance", () => {
  it("converts kt to t and keeps unreported sectors empty", () => {
    const result = parseBalance(stated);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // 1,850 kt = 1,850,000 t
    expect(result.balance.total).toBe(1_850_000);
    expect(result.balance.sectors.households).toBe(460_000);
    expect(result.balance.sectors.waste).toBeNull();
    expect(result.balance.method).toEqual({
      standard: "bisko",
      electricity: "national_mix",
      dataQuality: "medium",
      source: "Klimaschutzkonzept 2024, Anhang B",
    });
  });

  it("converts decimals without float noise", () => {
    // 1.1 kt × 1000 = 1100.0000000000002 in floating point; stored as 1100
    const result = parseBalance({
      ...stated,
      households: "1.1",
      commerce: "",
      industry: "",
      municipal: "",
      transport_road: "",
      transport_rail: "",
      transport_other: "",
      energy_subtotal: "",
      transport_subtotal: "",
      total: "1.1",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.balance.total).toBe(1100);
  });

  it("refuses negative values, text in number fields and missing units", () => {
    const result = parseBalance({ ...stated, households: "-5", commerce: "viel", emissions_unit: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ field: "households", key: "balances.validation.negative" });
    expect(result.problems).toContainEqual({
      field: "commerce",
      key: "balances.validation.notANumber",
      params: { value: "viel" },
    });
    expect(result.problems).toContainEqual({ field: "emissions_unit", key: "balances.validation.choose" });
  });

  it("refuses a total that does not match the sectors beyond rounding", () => {
    // sectors sum to 1,850 kt; 1,858 kt is 8 kt (0.43 %) off: within 0.5 % → accepted
    expect(parseBalance({ ...stated, total: "1858" }).ok).toBe(true);
    // 1,870 kt is 20 kt (1.07 %) off → refused, with the sum in the stated unit
    const result = parseBalance({ ...stated, total: "1870" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      field: "total",
      key: "balances.validation.totalMismatch",
      params: { sum: 1850, total: 1870, unit: "kt" },
    });
  });

  it("refuses subtotals that do not match their sectors", () => {
    // energy = 460 + 280 + 470 + 40 = 1,250; 1,300 is off by 50
    const result = parseBalance({ ...stated, energy_subtotal: "1300" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(["energy_subtotal"]);
  });

  it("needs an energy unit when final energy is given, and converts GWh to MWh", () => {
    const withoutUnit = parseBalance({ ...stated, energy_households: "1200" });
    expect(withoutUnit.ok).toBe(false);
    const withUnit = parseBalance({ ...stated, energy_unit: "GWh", energy_households: "1200.5" });
    if (!withUnit.ok) throw new Error(JSON.stringify(withUnit.problems));
    // 1,200.5 GWh = 1,200,500 MWh
    expect(withUnit.balance.finalEnergy.households).toBe(1_200_500);
  });

  it("accepts units as reports write them", () => {
    const result = parseBalance({ ...stated, emissions_unit: "kt CO2e" });
    expect(result.ok).toBe(true);
  });

  it("needs at least one sector, a year in range and a whole population", () => {
    const empty = parseBalance({
      ...stated,
      households: "",
      commerce: "",
      industry: "",
      municipal: "",
      transport_road: "",
      transport_rail: "",
      transport_other: "",
      energy_subtotal: "",
      transport_subtotal: "",
    });
    expect(empty.ok).toBe(false);
    const bad = parseBalance({ ...stated, year: "1850", population: "1000.5" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.field, p.key])).toEqual([
      ["year", "balances.validation.outOfRange"],
      ["population", "balances.validation.wholeNumber"],
    ]);
  });

  it("round-trips through balanceToFields (in t)", () => {
    const first = parseBalance(stated);
    if (!first.ok) throw new Error("invalid");
    const second = parseBalance(
      Object.fromEntries(
        Object.entries(balanceToFields(first.balance)).map(([k, v]) => [k, v === null ? "" : String(v)]),
      ),
    );
    if (!second.ok) throw new Error(JSON.stringify(second.problems));
    expect(sameBalance(first.balance, second.balance)).toBe(true);
  });
});

describe("plausibilityWarnings (hand-computed)", () => {
  const base = { year: 2022, population: 10_000, total: 80_000 };

  it("warns above 50 t per inhabitant", () => {
    // 600,000 t ÷ 10,000 = 60 t > 50
    const warnings = plausibilityWarnings({ ...base, total: 600_000 }, { neighbours: [] });
    expect(warnings).toEqual([{ code: "per_capita_high", params: { perCapita: 60, limit: 50 } }]);
    // 80,000 ÷ 10,000 = 8 t: no warning
    expect(plausibilityWarnings(base, { neighbours: [] })).toEqual([]);
  });

  it("warns below 1 t per inhabitant (kt typed as t)", () => {
    // 80 t ÷ 10,000 = 0.008 t
    expect(plausibilityWarnings({ ...base, total: 80 }, { neighbours: [] })[0]?.code).toBe("per_capita_low");
  });

  it("warns about a change above 50 % against the nearest earlier and later balance", () => {
    const neighbours = [
      { year: 2018, total: 10_000 },
      { year: 2021, total: 50_000 },
      { year: 2023, total: 82_000 },
    ];
    // nearest earlier 2021: (80,000 − 50,000) ÷ 50,000 = +0.6 > 0.5 → warning
    // nearest later 2023: (82,000 − 80,000) ÷ 80,000 = +0.025 → none; 2018 is not the nearest
    expect(plausibilityWarnings(base, { neighbours })).toEqual([
      { code: "change_high", params: { otherYear: 2021, change: 0.6, limit: 0.5 } },
    ]);
    // exactly +50 % is not above 50 %
    expect(plausibilityWarnings(base, { neighbours: [{ year: 2021, total: 80_000 / 1.5 }] })).toEqual([]);
  });

  it("ignores the balance's own year among the neighbours", () => {
    expect(plausibilityWarnings(base, { neighbours: [{ year: 2022, total: 1 }] })).toEqual([]);
  });

  it("warns when the stated population is far from the registered one", () => {
    // |10,000 − 25,000| ÷ 25,000 = 0.6 > 0.5
    const warnings = plausibilityWarnings(base, { neighbours: [], registeredPopulation: 25_000 });
    expect(warnings).toEqual([{ code: "population_mismatch", params: { registered: 25_000, stated: 10_000 } }]);
  });

  it("accepts a confirmation only when it covers every current warning", () => {
    const warnings = plausibilityWarnings({ ...base, total: 600_000 }, { neighbours: [{ year: 2021, total: 80_000 }] });
    const token = warningToken(warnings);
    expect(token).toBe("change_high:2021,per_capita_high");
    expect(confirmationCovers(warnings, token)).toBe(true);
    expect(confirmationCovers(warnings, "per_capita_high")).toBe(false);
    expect(confirmationCovers([], "")).toBe(true);
  });
});

describe("parseTarget", () => {
  it("accepts a reduction by a target year, a net-zero year, or both", () => {
    expect(parseTarget({ base_year: "2013", target_year: "2030", reduction_percent: "46" })).toEqual({
      ok: true,
      target: { baseYear: 2013, baseYearTotal: null, targetYear: 2030, reductionPercent: 46, netZeroYear: null },
    });
    expect(parseTarget({ base_year: "1990", base_year_total: "2960000", net_zero_year: "2045" }).ok).toBe(true);
  });

  it("needs a target, the percentage with its year, and years after the base year", () => {
    expect(parseTarget({ base_year: "2013" }).ok).toBe(false);
    expect(parseTarget({ base_year: "2013", target_year: "2030" }).ok).toBe(false);
    expect(parseTarget({ base_year: "2013", net_zero_year: "2010" }).ok).toBe(false);
    expect(parseTarget({ base_year: "2013", target_year: "2030", reduction_percent: "120" }).ok).toBe(false);
  });
});
