/** Trend: a municipality's own earlier rounds, from the cache, beside the one shown. */
import type { Kysely } from "kysely";
import { type Figures, profileFigures } from "#app/domain/results";
import type { Database } from "#db/schema";
import { liveProfile, type ResultsAssessment } from "./assessment.server";
import { figuresOf } from "./cache.server";

export interface TrendPoint {
  assessmentId: string;
  reportingYear: number;
  questionnaireVersion: number;
  provisional: boolean;
  activity: Figures;
  absoluteActivity: Figures;
  scope: Figures;
}

/** The municipality's submitted rounds up to this one, and this one live if it is in progress. */
export async function trendOf(db: Kysely<Database>, assessment: ResultsAssessment): Promise<TrendPoint[]> {
  const rows = await db
    .selectFrom("assessment_profile")
    .selectAll()
    .where("municipality_id", "=", assessment.municipality.id)
    .where("reporting_year", "<=", assessment.reportingYear)
    .orderBy("reporting_year")
    .execute();
  const points: TrendPoint[] = rows.map((row) => ({
    assessmentId: row.assessment_id,
    reportingYear: row.reporting_year,
    questionnaireVersion: row.questionnaire_version,
    provisional: false,
    activity: figuresOf(row, "activity"),
    absoluteActivity: figuresOf(row, "absolute"),
    scope: figuresOf(row, "scope"),
  }));
  if (assessment.status !== "submitted") {
    const figures = profileFigures(liveProfile(assessment));
    points.push({
      assessmentId: assessment.id,
      reportingYear: assessment.reportingYear,
      questionnaireVersion: assessment.version.version,
      provisional: true,
      activity: figures.activity,
      absoluteActivity: figures.absoluteActivity,
      scope: figures.scope,
    });
  }
  return points;
}
