import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldsOfAction } from "#app/domain/questionnaires/schema";
import { buildVersion, cityArb, measure, reorder, reorderKeys } from "#tests/support/results/fixtures";
import { goldenCity, goldenVersion } from "#tests/support/results/golden";
import { computeActivityProfile } from "./profile";
import {
  compareRecommendations,
  type PeerUptake,
  type Recommendation,
  type RecommendationInput,
  recommendMeasures,
  type SectorShares,
} from "./recommendations";

const balance: SectorShares = { energyShare: 0.6, transportShare: 0.3 };

describe("recommendMeasures (golden)", () => {
  // Candidates of the golden city (MUN-01 implemented and ORG-01 not applicable drop out).
  // efficiency = potential × d × σ × (1 − w) × sector weight ÷ effort, energy 0.6, transport 0.3:
  //   DEV-01  2 × 2 × 1   × (1 − 0.25) × 1.6 ÷ 2 = 2.4      legal obligation (BW)
  //   MOB-02  2 × 3 × 1   × (1 − 0)    × 1.3 ÷ 3 = 2.6
  //   MOB-01  3 × 3 × 0.5 × (1 − 0.5)  × 1.3 ÷ 2 = 1.4625
  //   COM-01  1 × 1 × 1   × (1 − 0)    × 1   ÷ 1 = 1        cross-cutting
  //   SUP-01  3 × 3 × 0.5 × (1 − 0.75) × 1.6 ÷ 3 = 0.6
  const result = recommendMeasures(goldenVersion, { ...goldenCity, co2Balance: balance });
  const byId = (id: string) => result.ranked.find((r) => r.measureId === id);

  it("ranks obligations first, then by efficiency", () => {
    expect(result.ranked.map((r) => r.measureId)).toEqual(["DEV-01", "MOB-02", "MOB-01", "COM-01", "SUP-01"]);
    expect(byId("DEV-01")?.efficiency).toBeCloseTo(2.4, 12);
    expect(byId("MOB-02")?.efficiency).toBeCloseTo(2.6, 12);
    expect(byId("MOB-01")?.efficiency).toBeCloseTo(1.4625, 12);
    expect(byId("COM-01")?.efficiency).toBe(1);
    expect(byId("SUP-01")?.efficiency).toBeCloseTo(0.6, 12);
    expect(result.ranked.map((r) => r.legalObligation)).toEqual([true, false, false, false, false]);
  });

  it("explains each recommendation as data", () => {
    expect(byId("MOB-01")).toEqual({
      measureId: "MOB-01",
      field: "mobility",
      approach: "regulate",
      legalObligation: false,
      efficiency: expect.closeTo(1.4625, 12),
      peerUptake: null,
      explanation: {
        legalObligation: false,
        legalLevel: "partial",
        countryLegalLevel: "partial",
        legalFactor: 0.5,
        practicalFactor: 1,
        scopeFactor: 0.5,
        matchedConditions: [],
        potential: "high",
        potentialValue: 3,
        effort: "medium",
        effortValue: 2,
        depth: 3,
        depthWeight: 3,
        status: "decided",
        statusWeight: 0.5,
        remainingShare: 0.5,
        sector: "transport",
        sectorShare: 0.3,
        sectorWeight: 1.3,
      },
    });
    expect(byId("DEV-01")?.explanation).toMatchObject({
      legalObligation: true,
      countryLegalLevel: "partial",
      legalLevel: "mandatory",
      matchedConditions: [{ question: "de_state", answer: "bw", legalLevel: "mandatory" }],
      sectorShare: 0.6,
      sectorWeight: 1.6,
    });
    expect(byId("COM-01")?.explanation).toMatchObject({ sectorShare: null, sectorWeight: 1 });
  });

  it("groups by field, all six present, in the same order", () => {
    expect(Object.keys(result.byField).sort()).toEqual([...fieldsOfAction].sort());
    expect(result.byField.mobility.map((r) => r.measureId)).toEqual(["MOB-02", "MOB-01"]);
    expect(result.byField.municipal_assets).toEqual([]);
    expect(result.byField.internal_organisation).toEqual([]);
    expect(result.byField.development_planning.map((r) => r.measureId)).toEqual(["DEV-01"]);
  });

  it("uses sector weight 1 without a balance", () => {
    // DEV-01 2 × 2 × 1 × 0.75 ÷ 2 = 1.5 (still first); MOB-02 2 × 3 ÷ 3 = 2;
    // MOB-01 3 × 3 × 0.5 × 0.5 ÷ 2 = 1.125; COM-01 1; SUP-01 3 × 3 × 0.5 × 0.25 ÷ 3 = 0.375
    for (const co2Balance of [undefined, null]) {
      const r = recommendMeasures(goldenVersion, { ...goldenCity, co2Balance });
      expect(r.ranked.map((x) => [x.measureId, x.efficiency])).toEqual([
        ["DEV-01", 1.5],
        ["MOB-02", 2],
        ["MOB-01", 1.125],
        ["COM-01", 1],
        ["SUP-01", 0.375],
      ]);
      for (const x of r.ranked) {
        expect(x.explanation.sectorShare).toBeNull();
        expect(x.explanation.sectorWeight).toBe(1);
      }
    }
  });

  it("leaves out measures without scope", () => {
    // A US city: MOB-01 and DEV-01 have legal scope none there → σ 0 → not recommended
    const r = recommendMeasures(goldenVersion, {
      country: "US",
      scopeAnswers: {},
      measureStatuses: {},
    });
    expect(r.ranked.map((x) => x.measureId).sort()).toEqual(["COM-01", "MOB-02", "MUN-01", "ORG-01", "SUP-01"]);
  });

  it("breaks ties by measure id", () => {
    const twin = (id: string) =>
      measure({
        id,
        field: "communication_cooperation",
        approach: "motivate",
        depth: 1,
        sector: "cross_cutting",
        potential: "low",
        effort: "low",
        legal: "full",
      });
    // both: 1 × 1 × 1 × 1 × 1 ÷ 1 = 1
    const v = buildVersion({ measures: [twin("COM-03"), twin("COM-01"), twin("COM-02")] });
    const r = recommendMeasures(v, { country: "JP", scopeAnswers: {}, measureStatuses: {} });
    expect(r.ranked.map((x) => x.measureId)).toEqual(["COM-01", "COM-02", "COM-03"]);
  });

  it("passes peer uptake through without using it", () => {
    const peerUptake: Record<string, PeerUptake> = {
      "MOB-02": { implementedCount: 3, peerCount: 7 },
      "MUN-01": { implementedCount: 5, peerCount: 7 },
    };
    const r = recommendMeasures(goldenVersion, { ...goldenCity, co2Balance: balance, peerUptake });
    expect(r.ranked.find((x) => x.measureId === "MOB-02")?.peerUptake).toEqual({
      implementedCount: 3,
      peerCount: 7,
    });
    expect(r.ranked.find((x) => x.measureId === "MOB-01")?.peerUptake).toBeNull();
    expect(r.ranked.map((x) => x.measureId)).toEqual(result.ranked.map((x) => x.measureId));
  });

  it("refuses balance shares outside 0..1", () => {
    for (const bad of [
      { energyShare: 1.2, transportShare: 0 },
      { energyShare: 0.5, transportShare: -0.1 },
      { energyShare: Number.NaN, transportShare: 0 },
    ]) {
      expect(() => recommendMeasures(goldenVersion, { ...goldenCity, co2Balance: bad })).toThrow(RangeError);
    }
  });
});

const shares = fc.record({
  energyShare: fc.double({ min: 0, max: 1, noNaN: true }),
  transportShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

const recommendationCaseArb = cityArb({ anyLegalNone: true }).chain(({ version, input }) =>
  fc
    .record({
      co2Balance: fc.option(shares, { nil: null }),
      peerUptake: fc.dictionary(
        fc.constantFrom(...version.measures.map((m) => m.id)),
        fc.record({ implementedCount: fc.nat(20), peerCount: fc.nat(20) }),
      ),
    })
    .map(({ co2Balance, peerUptake }) => ({
      version,
      input: { ...input, co2Balance, peerUptake } satisfies RecommendationInput,
    })),
);

function withoutUptake(list: readonly Recommendation[]) {
  return list.map(({ peerUptake: _, ...rest }) => rest);
}

describe("recommendMeasures (properties)", () => {
  it("recommends exactly the measures in scope that are neither implemented nor not applicable", () => {
    fc.assert(
      fc.property(recommendationCaseArb, ({ version, input }) => {
        const profile = computeActivityProfile(version, input);
        const expected = profile.measures
          .filter((m) => m.scopeFactor > 0 && m.status !== "implemented" && m.status !== "not_applicable")
          .map((m) => m.measureId)
          .sort();
        const { ranked } = recommendMeasures(version, input);
        expect(ranked.map((r) => r.measureId).sort()).toEqual(expected);
        for (const r of ranked) {
          const line = profile.measures.find((m) => m.measureId === r.measureId);
          expect(line?.scopeFactor).toBeGreaterThan(0);
          expect(line?.status).not.toBe("implemented");
          expect(line?.status).not.toBe("not_applicable");
          expect(r.explanation.scopeFactor).toBe(line?.scopeFactor);
          expect(r.legalObligation).toBe(line?.legalLevel === "mandatory");
        }
      }),
    );
  });

  it("sorts obligations first, then efficiency descending, then id", () => {
    fc.assert(
      fc.property(recommendationCaseArb, ({ version, input }) => {
        const { ranked, byField } = recommendMeasures(version, input);
        for (let i = 1; i < ranked.length; i += 1) {
          const a = ranked[i - 1];
          const b = ranked[i];
          if (a === undefined || b === undefined) throw new Error("unreachable");
          if (a.legalObligation === b.legalObligation) {
            expect(a.efficiency).toBeGreaterThanOrEqual(b.efficiency);
            if (a.efficiency === b.efficiency) expect(a.measureId < b.measureId).toBe(true);
          } else {
            expect(a.legalObligation).toBe(true);
          }
          expect(compareRecommendations(a, b)).toBeLessThan(0);
        }
        for (const field of fieldsOfAction) {
          expect(byField[field]).toEqual(ranked.filter((r) => r.field === field));
        }
      }),
    );
  });

  it("computes efficiency from the factors it explains", () => {
    fc.assert(
      fc.property(recommendationCaseArb, ({ version, input }) => {
        for (const r of recommendMeasures(version, input).ranked) {
          const e = r.explanation;
          expect(e.potentialValue).toBe(version.scoring.classValues[e.potential]);
          expect(e.effortValue).toBe(version.scoring.classValues[e.effort]);
          expect(e.remainingShare).toBe(1 - e.statusWeight);
          const expectedShare =
            input.co2Balance === null || e.sector === "cross_cutting"
              ? null
              : e.sector === "energy"
                ? input.co2Balance.energyShare
                : input.co2Balance.transportShare;
          expect(e.sectorShare).toBe(expectedShare);
          expect(e.sectorWeight).toBe(1 + (expectedShare ?? 0));
          expect(r.efficiency).toBe(
            (e.potentialValue * e.depthWeight * e.scopeFactor * e.remainingShare * e.sectorWeight) / e.effortValue,
          );
          expect(Number.isFinite(r.efficiency)).toBe(true);
          expect(r.efficiency).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("does not depend on the order of measures, answers or statuses", () => {
    fc.assert(
      fc.property(
        recommendationCaseArb,
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        ({ version, input }, sortKeys) => {
          const shuffled = recommendMeasures(
            { ...version, measures: reorder(version.measures, sortKeys) },
            {
              ...input,
              scopeAnswers: reorderKeys(input.scopeAnswers, sortKeys),
              measureStatuses: reorderKeys(input.measureStatuses, [...sortKeys].reverse()),
            },
          );
          expect(shuffled).toEqual(recommendMeasures(version, input));
        },
      ),
    );
  });

  it("lets peer uptake change nothing but the uptake it carries", () => {
    fc.assert(
      fc.property(recommendationCaseArb, ({ version, input }) => {
        const withPeers = recommendMeasures(version, input).ranked;
        const alone = recommendMeasures(version, { ...input, peerUptake: {} }).ranked;
        expect(withoutUptake(withPeers)).toEqual(withoutUptake(alone));
        for (const r of withPeers) {
          expect(r.peerUptake).toEqual(input.peerUptake[r.measureId] ?? null);
        }
      }),
    );
  });
});
