/**
 * Keeping the results cache current. The full profile (with one explanation line per
 * measure) is always computed from the stored answers with the scoring core: it takes
 * well under a millisecond and can never be stale. What peers need is cached as derived
 * data: per submitted assessment its figures (assessment_profile) and per peer group the
 * distributions (peer_distribution) and uptake counts (peer_uptake). recomputeProfile
 * keeps them current after a submit or reopen; recomputeAllProfiles (npm run
 * profiles:recompute) rebuilds them from scratch. Neither is ever the source of truth:
 * the answers are.
 */
import { type Kysely, sql } from "kysely";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import {
  computeActivityProfile,
  type Distribution,
  type FigureKey,
  type Figures,
  figureKeys,
  groupDistributions,
  profileFigures,
  uptakeCounts,
} from "#app/domain/results";
import { scoringInputFromJson } from "#app/domain/results/fast-input";
import { recordOf } from "#app/domain/results/records";
import type { Country } from "#app/domain/vocabulary";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import type { Database } from "#db/schema";
import { liveProfile, loadAssessment } from "./assessment.server";
import { columns, type Db, type GroupRef, groupsOf, implementedOf, profileRow } from "./cache.server";

/** Rows per insert: 30 columns × 1,000 stays below SQLite's 32,766 bound parameters. */
const insertChunk = 1_000;
/** Assessments read per page when recomputing everything. */
const readPage = 2_000;

/** Re-reads a group's latest profiles and stores its distributions. */
async function refreshGroup(db: Db, group: GroupRef, computedAt: string): Promise<void> {
  // Uptake is counted within a country only: the all-countries group needs no measure lists.
  const withUptake = group.kind !== "all_countries";
  let query = db
    .selectFrom("assessment_profile")
    .select([
      ...figureKeys.map((key) => columns[key].activity),
      withUptake ? "implemented" : sql<string>`''`.as("implemented"),
    ])
    .where("is_latest", "=", 1);
  if (group.kind === "size_class") {
    const [country = "", sizeClass = ""] = group.key.split(":");
    query = query.where("country", "=", country as Country).where("size_class", "=", sizeClass);
  } else if (group.kind === "country") {
    query = query.where("country", "=", group.key as Country);
  }
  const rows = await query.execute();
  const members = rows.map((row) => recordOf(figureKeys, (key) => row[columns[key].activity]));
  await writeDistributions(db, group, groupDistributions(members), computedAt);
  if (withUptake) await writeUptake(db, group, rows.map(implementedOf), computedAt);
}

/** Uptake counts of a group (only the same-country groups are used for it), '' = members. */
async function writeUptake(db: Db, group: GroupRef, implemented: readonly string[][], computedAt: string) {
  await db.deleteFrom("peer_uptake").where("group_kind", "=", group.kind).where("group_key", "=", group.key).execute();
  if (group.kind === "all_countries" || implemented.length === 0) return;
  const counts = uptakeCounts(implemented.map((ids) => ({ implemented: ids })));
  const rows = [
    { measure_id: "", implemented: implemented.length },
    ...[...counts].map(([measure_id, count]) => ({ measure_id, implemented: count })),
  ].map((row) => ({ group_kind: group.kind, group_key: group.key, ...row, computed_at: computedAt }));
  for (let i = 0; i < rows.length; i += insertChunk) {
    await db
      .insertInto("peer_uptake")
      .values(rows.slice(i, i + insertChunk))
      .execute();
  }
}

async function writeDistributions(
  db: Db,
  group: GroupRef,
  distributions: Record<FigureKey, Distribution | null>,
  computedAt: string,
): Promise<void> {
  await db
    .deleteFrom("peer_distribution")
    .where("group_kind", "=", group.kind)
    .where("group_key", "=", group.key)
    .execute();
  const rows = figureKeys.flatMap((figure) => {
    const d = distributions[figure];
    return d === null ? [] : [{ group_kind: group.kind, group_key: group.key, figure, ...d, computed_at: computedAt }];
  });
  if (rows.length > 0) await db.insertInto("peer_distribution").values(rows).execute();
}

/** Marks the municipality's latest submitted round (the one peers compare against). */
async function markLatest(db: Db, municipalityId: string): Promise<void> {
  await db
    .updateTable("assessment_profile")
    .set({ is_latest: 0 })
    .where("municipality_id", "=", municipalityId)
    .execute();
  const latest = await db
    .selectFrom("assessment_profile")
    .select("assessment_id")
    .where("municipality_id", "=", municipalityId)
    .orderBy("reporting_year", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest) {
    await db
      .updateTable("assessment_profile")
      .set({ is_latest: 1 })
      .where("assessment_id", "=", latest.assessment_id)
      .execute();
  }
}

/**
 * Brings the cache in line with one assessment: a submitted assessment gets its figures
 * (re)computed, any other has none; then the municipality's latest round and the
 * distributions of its peer groups (old and new, should its size class have changed)
 * are refreshed.
 */
export async function recomputeProfile(db: Kysely<Database>, assessmentId: string): Promise<void> {
  const assessment = await loadAssessment(db, assessmentId);
  const computedAt = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("assessment_profile")
      .select(["municipality_id", "country", "size_class"])
      .where("assessment_id", "=", assessmentId)
      .executeTakeFirst();
    await trx.deleteFrom("assessment_profile").where("assessment_id", "=", assessmentId).execute();
    if (assessment?.status === "submitted") {
      const figures = profileFigures(liveProfile(assessment));
      await trx
        .insertInto("assessment_profile")
        .values(
          profileRow(
            {
              assessmentId,
              municipalityId: assessment.municipality.id,
              country: assessment.municipality.country,
              sizeClass: assessment.municipality.sizeClass,
              questionnaireVersion: assessment.version.version,
              reportingYear: assessment.reportingYear,
            },
            figures,
            false,
            computedAt,
          ),
        )
        .execute();
    }
    const municipalityId = assessment?.municipality.id ?? before?.municipality_id;
    if (municipalityId === undefined) return;
    await markLatest(trx, municipalityId);
    const groups = new Map<string, GroupRef>();
    if (assessment) {
      for (const g of groupsOf(assessment.municipality.country, assessment.municipality.sizeClass)) {
        groups.set(`${g.kind}/${g.key}`, g);
      }
    }
    if (before) for (const g of groupsOf(before.country, before.size_class)) groups.set(`${g.kind}/${g.key}`, g);
    for (const group of groups.values()) await refreshGroup(trx, group, computedAt);
  });
}

/**
 * For hooks after a submit or reopen: the change itself has succeeded, so a failure
 * here must not undo or fail it. The cache stays as it was (npm run
 * profiles:recompute rebuilds it) and the cause is logged.
 */
export async function refreshProfileAfterChange(db: Kysely<Database>, assessmentId: string): Promise<void> {
  try {
    await recomputeProfile(db, assessmentId);
  } catch (error) {
    console.error(`profile of assessment ${assessmentId} not recomputed:`, error);
  }
}

export interface RecomputeSummary {
  profiles: number;
  municipalities: number;
  groups: number;
}

/**
 * Rebuilds the whole cache from the submitted answers, in one transaction: every
 * submitted assessment's figures, each municipality's latest round, and the
 * distributions of every peer group.
 */
export async function recomputeAllProfiles(db: Db): Promise<RecomputeSummary> {
  const computedAt = new Date().toISOString();
  const work = async (trx: Db): Promise<RecomputeSummary> => {
    await trx.deleteFrom("peer_distribution").execute();
    await trx.deleteFrom("peer_uptake").execute();
    await trx.deleteFrom("assessment_profile").execute();

    const rows: ReturnType<typeof profileRow>[] = [];
    const latest = new Map<string, { year: number; index: number }>();
    const versions = new Map<string, QuestionnaireVersion>();
    let after = "";
    for (;;) {
      const page = await trx
        .selectFrom("assessment")
        .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
        .select([
          "assessment.id",
          "assessment.municipality_id",
          "assessment.questionnaire_version_id",
          "assessment.reporting_year",
          "assessment.answers",
          "municipality.country",
          "municipality.size_class",
        ])
        .where("assessment.status", "=", "submitted")
        .where("assessment.id", ">", after)
        .orderBy("assessment.id")
        .limit(readPage)
        .execute();
      for (const a of page) {
        let version = versions.get(a.questionnaire_version_id);
        if (!version) {
          version = await questionnaireVersionById(trx as Kysely<Database>, a.questionnaire_version_id);
          versions.set(a.questionnaire_version_id, version);
        }
        // Only the statuses and scope answers, read from the JSON text: see fast-input.ts.
        const figures = profileFigures(
          computeActivityProfile(version, scoringInputFromJson(version, a.country, a.answers)),
        );
        const index = rows.length;
        rows.push(
          profileRow(
            {
              assessmentId: a.id,
              municipalityId: a.municipality_id,
              country: a.country,
              sizeClass: a.size_class,
              questionnaireVersion: version.version,
              reportingYear: a.reporting_year,
            },
            figures,
            false,
            computedAt,
          ),
        );
        const seen = latest.get(a.municipality_id);
        if (!seen || a.reporting_year > seen.year) latest.set(a.municipality_id, { year: a.reporting_year, index });
      }
      const last = page[page.length - 1];
      if (!last || page.length < readPage) break;
      after = last.id;
    }
    for (const { index } of latest.values()) {
      const row = rows[index];
      if (row) row.is_latest = 1;
    }
    for (let i = 0; i < rows.length; i += insertChunk) {
      await trx
        .insertInto("assessment_profile")
        .values(rows.slice(i, i + insertChunk))
        .execute();
    }

    // Distributions of every group, from the latest rounds held in memory.
    const members = new Map<string, { group: GroupRef; figures: Figures[]; implemented: string[][] }>();
    for (const { index } of latest.values()) {
      const row = rows[index];
      if (!row) continue;
      const figures = recordOf(figureKeys, (key) => (row[columns[key].activity] as number | null | undefined) ?? null);
      const implemented = implementedOf(row);
      for (const group of groupsOf(row.country, row.size_class)) {
        const id = `${group.kind}/${group.key}`;
        const entry = members.get(id) ?? { group, figures: [], implemented: [] };
        entry.figures.push(figures);
        entry.implemented.push(implemented);
        members.set(id, entry);
      }
    }
    for (const { group, figures, implemented } of members.values()) {
      await writeDistributions(trx, group, groupDistributions(figures), computedAt);
      await writeUptake(trx, group, implemented, computedAt);
    }
    return { profiles: rows.length, municipalities: latest.size, groups: members.size };
  };
  return db.isTransaction ? work(db) : (db as Kysely<Database>).transaction().execute(work);
}
