import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cityArb } from "#tests/support/results/fixtures";
import { goldenCity, goldenVersion } from "#tests/support/results/golden";
import { rankReasons } from "./reasons";
import { recommendMeasures } from "./recommendations";

describe("rankReasons (golden)", () => {
  // The golden city with a balance (energy 0.6, transport 0.3) and peer uptake for MOB-01.
  const result = recommendMeasures(goldenVersion, {
    ...goldenCity,
    co2Balance: { energyShare: 0.6, transportShare: 0.3 },
    peerUptake: { "MOB-01": { implementedCount: 4, peerCount: 12 } },
  });
  const reasonsOf = (id: string) => {
    const recommendation = result.ranked.find((r) => r.measureId === id);
    if (!recommendation) throw new Error(`no recommendation ${id}`);
    return rankReasons(recommendation);
  };

  it("puts a legal obligation first and names the sector's share", () => {
    // DEV-01: mandatory in Baden-Württemberg, planned, energy sector, depth 2.
    expect(reasonsOf("DEV-01")).toEqual([
      { code: "legal_obligation" },
      { code: "potential_effort", potential: "medium", effort: "medium" },
      { code: "sector_share", sector: "energy", share: 0.6 },
      { code: "depth", depth: 2 },
      { code: "started", status: "planned", remainingShare: 0.75 },
    ]);
  });

  it("explains a limited legal scope, work under way and peer uptake", () => {
    // MOB-01: partial legal scope (σ 0.5), decided, transport, uptake 4 of 12.
    expect(reasonsOf("MOB-01")).toEqual([
      { code: "potential_effort", potential: "high", effort: "medium" },
      { code: "sector_share", sector: "transport", share: 0.3 },
      { code: "depth", depth: 3 },
      { code: "started", status: "decided", remainingShare: 0.5 },
      { code: "limited_scope", scopeFactor: 0.5, legalLevel: "partial", practical: false },
      { code: "peer_uptake", implementedCount: 4, peerCount: 12 },
    ]);
  });

  it("names a practical limit and leaves out the sector for cross-cutting measures", () => {
    // SUP-01: full legal scope, stake in the utility caps it at 0.5.
    expect(reasonsOf("SUP-01")).toContainEqual({
      code: "limited_scope",
      scopeFactor: 0.5,
      legalLevel: "full",
      practical: true,
    });
    expect(reasonsOf("COM-01").map((r) => r.code)).toEqual(["potential_effort", "depth"]);
  });
});

const share = fc.double({ min: 0, max: 1, noNaN: true });
const balanceArb = fc.record({ energyShare: share, transportShare: share });

describe("rankReasons (properties)", () => {
  it("always explains potential, effort and depth; obligations and sector shares exactly when they apply", () => {
    fc.assert(
      fc.property(cityArb(), fc.option(balanceArb, { nil: null }), ({ version, input }, co2Balance) => {
        for (const recommendation of recommendMeasures(version, { ...input, co2Balance }).ranked) {
          const reasons = rankReasons(recommendation);
          const codes = reasons.map((r) => r.code);
          expect(codes).toContain("potential_effort");
          expect(codes).toContain("depth");
          expect(codes.includes("legal_obligation")).toBe(recommendation.legalObligation);
          if (recommendation.legalObligation) expect(codes[0]).toBe("legal_obligation");
          expect(codes.includes("sector_share")).toBe(recommendation.explanation.sectorShare !== null);
          expect(new Set(codes).size).toBe(codes.length);
        }
      }),
    );
  });
});
