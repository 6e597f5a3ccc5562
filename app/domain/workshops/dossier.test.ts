import { describe, expect, it } from "vitest";
import { computeActivityProfile } from "#app/domain/results/profile";
import { type Recommendation, recommendMeasures } from "#app/domain/results/recommendations";
import { goldenCity, goldenVersion } from "#tests/support/results/golden";
import { agendaSummary, commentThreads, dossierCity, groupTopics, type StoredComment, sideBySide } from "./dossier";

const profile = computeActivityProfile(goldenVersion, goldenCity);
const recommendations = recommendMeasures(goldenVersion, goldenCity);
const base = { name: "Klimhausen", nameEn: "Klimhausen", country: "DE" as const };

describe("dossierCity", () => {
  it("shows nothing but name and country of a city that has not consented", () => {
    const city = dossierCity({ ...base, municipalityId: "m1", results: { status: "not_shared" } });
    expect(city).toEqual({
      municipalityId: "m1",
      name: "Klimhausen",
      nameEn: "Klimhausen",
      country: "DE",
      shared: false,
      hasResults: false,
      reportingYear: null,
      overall: null,
      fields: null,
      topByField: null,
    });
  });

  it("tells a consenting city without results apart", () => {
    const city = dossierCity({ ...base, municipalityId: "m1", results: { status: "no_results" } });
    expect(city.shared).toBe(true);
    expect(city.hasResults).toBe(false);
    expect(city.fields).toBeNull();
  });

  it("takes figures, bands and at most three recommendations per field of a consenting city", () => {
    const city = dossierCity({
      ...base,
      municipalityId: "m1",
      results: {
        status: "shared",
        reportingYear: 2025,
        profile,
        recommendations,
        bands: { mobility: "top_quarter" },
      },
    });
    expect(city.fields?.mobility).toEqual({
      activity: profile.byField.mobility.activity,
      absoluteActivity: profile.byField.mobility.absoluteActivity,
      scope: profile.byField.mobility.scope,
      band: "top_quarter",
    });
    expect(city.fields?.development_planning.band).toBeNull();
    expect(city.topByField?.mobility.map((r) => r.measureId)).toEqual(
      recommendations.byField.mobility.slice(0, 3).map((r) => r.measureId),
    );
    // Only what the dossier shows: no explanation, efficiency or peer data.
    expect(Object.keys(city.topByField?.mobility[0] ?? {})).toEqual(["measureId", "legalObligation"]);
  });

  it("gives a city without consent empty cells side by side", () => {
    const shared = dossierCity({
      ...base,
      municipalityId: "m1",
      results: { status: "shared", reportingYear: 2025, profile, recommendations, bands: {} },
    });
    const hidden = dossierCity({ ...base, municipalityId: "m2", results: { status: "not_shared" } });
    const rows = sideBySide([shared, hidden]);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.cells[0]?.figure?.activity).toBe(profile.byField[row.field].activity);
      expect(row.cells[1]).toEqual({ municipalityId: "m2", figure: null });
    }
  });
});

describe("groupTopics", () => {
  const rec = (measureId: string) => ({ measureId }) as Recommendation;
  it("lists measures recommended to several cities, most cities first, then by positions", () => {
    const topics = groupTopics(
      [
        { municipalityId: "a", ranked: [rec("MOB-01"), rec("DEV-01"), rec("SUP-01")] },
        { municipalityId: "b", ranked: [rec("DEV-01"), rec("MOB-01"), rec("COM-01")] },
        { municipalityId: "c", ranked: [rec("DEV-01"), rec("COM-01")] },
        { municipalityId: "hidden", ranked: null },
      ],
      { depth: 10, minCities: 2, limit: 10 },
    );
    expect(topics).toEqual([
      { measureId: "DEV-01", municipalityIds: ["a", "b", "c"], rankSum: 4 },
      { measureId: "MOB-01", municipalityIds: ["a", "b"], rankSum: 3 },
      { measureId: "COM-01", municipalityIds: ["b", "c"], rankSum: 5 },
    ]);
  });

  it("counts only the first recommendations of each city", () => {
    const topics = groupTopics(
      [
        { municipalityId: "a", ranked: [rec("MOB-01"), rec("DEV-01")] },
        { municipalityId: "b", ranked: [rec("COM-01"), rec("DEV-01")] },
      ],
      { depth: 1, minCities: 2, limit: 10 },
    );
    expect(topics).toEqual([]);
  });
});

function comment(id: string, parentId: string | null, createdAt: string): StoredComment {
  return {
    id,
    parentId,
    municipalityId: "m1",
    measureId: "MOB-01",
    authorUserId: "u1",
    authorName: "A",
    body: id,
    createdAt,
    editedAt: null,
  };
}

describe("commentThreads", () => {
  it("hangs replies (and replies to replies) under their root, oldest first", () => {
    const threads = commentThreads([
      comment("r2", "r1", "2026-01-03"),
      comment("b", null, "2026-01-02"),
      comment("a", null, "2026-01-01"),
      comment("r1", "a", "2026-01-02T10:00"),
      comment("orphan", "missing", "2026-01-04"),
    ]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1", "r2"]],
      ["b", []],
      ["orphan", []],
    ]);
  });
});

describe("agendaSummary", () => {
  it("ranks marked items by marks, then comments; unmarked items are not on it", () => {
    const summary = agendaSummary(
      [
        { municipalityId: "m1", measureId: "MOB-01" },
        { municipalityId: "m1", measureId: "MOB-01" },
        { municipalityId: null, measureId: "DEV-01" },
        { municipalityId: "m2", measureId: "SUP-01" },
      ],
      [
        { municipalityId: "m2", measureId: "SUP-01" },
        { municipalityId: "m3", measureId: "COM-01" },
      ],
    );
    expect(summary).toEqual([
      { key: "m1:MOB-01", municipalityId: "m1", measureId: "MOB-01", marks: 2, comments: 0 },
      { key: "m2:SUP-01", municipalityId: "m2", measureId: "SUP-01", marks: 1, comments: 1 },
      { key: "group:DEV-01", municipalityId: null, measureId: "DEV-01", marks: 1, comments: 0 },
    ]);
  });
});
