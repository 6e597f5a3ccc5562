/**
 * Latest submitted results of municipalities, for the dossier and for partner
 * suggestions: a city's newest submitted assessment with its activity profile. Profiles
 * are cached: every dossier and suggestion page reads the pool of up to 500 again.
 */
import type { Kysely } from "kysely";
import type { ActivityProfile } from "#app/domain/results";
import type { Country } from "#app/domain/vocabulary";
import { latestSubmittedAssessmentId, profileForAssessment } from "#app/server/results/submitted.server";
import type { Database } from "#db/schema";

export interface SubmittedResults {
  assessmentId: string;
  versionId: string;
  reportingYear: number;
  profile: ActivityProfile;
}

const profileCache = new Map<string, ActivityProfile>();
const profileCacheLimit = 2000;

/** A submitted assessment's profile; cached by id and submission time (a resubmission recomputes). */
async function cachedProfile(
  db: Kysely<Database>,
  assessmentId: string,
  submittedAt: string | null,
): Promise<ActivityProfile | null> {
  const key = `${assessmentId}:${submittedAt ?? ""}`;
  const cached = profileCache.get(key);
  if (cached) return cached;
  const profile = await profileForAssessment(db, assessmentId);
  if (!profile) return null;
  if (profileCache.size >= profileCacheLimit) {
    const oldest = profileCache.keys().next().value;
    if (oldest !== undefined) profileCache.delete(oldest);
  }
  profileCache.set(key, profile);
  return profile;
}

/** A municipality's latest submitted results, or null when it has submitted none. */
export async function submittedResults(db: Kysely<Database>, municipalityId: string): Promise<SubmittedResults | null> {
  const assessmentId = await latestSubmittedAssessmentId(db, municipalityId);
  if (!assessmentId) return null;
  const row = await db
    .selectFrom("assessment")
    .select(["questionnaire_version_id", "reporting_year", "submitted_at"])
    .where("id", "=", assessmentId)
    .executeTakeFirst();
  if (!row) return null;
  const profile = await cachedProfile(db, assessmentId, row.submitted_at);
  if (!profile) return null;
  return { assessmentId, versionId: row.questionnaire_version_id, reportingYear: row.reporting_year, profile };
}

export interface LatestProfile {
  country: Country;
  versionId: string;
  profile: ActivityProfile;
}

/**
 * Latest submitted profiles, by municipality id, of the municipalities whose sharing is one
 * of `sharing`; `municipalityIds` narrows them (null: any). At most `limit` are read
 * (newest submissions first).
 */
export async function latestProfilesOf(
  db: Kysely<Database>,
  municipalityIds: readonly string[] | null,
  sharing: readonly string[],
  limit = 500,
): Promise<Map<string, LatestProfile>> {
  let query = db
    .selectFrom("assessment")
    .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
    .select([
      "assessment.id",
      "assessment.municipality_id",
      "assessment.reporting_year",
      "assessment.submitted_at",
      "assessment.questionnaire_version_id",
      "municipality.country",
    ])
    .where("assessment.status", "=", "submitted")
    .where("municipality.sharing", "in", sharing as string[]);
  if (municipalityIds !== null) {
    if (municipalityIds.length === 0) return new Map();
    query = query.where("assessment.municipality_id", "in", municipalityIds as string[]);
  }
  const rows = await query
    .orderBy("assessment.reporting_year", "desc")
    .orderBy("assessment.submitted_at", "desc")
    .limit(limit * 3)
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows)
    if (!latest.has(row.municipality_id) && latest.size < limit) latest.set(row.municipality_id, row);
  const result = new Map<string, LatestProfile>();
  for (const row of latest.values()) {
    const profile = await cachedProfile(db, row.id, row.submitted_at);
    if (profile)
      result.set(row.municipality_id, { country: row.country, versionId: row.questionnaire_version_id, profile });
  }
  return result;
}
