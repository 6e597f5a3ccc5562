/**
 * What other features (the workshop dossier) read of a municipality's results. These
 * check no permissions and only look at SUBMITTED assessments: the caller decides whose
 * results it may show.
 */
import type { Kysely } from "kysely";
import type { ActivityProfile, Recommendations } from "#app/domain/results";
import type { Database } from "#db/schema";
import { liveProfile, loadAssessment } from "./assessment.server";
import { computeRecommendations } from "./recommendations.server";

/** The activity profile of a submitted assessment; null when there is none. */
export async function profileForAssessment(
  db: Kysely<Database>,
  assessmentId: string,
): Promise<ActivityProfile | null> {
  const assessment = await loadAssessment(db, assessmentId);
  if (assessment?.status !== "submitted") return null;
  return liveProfile(assessment);
}

/** The recommendations of a submitted assessment (with CO2 balance and peer uptake); null when there is none. */
export async function recommendationsForAssessment(
  db: Kysely<Database>,
  assessmentId: string,
): Promise<Recommendations | null> {
  const assessment = await loadAssessment(db, assessmentId);
  if (assessment?.status !== "submitted") return null;
  return (await computeRecommendations(db, assessment)).recommendations;
}

/** The municipality's latest submitted round, or null. */
export async function latestSubmittedAssessmentId(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("assessment")
    .select("id")
    .where("municipality_id", "=", municipalityId)
    .where("status", "=", "submitted")
    .orderBy("reporting_year", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
