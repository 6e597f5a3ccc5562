/**
 * Marks on recommendations: a municipality's own staff say what they make of a
 * recommended measure (interested, already planned, not for us with a reason). A mark
 * belongs to the municipality and measure, so it carries over to later rounds.
 */
import type { Insertable, Kysely } from "kysely";
import type { RecommendationMark } from "#app/domain/results/marks";
import { audit } from "#app/server/access/audit.server";
import { type Actor, answerWriteScope, inScope } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import type { Database, RecommendationMarkTable } from "#db/schema";
import { loadAssessment } from "./assessment.server";

export interface MarkView {
  mark: RecommendationMark;
  reason: string | null;
  updatedAt: string;
  /** Shown to researchers: who set the mark. */
  setBy: string | null;
}

/** The municipality's marks, by measure. */
export async function marksOf(db: Kysely<Database>, municipalityId: string): Promise<Record<string, MarkView>> {
  const rows = await db
    .selectFrom("recommendation_mark")
    .leftJoin("app_user", "app_user.id", "recommendation_mark.set_by")
    .select([
      "recommendation_mark.measure_id",
      "recommendation_mark.mark",
      "recommendation_mark.reason",
      "recommendation_mark.updated_at",
      "app_user.display_name",
    ])
    .where("recommendation_mark.municipality_id", "=", municipalityId)
    .execute();
  const marks: Record<string, MarkView> = {};
  for (const row of rows) {
    marks[row.measure_id] = {
      mark: row.mark,
      reason: row.reason,
      updatedAt: row.updated_at,
      setBy: row.display_name,
    };
  }
  return marks;
}

export type MarkResult = "saved" | "cleared" | "not_found" | "unknown_measure";

/**
 * Sets (or, with "none", clears) the municipality's mark on a recommended measure.
 * Only the municipality's own staff mark; anyone else gets not_found (a 404).
 */
export async function setRecommendationMark(
  db: Kysely<Database>,
  actor: Actor,
  assessmentId: string,
  input: { measureId: string; mark: RecommendationMark | "none"; reason: string | null },
): Promise<MarkResult> {
  const assessment = await loadAssessment(db, assessmentId);
  if (!assessment || !inScope(answerWriteScope(actor), assessment.municipality.id)) return "not_found";
  if (!assessment.version.measures.some((m) => m.id === input.measureId)) return "unknown_measure";
  const municipalityId = assessment.municipality.id;
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    if (input.mark === "none") {
      await trx
        .deleteFrom("recommendation_mark")
        .where("municipality_id", "=", municipalityId)
        .where("measure_id", "=", input.measureId)
        .execute();
    } else {
      const values: Insertable<RecommendationMarkTable> = {
        id: newId(),
        municipality_id: municipalityId,
        measure_id: input.measureId,
        assessment_id: assessmentId,
        mark: input.mark,
        reason: input.reason,
        set_by: actor.userId,
        updated_at: now,
      };
      await trx
        .insertInto("recommendation_mark")
        .values(values)
        .onConflict((conflict) =>
          conflict.columns(["municipality_id", "measure_id"]).doUpdateSet({
            assessment_id: assessmentId,
            mark: input.mark === "none" ? "interested" : input.mark,
            reason: input.reason,
            set_by: actor.userId,
            updated_at: now,
          }),
        )
        .execute();
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "recommendation_marked",
      subjectType: "municipality",
      subjectId: municipalityId,
      details: { assessment: assessmentId, measure: input.measureId, mark: input.mark, reason: input.reason },
    });
    return input.mark === "none" ? "cleared" : "saved";
  });
}
