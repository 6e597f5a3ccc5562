import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fieldsOfAction,
  type ImplementationStatus,
  impactApproaches,
  implementationStatuses,
  type QuestionnaireVersion,
  sectors,
} from "#app/domain/questionnaires/schema";
import {
  buildVersion,
  cityArb,
  measure,
  profileInputArb,
  reorder,
  reorderKeys,
  versionArb,
} from "#tests/support/results/fixtures";
import { goldenCity, goldenVersion } from "#tests/support/results/golden";
import {
  type ActivityProfile,
  computeActivityProfile,
  explainGroup,
  figureByField,
  type GroupScore,
  type ProfileInput,
} from "./profile";

function allGroups(p: ActivityProfile): GroupScore[] {
  return [p.overall, ...Object.values(p.byField), ...Object.values(p.byApproach), ...Object.values(p.bySector)];
}

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe("computeActivityProfile (golden)", () => {
  const profile = computeActivityProfile(goldenVersion, goldenCity);
  const line = (id: string) => profile.measures.find((m) => m.measureId === id);

  it("explains every measure, in id order", () => {
    expect(profile.measures.map((m) => m.measureId)).toEqual([
      "COM-01",
      "DEV-01",
      "MOB-01",
      "MOB-02",
      "MUN-01",
      "ORG-01",
      "SUP-01",
    ]);
    // MOB-01: depth 3 × σ (partial 0.5 × practical 1) = 1.5 possible; decided 0.5 → 0.75
    expect(line("MOB-01")).toEqual({
      measureId: "MOB-01",
      field: "mobility",
      approach: "regulate",
      sector: "transport",
      depth: 3,
      depthWeight: 3,
      countryLegalLevel: "partial",
      legalLevel: "partial",
      legalFactor: 0.5,
      practicalFactor: 1,
      scopeFactor: 0.5,
      matchedConditions: [],
      status: "decided",
      statusMissing: false,
      statusWeight: 0.5,
      possible: 1.5,
      achieved: 0.75,
    });
    // SUP-01: depth 3 × σ (full 1 × stake 0.5) = 1.5; in_progress 0.75 → 1.125
    expect(line("SUP-01")).toMatchObject({ scopeFactor: 0.5, possible: 1.5, achieved: 1.125 });
    expect(line("SUP-01")?.matchedConditions).toMatchObject([
      { conditionIndex: 1, question: "de_utility", answer: "stake", practicalFactor: 0.5 },
    ]);
    // DEV-01: BW turns partial into mandatory: depth 2 × σ 1 = 2; planned 0.25 → 0.5
    expect(line("DEV-01")).toMatchObject({
      countryLegalLevel: "partial",
      legalLevel: "mandatory",
      scopeFactor: 1,
      possible: 2,
      achieved: 0.5,
    });
    // COM-01: no status given → not_started 0: depth 1 × σ 1 = 1 possible, 0 achieved
    expect(line("COM-01")).toMatchObject({
      status: "not_started",
      statusMissing: true,
      statusWeight: 0,
      possible: 1,
      achieved: 0,
    });
    // ORG-01: not applicable → 0 and 0, no status weight
    expect(line("ORG-01")).toMatchObject({
      status: "not_applicable",
      statusWeight: null,
      scopeFactor: 1,
      possible: 0,
      achieved: 0,
    });
    // MOB-02: the Japanese transit answer does not apply to a German city: σ 1, 3 possible
    expect(line("MOB-02")).toMatchObject({ scopeFactor: 1, possible: 3, achieved: 0 });
  });

  it("computes the overall group", () => {
    // possible 1 + 2 + 1.5 + 3 + 2 + 0 + 1.5 = 11
    // achieved 0 + 0.5 + 0.75 + 0 + 2 + 0 + 1.125 = 4.375
    // maximum 1 + 2 + 3 + 3 + 2 + 3 = 14 (ORG-01, not applicable, left out)
    expect(profile.overall).toMatchObject({
      kind: "overall",
      key: "all",
      measureCount: 7,
      notApplicableCount: 1,
      possible: 11,
      achieved: 4.375,
      maximum: 14,
    });
    expect(profile.overall.activity).toBeCloseTo(4.375 / 11, 12); // 0.3977
    expect(profile.overall.absoluteActivity).toBe(0.3125); // 4.375 / 14
    expect(profile.overall.scope).toBeCloseTo(11 / 14, 12); // 0.7857
    // achieved by depth: 1 → 0; 2 → 0.5 + 2 = 2.5; 3 → 0.75 + 1.125 = 1.875
    expect(profile.overall.depthMix?.[1]).toBe(0);
    expect(profile.overall.depthMix?.[2]).toBeCloseTo(2.5 / 4.375, 12); // 0.5714
    expect(profile.overall.depthMix?.[3]).toBeCloseTo(1.875 / 4.375, 12); // 0.4286
  });

  it("computes every field, all six present", () => {
    expect(Object.keys(profile.byField).sort()).toEqual([...fieldsOfAction].sort());
    // mobility: MOB-01 1.5/0.75 + MOB-02 3/0 → P 4.5, A 0.75, max 6
    expect(profile.byField.mobility).toMatchObject({ possible: 4.5, achieved: 0.75, maximum: 6 });
    expect(profile.byField.mobility.activity).toBeCloseTo(0.75 / 4.5, 12); // 0.1667
    expect(profile.byField.mobility.absoluteActivity).toBe(0.125); // 0.75 / 6
    expect(profile.byField.mobility.scope).toBe(0.75); // 4.5 / 6
    expect(profile.byField.mobility.depthMix).toEqual({ 1: 0, 2: 0, 3: 1 });
    // supply_disposal: SUP-01 alone: 1.125 / 1.5 = 0.75; 1.125 / 3 = 0.375; 1.5 / 3 = 0.5
    expect(profile.byField.supply_disposal).toMatchObject({
      activity: 0.75,
      absoluteActivity: 0.375,
      scope: 0.5,
    });
    // municipal_assets: MUN-01 implemented: 2 / 2 = 1 everywhere
    expect(profile.byField.municipal_assets).toMatchObject({
      activity: 1,
      absoluteActivity: 1,
      scope: 1,
      depthMix: { 1: 0, 2: 1, 3: 0 },
    });
    // development_planning: DEV-01: 0.5 / 2 = 0.25
    expect(profile.byField.development_planning.activity).toBe(0.25);
    // communication_cooperation: COM-01: 0 / 1 = 0, no achieved points → no depth mix
    expect(profile.byField.communication_cooperation).toMatchObject({
      activity: 0,
      absoluteActivity: 0,
      scope: 1,
      depthMix: null,
    });
    // internal_organisation: only ORG-01, not applicable: nothing to measure → null, not 0
    expect(profile.byField.internal_organisation).toEqual({
      kind: "field",
      key: "internal_organisation",
      measureCount: 1,
      notApplicableCount: 1,
      possible: 0,
      achieved: 0,
      maximum: 0,
      activity: null,
      absoluteActivity: null,
      scope: null,
      depthMix: null,
    });
  });

  it("computes approaches and sectors", () => {
    expect(Object.keys(profile.byApproach).sort()).toEqual([...impactApproaches].sort());
    expect(Object.keys(profile.bySector).sort()).toEqual([...sectors].sort());
    // regulate: MOB-01 1.5/0.75 + DEV-01 2/0.5 → 1.25 / 3.5; max 3 + 2 = 5
    expect(profile.byApproach.regulate).toMatchObject({ possible: 3.5, achieved: 1.25, maximum: 5 });
    expect(profile.byApproach.regulate.activity).toBeCloseTo(1.25 / 3.5, 12); // 0.3571
    // supply: SUP-01 1.5/1.125 + MOB-02 3/0 → 1.125 / 4.5 = 0.25
    expect(profile.byApproach.supply.activity).toBe(0.25);
    // consume: MUN-01 2/2 (+ ORG-01 not applicable) → 1
    expect(profile.byApproach.consume).toMatchObject({ activity: 1, measureCount: 2, maximum: 2 });
    // motivate: COM-01 0/1 → 0
    expect(profile.byApproach.motivate.activity).toBe(0);
    // energy: SUP-01 1.5/1.125 + MUN-01 2/2 + DEV-01 2/0.5 → 3.625 / 5.5; max 7
    expect(profile.bySector.energy).toMatchObject({ possible: 5.5, achieved: 3.625, maximum: 7 });
    expect(profile.bySector.energy.activity).toBeCloseTo(3.625 / 5.5, 12); // 0.6591
    // transport = mobility here
    expect(profile.bySector.transport).toMatchObject({ possible: 4.5, achieved: 0.75 });
    // cross_cutting: COM-01 1/0 (+ ORG-01 n/a) → 0 / 1
    expect(profile.bySector.cross_cutting).toMatchObject({ activity: 0, maximum: 1 });
  });

  it("counts measures outside the legal scope in maximum, not in possible", () => {
    // A US city, nothing started, no answers:
    //   MOB-01 none → σ 0 → P 0 (d 3 still in maximum); DEV-01 none → P 0 (d 2)
    //   SUP-01 3, MUN-01 2, COM-01 1, ORG-01 1, MOB-02 3 → P 10; maximum 3+3+2+1+2+1+3 = 15
    const us = computeActivityProfile(goldenVersion, {
      country: "US",
      scopeAnswers: {},
      measureStatuses: {},
    });
    expect(us.overall).toMatchObject({ possible: 10, achieved: 0, maximum: 15, activity: 0 });
    expect(us.overall.scope).toBeCloseTo(10 / 15, 12);
    expect(us.byField.development_planning).toMatchObject({
      possible: 0,
      maximum: 2,
      activity: null,
      absoluteActivity: 0,
      scope: 0,
    });
  });

  it("applies conditions on the city's own country's questions", () => {
    // A Japanese city without its own transit: MOB-02 practical 0 → σ 0 → P 0
    const jp = computeActivityProfile(goldenVersion, {
      country: "JP",
      scopeAnswers: { jp_transit: "no" },
      measureStatuses: {},
    });
    expect(jp.measures.find((m) => m.measureId === "MOB-02")).toMatchObject({
      practicalFactor: 0,
      scopeFactor: 0,
      possible: 0,
    });
  });

  it("uses the version's weights", () => {
    // Same city, a version with depth weights 1/1/1 and decided 0.4:
    //   MOB-01: 1 × 0.5 = 0.5 possible; decided 0.4 → 0.2 achieved
    const flat = buildVersion({
      measures: [
        measure({
          id: "MOB-01",
          field: "mobility",
          approach: "regulate",
          depth: 3,
          sector: "transport",
          legal: "partial",
        }),
      ],
      scoring: {
        statusWeights: { not_started: 0, planned: 0.2, decided: 0.4, in_progress: 0.6, implemented: 1 },
        depthWeights: { "1": 1, "2": 1, "3": 1 },
        legalFactors: { mandatory: 1, full: 1, partial: 0.5, none: 0 },
        classValues: { low: 1, medium: 2, high: 3 },
        minimumPeerGroupSize: 5,
      },
    });
    const p = computeActivityProfile(flat, goldenCity);
    expect(p.measures[0]).toMatchObject({ depthWeight: 1, possible: 0.5, achieved: 0.2 });
    expect(p.overall.absoluteActivity).toBe(0.2); // 0.2 / 1
  });

  it("ignores statuses of measures the version does not have", () => {
    const p = computeActivityProfile(goldenVersion, {
      ...goldenCity,
      measureStatuses: { ...goldenCity.measureStatuses, "MOB-99": "implemented" },
    });
    expect(p).toEqual(profile);
  });

  it("refuses a version with a duplicated measure id", () => {
    const first = goldenVersion.measures[0];
    if (first === undefined) throw new Error("fixture broken");
    const broken: QuestionnaireVersion = { ...goldenVersion, measures: [...goldenVersion.measures, first] };
    expect(() => computeActivityProfile(broken, goldenCity)).toThrow(/MOB-01 twice/);
  });

  it("explains each group by its own lines", () => {
    expect(explainGroup(profile, "field", "mobility").map((m) => m.measureId)).toEqual(["MOB-01", "MOB-02"]);
    expect(explainGroup(profile, "approach", "consume").map((m) => m.measureId)).toEqual(["MUN-01", "ORG-01"]);
    expect(explainGroup(profile, "sector", "energy").map((m) => m.measureId)).toEqual(["DEV-01", "MUN-01", "SUP-01"]);
    expect(explainGroup(profile, "overall", "all")).toHaveLength(7);
  });

  it("gives one figure per field for peer comparison", () => {
    const activity = figureByField(profile, "activity");
    expect(Object.keys(activity).sort()).toEqual([...fieldsOfAction].sort());
    expect(activity.supply_disposal).toBe(0.75);
    expect(activity.internal_organisation).toBeNull();
    expect(figureByField(profile, "absoluteActivity").mobility).toBe(0.125);
  });
});

describe("computeActivityProfile (properties)", () => {
  it("keeps activity, absolute activity, scope and depth mix within 0..1 or null, never NaN", () => {
    fc.assert(
      fc.property(cityArb({ anyLegalNone: true }), ({ version, input }) => {
        const p = computeActivityProfile(version, input);
        for (const g of allGroups(p)) {
          for (const ratio of [g.activity, g.absoluteActivity, g.scope]) {
            if (ratio !== null) {
              expect(ratio).toBeGreaterThanOrEqual(0);
              expect(ratio).toBeLessThanOrEqual(1);
            }
          }
          expect(g.activity === null).toBe(g.possible === 0);
          expect(g.absoluteActivity === null).toBe(g.maximum === 0);
          expect(g.depthMix === null).toBe(g.achieved === 0);
          if (g.depthMix !== null) {
            const shares = [g.depthMix[1], g.depthMix[2], g.depthMix[3]];
            for (const s of shares) expect(s).toBeGreaterThanOrEqual(0);
            expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          }
          expect(g.achieved).toBeLessThanOrEqual(g.possible);
          expect(g.possible).toBeLessThanOrEqual(g.maximum);
        }
        expect(numbersIn(p).every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it("makes every group's figures the sum of its explanation lines", () => {
    fc.assert(
      fc.property(cityArb(), ({ version, input }) => {
        const p = computeActivityProfile(version, input);
        const check = (g: GroupScore, lines: ReturnType<typeof explainGroup>) => {
          expect(g.measureCount).toBe(lines.length);
          expect(g.notApplicableCount).toBe(lines.filter((l) => l.status === "not_applicable").length);
          expect(g.possible).toBeCloseTo(
            lines.reduce((s, l) => s + l.possible, 0),
            9,
          );
          expect(g.achieved).toBeCloseTo(
            lines.reduce((s, l) => s + l.achieved, 0),
            9,
          );
          for (const l of lines) {
            expect(l.possible).toBe(l.status === "not_applicable" ? 0 : l.depthWeight * l.scopeFactor);
            expect(l.achieved).toBe(l.statusWeight === null ? 0 : l.possible * l.statusWeight);
          }
        };
        check(p.overall, explainGroup(p, "overall", "all"));
        for (const f of fieldsOfAction) check(p.byField[f], explainGroup(p, "field", f));
        for (const a of impactApproaches) check(p.byApproach[a], explainGroup(p, "approach", a));
        for (const s of sectors) check(p.bySector[s], explainGroup(p, "sector", s));
        expect(p.measures).toHaveLength(version.measures.length);
      }),
    );
  });

  it("never lowers any group's activity or achieved points when one status is raised", () => {
    fc.assert(
      fc.property(
        cityArb(),
        fc.nat(),
        fc.constantFrom(...implementationStatuses),
        fc.constantFrom(...implementationStatuses),
        ({ version, input }, which, s1, s2) => {
          const order = (s: ImplementationStatus) => implementationStatuses.indexOf(s);
          const [lower, higher] = order(s1) <= order(s2) ? [s1, s2] : [s2, s1];
          const id = version.measures[which % version.measures.length]?.id ?? "";
          const withStatus = (status: ImplementationStatus): ProfileInput => ({
            ...input,
            measureStatuses: { ...input.measureStatuses, [id]: status },
          });
          const before = computeActivityProfile(version, withStatus(lower));
          const after = computeActivityProfile(version, withStatus(higher));
          const groupsBefore = allGroups(before);
          allGroups(after).forEach((g, i) => {
            const b = groupsBefore[i];
            if (b === undefined) throw new Error("unreachable");
            expect(g.achieved).toBeGreaterThanOrEqual(b.achieved);
            expect(g.possible).toBe(b.possible);
            if (b.activity !== null) expect(g.activity).toBeGreaterThanOrEqual(b.activity);
            else expect(g.activity).toBeNull();
          });
        },
      ),
    );
  });

  it("never increases possible points when a measure's legal scope becomes none, and gives it σ 0", () => {
    fc.assert(
      fc.property(cityArb(), fc.nat(), ({ version, input }, which) => {
        const index = which % version.measures.length;
        const target = version.measures[index];
        if (target === undefined) throw new Error("unreachable");
        const none = {
          ...target,
          legalScope: {
            ...target.legalScope,
            [input.country]: { ...target.legalScope[input.country], level: "none" as const },
          },
          // A condition can set the level too; legal scope none means none after conditions.
          conditions: target.conditions.map((c) =>
            c.legalLevel === undefined ? c : { ...c, legalLevel: "none" as const },
          ),
        };
        const restricted: QuestionnaireVersion = {
          ...version,
          measures: version.measures.map((m, i) => (i === index ? none : m)),
        };
        const before = computeActivityProfile(version, input);
        const after = computeActivityProfile(restricted, input);
        const groupsBefore = allGroups(before);
        allGroups(after).forEach((g, i) => {
          const b = groupsBefore[i];
          if (b === undefined) throw new Error("unreachable");
          expect(g.possible).toBeLessThanOrEqual(b.possible);
          expect(g.achieved).toBeLessThanOrEqual(b.achieved);
          expect(g.maximum).toBe(b.maximum);
        });
        const line = after.measures.find((m) => m.measureId === target.id);
        expect(line?.legalLevel).toBe("none");
        expect(line?.scopeFactor).toBe(0);
        expect(line?.possible).toBe(0);
      }),
    );
  });

  it("does not depend on the order of measures, answers or statuses", () => {
    fc.assert(
      fc.property(
        cityArb({ anyLegalNone: true }),
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        ({ version, input }, sortKeys) => {
          const shuffledVersion = { ...version, measures: reorder(version.measures, sortKeys) };
          const shuffledInput: ProfileInput = {
            country: input.country,
            scopeAnswers: reorderKeys(input.scopeAnswers, sortKeys),
            measureStatuses: reorderKeys(input.measureStatuses, [...sortKeys].reverse()),
          };
          expect(computeActivityProfile(shuffledVersion, shuffledInput)).toEqual(
            computeActivityProfile(version, input),
          );
        },
      ),
    );
  });

  it("is not changed by other cities' data and does not change its inputs", () => {
    fc.assert(
      fc.property(
        versionArb().chain((version) =>
          fc.record({
            version: fc.constant(version),
            own: profileInputArb(version),
            others: fc.array(profileInputArb(version), { maxLength: 4 }),
          }),
        ),
        ({ version, own, others }) => {
          const first = computeActivityProfile(deepFreeze(version), deepFreeze(own));
          const snapshot = structuredClone(first);
          for (const other of others) computeActivityProfile(version, deepFreeze(other));
          expect(computeActivityProfile(version, own)).toEqual(first);
          expect(first).toEqual(snapshot);
        },
      ),
    );
  });
});
