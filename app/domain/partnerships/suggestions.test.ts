import { describe, expect, it } from "vitest";
import { computeActivityProfile, type MeasureStatus } from "#app/domain/results/profile";
import { buildVersion, measure } from "#tests/support/results/fixtures";
import type { Country } from "../vocabulary";
import { measuresToLearn, type PartnerCity, suggestPartners } from "./suggestions";

// Two measures in mobility, two in planning, one in organisation; all within scope everywhere.
const version = buildVersion({
  measures: [
    measure({ id: "MOB-01", field: "mobility", approach: "supply", depth: 3, sector: "transport", legal: "full" }),
    measure({ id: "MOB-02", field: "mobility", approach: "regulate", depth: 1, sector: "transport", legal: "full" }),
    measure({
      id: "DEV-01",
      field: "development_planning",
      approach: "regulate",
      depth: 2,
      sector: "energy",
      legal: "full",
    }),
    measure({
      id: "DEV-02",
      field: "development_planning",
      approach: "regulate",
      depth: 3,
      sector: "energy",
      legal: "full",
    }),
    measure({
      id: "ORG-01",
      field: "internal_organisation",
      approach: "consume",
      depth: 1,
      sector: "cross_cutting",
      legal: { DE: "full", JP: "none", US: "full" },
    }),
  ],
});

function city(id: string, country: Country, statuses: Record<string, MeasureStatus>): PartnerCity {
  return {
    municipalityId: id,
    country,
    profile: computeActivityProfile(version, { country, scopeAnswers: {}, measureStatuses: statuses }),
  };
}

const strongInPlanning = city("de", "DE", {
  "DEV-01": "implemented",
  "DEV-02": "implemented",
  "MOB-01": "not_started",
  "MOB-02": "planned",
  "ORG-01": "implemented",
});
const strongInMobility = city("jp", "JP", {
  "DEV-01": "not_started",
  "DEV-02": "planned",
  "MOB-01": "implemented",
  "MOB-02": "implemented",
});
const alike = city("us-alike", "US", {
  "DEV-01": "implemented",
  "DEV-02": "implemented",
  "MOB-01": "not_started",
  "MOB-02": "planned",
  "ORG-01": "implemented",
});
const sameCountry = city("de-2", "DE", { "MOB-01": "implemented", "MOB-02": "implemented" });

describe("suggestPartners", () => {
  it("suggests a city in another country that is strong where the subject is weak, with what each can learn", () => {
    const [suggestion, ...rest] = suggestPartners(strongInPlanning, [strongInMobility, alike, sameCountry]);
    expect(rest).toEqual([]);
    expect(suggestion?.municipalityId).toBe("jp");
    expect(suggestion?.theirStrengths).toEqual(["mobility"]);
    expect(suggestion?.ourStrengths).toEqual(["development_planning"]);
    // Deeper measures first; MOB-02 is merely planned by the subject, so still open.
    expect(suggestion?.learnFromThem).toEqual(["MOB-01", "MOB-02"]);
    expect(suggestion?.learnFromUs).toEqual(["DEV-02", "DEV-01"]);
  });

  it("scores gain for the subject plus half the gain for the partner", () => {
    const [suggestion] = suggestPartners(strongInPlanning, [strongInMobility]);
    // mobility: subject 0.25·1 of 4 possible → 1/16; partner 1 → gain 15/16
    // planning: subject 1, partner (0 + 0.25·3)/5 = 0.15 → partner's gain 0.85
    expect(suggestion?.score).toBeCloseTo(15 / 16 + 0.5 * 0.85, 12);
  });

  it("never suggests the city itself, a city of the same country or one with nothing to teach", () => {
    expect(suggestPartners(strongInPlanning, [strongInPlanning, sameCountry, alike])).toEqual([]);
  });

  it("compares only fields of comparable scope", () => {
    // ORG-01 is outside Japanese scope: the organisation field has scope 0 in Japan, 1 in Germany.
    const japanese = strongInMobility.profile.byField.internal_organisation;
    expect(japanese.scope).toBe(0);
    const suggestion = suggestPartners(strongInMobility, [strongInPlanning])[0];
    expect(suggestion?.theirStrengths).not.toContain("internal_organisation");
  });

  it("orders by score and does not depend on the order of candidates", () => {
    const weak = city("us-weak", "US", { "MOB-01": "planned" });
    const candidates = [alike, strongInMobility, weak];
    const forward = suggestPartners(strongInPlanning, candidates);
    const backward = suggestPartners(strongInPlanning, [...candidates].reverse());
    expect(backward).toEqual(forward);
    for (let i = 1; i < forward.length; i++) {
      expect(forward[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(forward[i]?.score ?? 0);
    }
  });
});

describe("measuresToLearn", () => {
  it("leaves out what the learner implemented, marked not applicable or may not do", () => {
    const learner = city("jp-2", "JP", { "MOB-01": "implemented", "DEV-01": "not_applicable" });
    const teacher = city("de-3", "DE", {
      "MOB-01": "implemented",
      "DEV-01": "implemented",
      "DEV-02": "implemented",
      "ORG-01": "implemented",
    });
    expect(measuresToLearn(learner.profile, teacher.profile, [])).toEqual(["DEV-02"]);
  });

  it("puts the preferred fields first and respects the limit", () => {
    const learner = city("jp-3", "JP", {});
    const teacher = city("de-4", "DE", { "MOB-02": "implemented", "DEV-02": "implemented", "DEV-01": "implemented" });
    expect(measuresToLearn(learner.profile, teacher.profile, ["mobility"])).toEqual(["MOB-02", "DEV-02", "DEV-01"]);
    expect(measuresToLearn(learner.profile, teacher.profile, ["mobility"], 1)).toEqual(["MOB-02"]);
  });
});
