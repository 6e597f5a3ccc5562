/**
 * Loading an assessment for its results, and who may see them. loadAssessment checks no
 * permissions (the cache and other features' hooks use it); pages and the API go through
 * findResultsAssessment, which applies the rules: a municipality's own staff and
 * researchers also see a provisional profile of a round in progress; everyone else only
 * submitted results, and only where whereResultsVisible allows.
 */
import type { Kysely } from "kysely";
import { type AnswerValue, scoringInput } from "#app/domain/assessments/answers";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { computeActivityProfile } from "#app/domain/results";
import type { Country } from "#app/domain/vocabulary";
import {
  type Actor,
  answerReadScope,
  answerWriteScope,
  inScope,
  whereResultsVisible,
} from "#app/server/access/permissions.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import type { Database } from "#db/schema";
import type { Db } from "./cache.server";

/** An assessment as stored, with its questionnaire version; no permission applied. */
export interface StoredAssessment {
  id: string;
  municipality: { id: string; name: string; nameEn: string; country: Country; sizeClass: string; isDemo: boolean };
  versionId: string;
  version: QuestionnaireVersion;
  reportingYear: number;
  status: "in_progress" | "submitted";
  submittedAt: string | null;
  answers: Record<string, AnswerValue>;
}

export interface ResultsAssessment extends StoredAssessment {
  /** A round in progress: figures are live and may still change. */
  provisional: boolean;
  /** The actor answers for this municipality or is staff (sees drafts, marks). */
  canReadAnswers: boolean;
  /** The actor may mark recommendations (the municipality's own staff, round any status). */
  canMark: boolean;
}

export async function loadAssessment(db: Db, assessmentId: string): Promise<StoredAssessment | null> {
  const row = await db
    .selectFrom("assessment")
    .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
    .select([
      "assessment.id",
      "assessment.municipality_id",
      "assessment.questionnaire_version_id",
      "assessment.reporting_year",
      "assessment.status",
      "assessment.submitted_at",
      "assessment.answers",
      "municipality.name_native",
      "municipality.name_en",
      "municipality.country",
      "municipality.size_class",
      "municipality.is_demo",
    ])
    .where("assessment.id", "=", assessmentId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    municipality: {
      id: row.municipality_id,
      name: row.name_native,
      nameEn: row.name_en,
      country: row.country,
      sizeClass: row.size_class,
      isDemo: row.is_demo === 1,
    },
    versionId: row.questionnaire_version_id,
    version: await questionnaireVersionById(db as Kysely<Database>, row.questionnaire_version_id),
    reportingYear: row.reporting_year,
    status: row.status,
    submittedAt: row.submitted_at,
    answers: JSON.parse(row.answers) as Record<string, AnswerValue>,
  };
}

/**
 * The assessment whose results the actor may see, or null (the caller answers 404):
 * the municipality's own staff and researchers any round (a round in progress as a
 * provisional profile), everyone else submitted rounds of municipalities whose sharing
 * lets them see results.
 */
export async function findResultsAssessment(
  db: Kysely<Database>,
  actor: Actor,
  assessmentId: string,
): Promise<ResultsAssessment | null> {
  const assessment = await loadAssessment(db, assessmentId);
  if (!assessment) return null;
  const canReadAnswers = inScope(answerReadScope(actor), assessment.municipality.id);
  if (!canReadAnswers) {
    if (assessment.status !== "submitted") return null;
    const visible = await db
      .selectFrom("municipality")
      .select("municipality.id")
      .where("municipality.id", "=", assessment.municipality.id)
      .where(whereResultsVisible(actor))
      .executeTakeFirst();
    if (!visible) return null;
  }
  return {
    ...assessment,
    provisional: assessment.status !== "submitted",
    canReadAnswers,
    canMark: inScope(answerWriteScope(actor), assessment.municipality.id) && actor.apiTokenId === undefined,
  };
}

/** The profile of an assessment as it stands (live, from its answers). */
export function liveProfile(assessment: Pick<StoredAssessment, "version" | "municipality" | "answers">) {
  return computeActivityProfile(
    assessment.version,
    scoringInput(assessment.version, assessment.municipality.country, assessment.answers),
  );
}
