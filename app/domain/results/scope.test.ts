import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildVersion, cityArb, measure, questionPool, reorderKeys } from "#tests/support/results/fixtures";
import { createScopeEvaluator, measureScope } from "./scope";

const version = buildVersion({
  scopeQuestions: questionPool,
  measures: [
    // DE partial; owning the utility matters, a stake halves, none means no lever at all.
    measure({
      id: "SUP-01",
      field: "supply_disposal",
      approach: "supply",
      depth: 3,
      sector: "energy",
      legal: { DE: "partial", JP: "full", US: "none" },
      conditions: [
        { question: "de_utility", answers: ["no"], practicalFactor: 0 },
        { question: "de_utility", answers: ["stake"], practicalFactor: 0.5 },
        { question: "de_state", answers: ["bw", "by"], practicalFactor: 0.8 },
        { question: "jp_transit", answers: ["no"], practicalFactor: 0.1 },
      ],
    }),
    // Legal level changed by conditions: BW makes it a duty, NW narrows it.
    measure({
      id: "DEV-01",
      field: "development_planning",
      approach: "regulate",
      depth: 2,
      sector: "energy",
      legal: { DE: "full", JP: "partial", US: "none" },
      conditions: [
        { question: "de_state", answers: ["nw"], legalLevel: "partial" },
        { question: "de_utility", answers: ["no"], legalLevel: "none" },
        { question: "de_state", answers: ["bw"], legalLevel: "mandatory", practicalFactor: 0.9 },
        { question: "us_home_rule", answers: ["yes"], legalLevel: "full" },
        { question: "xx_unknown", answers: ["yes"], legalLevel: "none" },
      ],
    }),
  ],
});
const [sup01, dev01] = version.measures;
if (sup01 === undefined || dev01 === undefined) throw new Error("fixture broken");

describe("measureScope (golden)", () => {
  it("uses the country's level and practical factor 1 when nothing matches", () => {
    // SUP-01 in DE, utility owned, state NW: partial 0.5 × practical 1 = σ 0.5
    const s = measureScope(version, sup01, "DE", { de_utility: "yes", de_state: "nw" });
    expect(s).toMatchObject({
      measureId: "SUP-01",
      countryLegalLevel: "partial",
      legalLevel: "partial",
      legalFactor: 0.5,
      practicalFactor: 1,
      scopeFactor: 0.5,
      matchedConditions: [],
    });
  });

  it("treats a missing answer as no match", () => {
    // nothing answered: partial 0.5 × 1 = 0.5
    expect(measureScope(version, sup01, "DE", {}).scopeFactor).toBe(0.5);
  });

  it("takes the minimum practical factor of all matching conditions", () => {
    // stake caps at 0.5, BW caps at 0.8 → min 0.5; σ = partial 0.5 × 0.5 = 0.25
    const s = measureScope(version, sup01, "DE", { de_utility: "stake", de_state: "bw" });
    expect(s.practicalFactor).toBe(0.5);
    expect(s.scopeFactor).toBe(0.25);
    expect(s.matchedConditions.map((c) => c.conditionIndex)).toEqual([1, 2]);
    expect(s.matchedConditions[0]).toMatchObject({
      question: "de_utility",
      answer: "stake",
      practicalFactor: 0.5,
      legalLevel: null,
    });
  });

  it("gives σ 0 when the city lacks the means", () => {
    // no utility: partial 0.5 × 0 = 0
    expect(measureScope(version, sup01, "DE", { de_utility: "no" }).scopeFactor).toBe(0);
  });

  it("ignores conditions on other countries' questions and stray answers", () => {
    // DE city answering a JP question: the JP condition (0.1) must not apply
    const de = measureScope(version, sup01, "DE", { jp_transit: "no" });
    expect(de.practicalFactor).toBe(1);
    expect(de.matchedConditions).toEqual([]);
    // the same answer for a JP city applies: full 1 × 0.1 = 0.1
    const jp = measureScope(version, sup01, "JP", { jp_transit: "no" });
    expect(jp.scopeFactor).toBe(0.1);
  });

  it("ignores conditions on questions the version does not have", () => {
    // xx_unknown is not among the scope questions: DEV-01 stays full in DE
    expect(measureScope(version, dev01, "DE", { xx_unknown: "yes" }).legalLevel).toBe("full");
  });

  it("lets a condition's legal level override the country's", () => {
    // NW narrows DEV-01 to partial: 0.5 × 1 = 0.5
    expect(measureScope(version, dev01, "DE", { de_state: "nw" })).toMatchObject({
      countryLegalLevel: "full",
      legalLevel: "partial",
      scopeFactor: 0.5,
    });
    // a US home-rule city gets full powers where the country level is none: 1 × 1 = 1
    expect(measureScope(version, dev01, "US", { us_home_rule: "yes" })).toMatchObject({
      countryLegalLevel: "none",
      legalLevel: "full",
      scopeFactor: 1,
    });
  });

  it("makes mandatory beat every other matching level", () => {
    // BW duty (mandatory, practical 0.9) and no utility (none): mandatory wins, 1 × 0.9
    const s = measureScope(version, dev01, "DE", { de_state: "bw", de_utility: "no" });
    expect(s.legalLevel).toBe("mandatory");
    expect(s.legalFactor).toBe(1);
    expect(s.scopeFactor).toBe(0.9);
  });

  it("otherwise takes the lowest matching level", () => {
    // NW (partial) and no utility (none): none → σ 0
    const s = measureScope(version, dev01, "DE", { de_state: "nw", de_utility: "no" });
    expect(s.legalLevel).toBe("none");
    expect(s.scopeFactor).toBe(0);
  });

  it("ignores answers that are not among the condition's answers", () => {
    expect(measureScope(version, dev01, "DE", { de_state: "by" }).legalLevel).toBe("full");
  });

  it("does not read answers from the object prototype", () => {
    const v = buildVersion({
      scopeQuestions: [{ id: "de_utility", country: "DE", options: ["yes", "no"] }],
      measures: [
        measure({
          id: "SUP-02",
          field: "supply_disposal",
          approach: "supply",
          depth: 1,
          sector: "energy",
          legal: "full",
          conditions: [{ question: "toString", answers: ["x"], practicalFactor: 0 }],
        }),
      ],
    });
    const m = v.measures[0];
    if (m === undefined) throw new Error("fixture broken");
    expect(measureScope(v, m, "DE", {}).scopeFactor).toBe(1);
  });
});

describe("measureScope (properties)", () => {
  it("keeps every factor within 0..1 with σ = legal × practical", () => {
    fc.assert(
      fc.property(cityArb({ anyLegalNone: true }), ({ version: v, input }) => {
        const scopeOf = createScopeEvaluator(v, input.country, input.scopeAnswers);
        for (const m of v.measures) {
          const s = scopeOf(m);
          expect(s.practicalFactor).toBeGreaterThanOrEqual(0);
          expect(s.practicalFactor).toBeLessThanOrEqual(1);
          expect(s.scopeFactor).toBeGreaterThanOrEqual(0);
          expect(s.scopeFactor).toBeLessThanOrEqual(1);
          expect(s.scopeFactor).toBe(s.legalFactor * s.practicalFactor);
          expect(s.legalFactor).toBe(v.scoring.legalFactors[s.legalLevel]);
          for (const c of s.matchedConditions) {
            const question = v.scopeQuestions.find((q) => q.id === c.question);
            expect(question?.country).toBe(input.country);
            expect(input.scopeAnswers[c.question]).toBe(c.answer);
          }
        }
      }),
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(
        cityArb(),
        fc.array(fc.integer(), { minLength: 1, maxLength: 8 }),
        ({ version: v, input }, sortKeys) => {
          const a = createScopeEvaluator(v, input.country, input.scopeAnswers);
          const b = createScopeEvaluator(v, input.country, reorderKeys(input.scopeAnswers, sortKeys));
          for (const m of v.measures) expect(b(m)).toEqual(a(m));
        },
      ),
    );
  });

  it("does not depend on the order of the conditions, except for their listing", () => {
    fc.assert(
      fc.property(cityArb({ anyLegalNone: true }), ({ version: v, input }) => {
        const reversed = {
          ...v,
          measures: v.measures.map((m) => ({ ...m, conditions: [...m.conditions].reverse() })),
        };
        const a = createScopeEvaluator(v, input.country, input.scopeAnswers);
        const b = createScopeEvaluator(reversed, input.country, input.scopeAnswers);
        v.measures.forEach((m, i) => {
          const r = reversed.measures[i];
          if (r === undefined) throw new Error("unreachable");
          const sa = a(m);
          const sb = b(r);
          expect(sb.legalLevel).toBe(sa.legalLevel);
          expect(sb.practicalFactor).toBe(sa.practicalFactor);
          expect(sb.scopeFactor).toBe(sa.scopeFactor);
          expect(sb.matchedConditions.length).toBe(sa.matchedConditions.length);
        });
      }),
    );
  });
});
