/**
 * Profiles at national scale: scoring one assessment; recomputing every profile and peer
 * distribution for the 35,041 synthetic municipalities, each with a submitted round of
 * plausible answers; the peer comparison of one assessment (p50, p95); and, for context,
 * the incremental update after one submit and the recommendations of one assessment.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type AnswerValue, scoringInput } from "#app/domain/assessments/answers";
import { computeActivityProfile, recommendMeasures } from "#app/domain/results";
import type { Actor } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import { sampleAnswers, seededRandom, seedOf } from "#app/server/demo/sample-answers";
import { questionnaireVersionById, syncPublishedQuestionnaires } from "#app/server/questionnaires/published.server";
import { findResultsAssessment } from "#app/server/results/assessment.server";
import { peerBandsForAssessment } from "#app/server/results/peers.server";
import { recommendationsPage } from "#app/server/results/recommendations.server";
import { recomputeAllProfiles, recomputeProfile } from "#app/server/results/recompute.server";
import { migrateToLatest, openDatabase } from "#db/database";
import { type Figure, percentile, printFigures, timed } from "./report";
import { syntheticMunicipalities } from "./synthetic-dataset";

const researcher: Actor = {
  userId: "bench",
  email: "bench@example.test",
  displayName: "Bench",
  isDemo: false,
  sessionId: "bench",
  roles: new Set(["researcher"]),
  municipalityIds: [],
  workshopIds: [],
};

async function timesOf(runs: number, work: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(() => work(i))).ms);
  return times.sort((a, b) => a - b);
}

export async function profilesBench() {
  const dir = mkdtempSync(join(tmpdir(), "mcb-bench-profiles-"));
  const handle = openDatabase({ dialect: "sqlite", path: join(dir, "bench.sqlite") });
  const db = handle.db;
  try {
    await migrateToLatest(db);
    await syncPublishedQuestionnaires(db);
    const version = await questionnaireVersionById(db, "v1");

    // Set-up (not measured as a figure of this issue): municipalities with a submitted round each.
    const random = seededRandom(seedOf("profiles-bench"));
    const now = new Date().toISOString();
    const cities = [...syntheticMunicipalities()].map((m) => ({ ...m, id: newId(), assessmentId: newId() }));
    const setup = await timed(() =>
      db.transaction().execute(async (trx) => {
        for (let i = 0; i < cities.length; i += 500) {
          const chunk = cities.slice(i, i + 500);
          await trx
            .insertInto("municipality")
            .values(
              chunk.map((m) => ({
                id: m.id,
                country: m.country,
                region: m.region,
                name_native: m.nameNative,
                name_en: m.nameEn,
                population: m.population,
                size_class: m.sizeClass,
                kind: m.kind,
                official_code: null,
                created_at: now,
              })),
            )
            .execute();
          await trx
            .insertInto("assessment")
            .values(
              chunk.map((m) => ({
                id: m.assessmentId,
                municipality_id: m.id,
                questionnaire_version_id: "v1",
                reporting_year: 2025,
                status: "submitted" as const,
                answers: JSON.stringify(
                  sampleAnswers(version, {
                    country: m.country,
                    kind: m.kind,
                    population: m.population,
                    engagement: 0.1 + random() * 0.8,
                    seed: seedOf(m.nameNative),
                  }),
                ),
                created_at: now,
                updated_at: now,
                submitted_at: now,
              })),
            )
            .execute();
        }
      }),
    );

    // Scoring one assessment: profile and recommendations from stored answers.
    const samples = await db
      .selectFrom("assessment")
      .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
      .select(["assessment.answers", "municipality.country"])
      .limit(500)
      .execute();
    const parsed = samples.map((s) => ({
      country: s.country,
      answers: JSON.parse(s.answers) as Record<string, AnswerValue>,
    }));
    const scoring = await timesOf(2_000, (i) => {
      const sample = parsed[i % parsed.length];
      if (!sample) return;
      const input = scoringInput(version, sample.country, sample.answers);
      computeActivityProfile(version, input);
      recommendMeasures(version, input);
    });

    // Recomputing everything: every profile, each municipality's latest round, all distributions.
    // CPU time as well as wall time: on a shared machine the wall time includes waiting for a core.
    const cpuBefore = process.cpuUsage();
    const recompute = await timed(() => recomputeAllProfiles(db));
    const cpu = process.cpuUsage(cpuBefore);
    const load = loadavg()[0] ?? 0;

    // The peer comparison of one assessment, as the profile page and API ask for it.
    const picks = Array.from({ length: 300 }, () => cities[Math.floor(random() * cities.length)]);
    const peers = await timesOf(picks.length, (i) =>
      peerBandsForAssessment(db, picks[i]?.assessmentId ?? "", researcher),
    );

    // Recommendations of one assessment with peer uptake and named examples (a researcher sees every name).
    const recommendations = await timesOf(50, async (i) => {
      const access = await findResultsAssessment(db, researcher, picks[i]?.assessmentId ?? "");
      if (access) await recommendationsPage(db, researcher, access, "en");
    });

    // The incremental update after one submit: its row, latest round, its three groups' distributions.
    const incremental = await timesOf(20, (i) => recomputeProfile(db, picks[i]?.assessmentId ?? ""));

    const figures: Figure[] = [
      { name: `set-up: ${cities.length} municipalities with a submitted round`, value: setup.ms, unit: "ms" },
      { name: "score one assessment (profile + recommendations), p50", value: percentile(scoring, 50), unit: "ms" },
      { name: "score one assessment (profile + recommendations), p95", value: percentile(scoring, 95), unit: "ms" },
      {
        name: `recompute all: ${recompute.result.profiles} profiles, ${recompute.result.groups} peer groups`,
        value: recompute.ms / 1000,
        unit: "s",
        budget: { limit: 10, better: "lower" },
      },
      { name: "recompute all: CPU time of this process", value: (cpu.user + cpu.system) / 1e6, unit: "s" },
      { name: "load average (1 min) of the machine when recompute ended", value: load, unit: "" },
      { name: "peer comparison of one assessment, p50", value: percentile(peers, 50), unit: "ms" },
      {
        name: "peer comparison of one assessment, p95",
        value: percentile(peers, 95),
        unit: "ms",
        budget: { limit: 50, better: "lower" },
      },
      { name: "recommendations with peer uptake and names, p50", value: percentile(recommendations, 50), unit: "ms" },
      { name: "recommendations with peer uptake and names, p95", value: percentile(recommendations, 95), unit: "ms" },
      { name: "profile update after one submit, p50", value: percentile(incremental, 50), unit: "ms" },
      { name: "profile update after one submit, p95", value: percentile(incremental, 95), unit: "ms" },
    ];
    printFigures("Profiles and peer comparison (35,041 municipalities, SQLite)", figures);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
