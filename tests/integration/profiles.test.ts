import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { missingAnswers, scoringInput } from "#app/domain/assessments/answers";
import { computeActivityProfile, distribution, figureKeys, profileFigures } from "#app/domain/results";
import { reopenAssessment, saveAnswers, submitAssessment } from "#app/server/assessments/assessments.server";
import { demoPeersPerCountry } from "#app/server/demo/profiles.server";
import { sampleAnswers, seedOf } from "#app/server/demo/sample-answers";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { findResultsAssessment } from "#app/server/results/assessment.server";
import { setRecommendationMark } from "#app/server/results/marks.server";
import { peerBandsForAssessment } from "#app/server/results/peers.server";
import { recommendationsPage } from "#app/server/results/recommendations.server";
import { recomputeAllProfiles } from "#app/server/results/recompute.server";
import {
  latestSubmittedAssessmentId,
  profileForAssessment,
  recommendationsForAssessment,
} from "#app/server/results/submitted.server";
import type { Database } from "#db/schema";
import {
  actorByEmail,
  createMunicipalityWithAssessment,
  createRespondent,
  municipalityIdByName,
} from "#tests/support/assessment-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

async function roundOf(db: Kysely<Database>, municipalityId: string, status: "in_progress" | "submitted") {
  const row = await db
    .selectFrom("assessment")
    .select("id")
    .where("municipality_id", "=", municipalityId)
    .where("status", "=", status)
    .orderBy("reporting_year", "desc")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function profileRows(db: Kysely<Database>) {
  return db.selectFrom("assessment_profile").selectAll().orderBy("assessment_id").execute();
}

async function distributions(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("peer_distribution")
    .select(["group_kind", "group_key", "figure", "n", "min", "q1", "median", "q3", "max"])
    .orderBy("group_kind")
    .orderBy("group_key")
    .orderBy("figure")
    .execute();
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

async function uptakeRows(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("peer_uptake")
    .select(["group_kind", "group_key", "measure_id", "implemented"])
    .orderBy("group_kind")
    .orderBy("group_key")
    .orderBy("measure_id")
    .execute();
  return rows.map((row) => ({ ...row, implemented: Number(row.implemented) }));
}

describe.each(testDialects)("profiles on %s", (dialect) => {
  let database: TestDatabase;
  let klimhausen: string;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await prepareDatabase(database.db, { seedDemo: true });
    klimhausen = await municipalityIdByName(database.db, "Klimhausen");
  });
  afterEach(async () => {
    await database.destroy();
  });

  const actor = (email: string) => actorByEmail(database.db, email);

  describe("the demo", () => {
    it("gives every municipality a submitted 2025 round with a profile, and carries it into an incomplete 2026 round", async () => {
      const demo = await database.db.selectFrom("municipality").select(["id", "country"]).execute();
      expect(demo).toHaveLength(9 + 3 * demoPeersPerCountry);
      const rows = await profileRows(database.db);
      expect(rows).toHaveLength(demo.length);
      expect(rows.every((row) => row.is_latest === 1 && row.reporting_year === 2025)).toBe(true);

      const open = await database.db
        .selectFrom("assessment")
        .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
        .innerJoin("questionnaire_version", "questionnaire_version.id", "assessment.questionnaire_version_id")
        .select([
          "assessment.answers",
          "assessment.carry_over",
          "municipality.country",
          "questionnaire_version.id as v",
        ])
        .where("assessment.status", "=", "in_progress")
        .execute();
      expect(open).toHaveLength(9);
      for (const round of open) {
        const marks = JSON.parse(round.carry_over ?? "null") as { fromYear: number; carried: string[] } | null;
        expect(marks?.fromYear).toBe(2025);
        expect(marks?.carried.length).toBeGreaterThan(20);
        const version = await questionnaireVersionById(database.db, round.v);
        expect(missingAnswers(version, round.country, JSON.parse(round.answers)).length).toBeGreaterThan(0);
      }
    });

    it("shows a demo city its bands in every country group, and hides the partner group below five", async () => {
      const respondent = await actor("de.city@demo.test");
      const bands = await peerBandsForAssessment(
        database.db,
        await roundOf(database.db, klimhausen, "submitted"),
        respondent,
      );
      expect(bands?.groups.map((g) => g.kind)).toEqual(["size_class", "country", "all_countries", "partners"]);
      for (const group of bands?.groups.slice(0, 3) ?? []) {
        expect(group.others).toBeGreaterThanOrEqual(5);
        for (const key of figureKeys) {
          expect(group.places[key].distribution).not.toBeNull();
          expect(["bottom_quarter", "middle_half", "top_quarter"]).toContain(group.places[key].band);
        }
      }
      const partners = bands?.groups[3];
      expect(partners?.others).toBe(0);
      for (const key of figureKeys) expect(partners?.places[key]).toMatchObject({ distribution: null, band: null });
      // No rank or position anywhere in what a city is shown.
      expect(JSON.stringify(bands)).not.toMatch(/rank|position/i);
    });
  });

  describe("the cache", () => {
    it("stores the figures the scoring core computes, and distributions of exactly the latest rounds", async () => {
      const id = await roundOf(database.db, klimhausen, "submitted");
      const row = await database.db
        .selectFrom("assessment_profile")
        .selectAll()
        .where("assessment_id", "=", id)
        .executeTakeFirstOrThrow();
      const stored = await database.db
        .selectFrom("assessment")
        .select(["answers", "questionnaire_version_id"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      const version = await questionnaireVersionById(database.db, stored.questionnaire_version_id);
      const figures = profileFigures(
        computeActivityProfile(version, scoringInput(version, "DE", JSON.parse(stored.answers))),
      );
      expect(row.overall_activity).toBeCloseTo(figures.activity.overall ?? Number.NaN, 12);
      expect(row.mobility_scope).toBeCloseTo(figures.scope.mobility ?? Number.NaN, 12);
      expect(JSON.parse(row.implemented)).toEqual(figures.implemented);

      const germanLarge = (await profileRows(database.db)).filter(
        (r) => r.country === "DE" && r.size_class === "large" && r.is_latest === 1,
      );
      const expected = distribution(
        germanLarge.flatMap((r) => (r.overall_activity === null ? [] : [r.overall_activity])),
        1,
      );
      const storedDistribution = (await distributions(database.db)).find(
        (d) => d.group_kind === "size_class" && d.group_key === "DE:large" && d.figure === "overall",
      );
      expect(storedDistribution?.n).toBe(expected?.n);
      expect(storedDistribution?.median).toBeCloseTo(expected?.median ?? Number.NaN, 12);
      expect(storedDistribution?.q3).toBeCloseTo(expected?.q3 ?? Number.NaN, 12);
    });

    it("follows a submit and a reopen, and a full recompute gives the same state", async () => {
      const respondentCity = await createMunicipalityWithAssessment(database.db, {
        name: "Profilstadt",
        country: "DE",
        population: 150_000,
        reportingYear: 2026,
      });
      const respondent = await createRespondent(database.db, {
        municipalityId: respondentCity.municipalityId,
        email: "profile@profilstadt.test",
      });
      const person = await actor(respondent.email);
      const loaded = await findResultsAssessment(database.db, person, respondentCity.assessmentId);
      if (!loaded) throw new Error("own assessment not found");
      expect(loaded).toMatchObject({ provisional: true, canMark: true });
      const answers = sampleAnswers(loaded.version, {
        country: "DE",
        kind: "district_free_city",
        population: 150_000,
        engagement: 0.7,
        seed: seedOf("Profilstadt"),
      });
      expect(
        await saveAnswers(database.db, person, respondentCity.assessmentId, { baseRevision: 0, changes: answers }),
      ).toMatchObject({ outcome: "saved" });
      const overallOf = async () =>
        (await distributions(database.db)).find(
          (d) => d.group_kind === "size_class" && d.group_key === "DE:large" && d.figure === "overall",
        )?.n;
      const before = await overallOf();
      expect(await profileForAssessment(database.db, respondentCity.assessmentId)).toBeNull();

      expect(await submitAssessment(database.db, person, respondentCity.assessmentId)).toMatchObject({
        outcome: "submitted",
      });
      expect(await overallOf()).toBe((before ?? 0) + 1);
      expect(await latestSubmittedAssessmentId(database.db, respondentCity.municipalityId)).toBe(
        respondentCity.assessmentId,
      );
      expect((await profileForAssessment(database.db, respondentCity.assessmentId))?.overall.activity).toBeGreaterThan(
        0,
      );
      const incremental = {
        rows: await profileRows(database.db),
        distributions: await distributions(database.db),
        uptake: await uptakeRows(database.db),
      };

      await recomputeAllProfiles(database.db);
      const rebuilt = {
        rows: await profileRows(database.db),
        distributions: await distributions(database.db),
        uptake: await uptakeRows(database.db),
      };
      expect(rebuilt.uptake).toEqual(incremental.uptake);
      const withoutTime = <T extends { computed_at: string }>(rows: T[]) => rows.map(({ computed_at: _, ...r }) => r);
      expect(withoutTime(rebuilt.rows)).toEqual(withoutTime(incremental.rows));
      expect(rebuilt.distributions.length).toBe(incremental.distributions.length);
      rebuilt.distributions.forEach((d, i) => {
        const other = incremental.distributions[i];
        expect({ ...d, median: 0, q1: 0, q3: 0 }).toEqual({ ...other, median: 0, q1: 0, q3: 0 });
        expect(d.median).toBeCloseTo(other?.median ?? Number.NaN, 12);
      });

      const researcher = await actor("researcher@demo.test");
      expect(await reopenAssessment(database.db, researcher, respondentCity.assessmentId, "a correction")).toBe(true);
      expect(await overallOf()).toBe(before);
      expect(
        await database.db
          .selectFrom("assessment_profile")
          .select("assessment_id")
          .where("assessment_id", "=", respondentCity.assessmentId)
          .execute(),
      ).toEqual([]);
    });
  });

  describe("who sees what", () => {
    it("shows a round in progress only to its own staff and researchers, as provisional", async () => {
      const open = await roundOf(database.db, klimhausen, "in_progress");
      expect(await findResultsAssessment(database.db, await actor("de.city@demo.test"), open)).toMatchObject({
        provisional: true,
        canMark: true,
      });
      expect(await findResultsAssessment(database.db, await actor("researcher@demo.test"), open)).toMatchObject({
        provisional: true,
        canMark: false,
      });
      expect(await findResultsAssessment(database.db, await actor("jp.city@demo.test"), open)).toBeNull();
      expect(await findResultsAssessment(database.db, await actor("participant@demo.test"), open)).toBeNull();
    });

    it("shows submitted results by each municipality's sharing setting", async () => {
      const other = await actor("jp.city@demo.test");
      const submittedOf = async (name: string) =>
        roundOf(database.db, await municipalityIdByName(database.db, name), "submitted");
      // Grünwalde shares with everyone signed in, Sonnbach with nobody.
      expect(await findResultsAssessment(database.db, other, await submittedOf("Grünwalde an der Aue"))).toMatchObject({
        provisional: false,
        canReadAnswers: false,
        canMark: false,
      });
      expect(await findResultsAssessment(database.db, other, await submittedOf("Sonnbach"))).toBeNull();
      expect(await peerBandsForAssessment(database.db, await submittedOf("Sonnbach"), other)).toBeNull();
      // Klimhausen shares with workshops; the demo participant is in its workshop.
      const participant = await actor("participant@demo.test");
      expect(await findResultsAssessment(database.db, participant, await submittedOf("Klimhausen"))).not.toBeNull();
      expect(await findResultsAssessment(database.db, participant, await submittedOf("Sonnbach"))).toBeNull();
    });

    it("names only cities whose sharing allows it, and shows marks to own staff and researchers only", async () => {
      const submitted = await roundOf(database.db, klimhausen, "submitted");
      const respondent = await actor("de.city@demo.test");
      const researcher = await actor("researcher@demo.test");
      const own = await findResultsAssessment(database.db, respondent, submitted);
      const staff = await findResultsAssessment(database.db, researcher, submitted);
      if (!own || !staff) throw new Error("not visible");
      const named = (page: Awaited<ReturnType<typeof recommendationsPage>>) =>
        new Set(Object.values(page.byField).flatMap((list) => list.flatMap((r) => r.examples.map((e) => e.name))));
      const forRespondent = named(await recommendationsPage(database.db, respondent, own, "en"));
      const forResearcher = named(await recommendationsPage(database.db, researcher, staff, "en"));
      // The synthetic peers share nothing: named to researchers, never to another city.
      expect([...forRespondent].some((name) => name.startsWith("Vergleichskommune"))).toBe(false);
      expect([...forResearcher].some((name) => name.startsWith("Vergleichskommune"))).toBe(true);
      for (const name of forRespondent) expect(["Grünwalde an der Aue", "Lakeshore Heights"]).toContain(name);

      const measureId = (await recommendationsForAssessment(database.db, submitted))?.ranked[0]?.measureId ?? "";
      expect(
        await setRecommendationMark(database.db, respondent, submitted, {
          measureId,
          mark: "not_for_us",
          reason: "No depot.",
        }),
      ).toBe("saved");
      expect(
        await setRecommendationMark(database.db, respondent, submitted, {
          measureId,
          mark: "interested",
          reason: null,
        }),
      ).toBe("saved");
      expect(
        await setRecommendationMark(database.db, researcher, submitted, {
          measureId,
          mark: "interested",
          reason: null,
        }),
      ).toBe("not_found");
      expect(
        await setRecommendationMark(database.db, await actor("jp.city@demo.test"), submitted, {
          measureId,
          mark: "interested",
          reason: null,
        }),
      ).toBe("not_found");
      expect(
        await setRecommendationMark(database.db, respondent, submitted, {
          measureId: "MOB-99",
          mark: "interested",
          reason: null,
        }),
      ).toBe("unknown_measure");
      const marks = await database.db.selectFrom("recommendation_mark").selectAll().execute();
      expect(marks).toHaveLength(1);
      expect(marks[0]).toMatchObject({ municipality_id: klimhausen, measure_id: measureId, mark: "interested" });

      const seenByResearcher = await recommendationsPage(database.db, researcher, staff, "en");
      const marked = Object.values(seenByResearcher.byField)
        .flat()
        .find((r) => r.measureId === measureId);
      expect(marked?.mark).toMatchObject({ mark: "interested", setBy: "Klimaschutzmanagement Klimhausen" });
      const grunwalde = await findResultsAssessment(
        database.db,
        respondent,
        await roundOf(database.db, await municipalityIdByName(database.db, "Grünwalde an der Aue"), "submitted"),
      );
      if (!grunwalde) throw new Error("Grünwalde not visible");
      expect((await recommendationsPage(database.db, respondent, grunwalde, "en")).marksShown).toBe(false);

      expect(
        await setRecommendationMark(database.db, respondent, submitted, { measureId, mark: "none", reason: null }),
      ).toBe("cleared");
      expect(await database.db.selectFrom("recommendation_mark").selectAll().execute()).toEqual([]);
      const audited = await database.db
        .selectFrom("audit_log")
        .select("details")
        .where("action", "=", "recommendation_marked")
        .execute();
      expect(audited).toHaveLength(3);
    });
  });

  describe("recommendations", () => {
    it("weights by the latest CO2 balance and counts peer uptake in the comparable group", async () => {
      const submitted = await roundOf(database.db, klimhausen, "submitted");
      const recommendations = await recommendationsForAssessment(database.db, submitted);
      const transport = recommendations?.ranked.find((r) => r.explanation.sector === "transport");
      const balance = await database.db
        .selectFrom("co2_balance")
        .select(["year"])
        .where("municipality_id", "=", klimhausen)
        .orderBy("year", "desc")
        .executeTakeFirstOrThrow();
      expect(balance.year).toBeGreaterThan(2000);
      expect(transport?.explanation.sectorShare).toBeGreaterThan(0);
      expect(transport?.explanation.sectorWeight).toBeCloseTo(1 + (transport?.explanation.sectorShare ?? 0), 12);
      // Same country and size class, without Klimhausen itself.
      const peers = await database.db
        .selectFrom("assessment_profile")
        .select("assessment_id")
        .where("country", "=", "DE")
        .where("size_class", "=", "large")
        .where("is_latest", "=", 1)
        .where("municipality_id", "<>", klimhausen)
        .execute();
      expect(transport?.peerUptake?.peerCount).toBe(peers.length);
      const implementedByPeers = await database.db
        .selectFrom("assessment_profile")
        .select("implemented")
        .where("country", "=", "DE")
        .where("size_class", "=", "large")
        .where("is_latest", "=", 1)
        .where("municipality_id", "<>", klimhausen)
        .execute();
      for (const r of recommendations?.ranked ?? []) {
        expect(r.peerUptake?.implementedCount).toBe(
          implementedByPeers.filter((p) => (JSON.parse(p.implemented) as string[]).includes(r.measureId)).length,
        );
      }
      expect(
        await recommendationsForAssessment(database.db, await roundOf(database.db, klimhausen, "in_progress")),
      ).toBeNull();
    });
  });
});
