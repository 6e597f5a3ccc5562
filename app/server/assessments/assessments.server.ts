/**
 * Assessments: reading within the actor's scope, saving answers with a revision
 * check (a stale save never overwrites silently), submitting, reopening, and starting
 * the next round with answers carried over.
 */
import type { Kysely } from "kysely";
import {
  type AnswerProblem,
  type Answers,
  type AnswerValue,
  answerFields,
  applyChanges,
  missingAnswers,
  validateChanges,
} from "#app/domain/assessments/answers";
import { carryOver, confirmTouched } from "#app/domain/assessments/carry-over";
import { type SaveRequest, saveLimits } from "#app/domain/assessments/protocol";
import type { CarryOverMarks } from "#app/domain/questionnaires/compile-survey";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Country } from "#app/domain/vocabulary";
import { audit } from "#app/server/access/audit.server";
import {
  type Actor,
  answerReadScope,
  answerWriteScope,
  inScope,
  inScopeCondition,
  isStaff,
} from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { refreshProfileAfterChange } from "#app/server/results/recompute.server";
import type { Database } from "#db/schema";

export interface LoadedAssessment {
  id: string;
  municipality: { id: string; name: string; country: Country };
  versionId: string;
  version: QuestionnaireVersion;
  reportingYear: number;
  status: "in_progress" | "submitted";
  revision: number;
  answers: Record<string, AnswerValue>;
  currentPage: string | null;
  carryOver: CarryOverMarks | null;
  updatedAt: string;
  submittedAt: string | null;
  /** Whether this actor may change the answers (own municipality, not submitted). */
  editable: boolean;
}

/** The assessment if the actor may read it; null otherwise (the caller answers 404). */
export async function findAssessment(db: Kysely<Database>, actor: Actor, id: string): Promise<LoadedAssessment | null> {
  const row = await db
    .selectFrom("assessment")
    .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
    .select([
      "assessment.id",
      "assessment.municipality_id",
      "assessment.questionnaire_version_id",
      "assessment.reporting_year",
      "assessment.status",
      "assessment.revision",
      "assessment.answers",
      "assessment.current_page",
      "assessment.carry_over",
      "assessment.updated_at",
      "assessment.submitted_at",
      "municipality.name_native",
      "municipality.country",
    ])
    .where("assessment.id", "=", id)
    .where(inScopeCondition(answerReadScope(actor), "assessment.municipality_id"))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    municipality: { id: row.municipality_id, name: row.name_native, country: row.country },
    versionId: row.questionnaire_version_id,
    version: await questionnaireVersionById(db, row.questionnaire_version_id),
    reportingYear: row.reporting_year,
    status: row.status,
    revision: row.revision,
    answers: JSON.parse(row.answers) as Record<string, AnswerValue>,
    currentPage: row.current_page,
    carryOver: row.carry_over ? (JSON.parse(row.carry_over) as CarryOverMarks) : null,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    editable: row.status === "in_progress" && inScope(answerWriteScope(actor), row.municipality_id),
  };
}

export type SaveResult =
  | { outcome: "saved"; revision: number; savedAt: string }
  | { outcome: "not_found" }
  | { outcome: "forbidden" }
  | { outcome: "submitted" }
  | { outcome: "invalid"; problems: AnswerProblem[] }
  | { outcome: "conflict"; revision: number; answers: Answers };

/**
 * Saves changed answers on top of the revision the browser had. The update is
 * conditional on that revision, so of two saves based on the same revision exactly
 * one wins; the other gets the current answers back and nothing of it is stored.
 * A save with no changes only records the page the person is on.
 */
export async function saveAnswers(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  save: SaveRequest,
): Promise<SaveResult> {
  const assessment = await findAssessment(db, actor, id);
  if (!assessment) return { outcome: "not_found" };
  if (!inScope(answerWriteScope(actor), assessment.municipality.id)) return { outcome: "forbidden" };
  if (assessment.status === "submitted") return { outcome: "submitted" };
  const validation = validateChanges(answerFields(assessment.version, assessment.municipality.country), save.changes);
  if (!validation.ok) return { outcome: "invalid", problems: validation.problems };
  const changedNames = Object.keys(validation.changes);
  const currentPage = save.currentPage?.slice(0, saveLimits.pageNameLength) ?? null;

  if (changedNames.length === 0) {
    if (currentPage)
      await db.updateTable("assessment").set({ current_page: currentPage }).where("id", "=", id).execute();
    return { outcome: "saved", revision: assessment.revision, savedAt: assessment.updatedAt };
  }

  return db.transaction().execute(async (trx): Promise<SaveResult> => {
    const current = await trx
      .selectFrom("assessment")
      .select(["answers", "revision", "status", "carry_over"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    if (current.status === "submitted") return { outcome: "submitted" };
    if (current.revision !== save.baseRevision) {
      return { outcome: "conflict", revision: current.revision, answers: JSON.parse(current.answers) as Answers };
    }
    const answers = applyChanges(JSON.parse(current.answers) as Answers, validation.changes);
    const marks = current.carry_over
      ? confirmTouched(JSON.parse(current.carry_over) as CarryOverMarks, changedNames)
      : null;
    const savedAt = new Date().toISOString();
    const updated = await trx
      .updateTable("assessment")
      .set({
        answers: JSON.stringify(answers),
        revision: current.revision + 1,
        updated_at: savedAt,
        carry_over: marks ? JSON.stringify(marks) : null,
        ...(currentPage ? { current_page: currentPage } : {}),
      })
      .where("id", "=", id)
      .where("revision", "=", save.baseRevision)
      .where("status", "=", "in_progress")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      const latest = await trx
        .selectFrom("assessment")
        .select(["answers", "revision"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      return { outcome: "conflict", revision: latest.revision, answers: JSON.parse(latest.answers) as Answers };
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "answers_saved",
      subjectType: "assessment",
      subjectId: id,
      details: { revision: current.revision + 1, questions: changedNames },
    });
    return { outcome: "saved", revision: current.revision + 1, savedAt };
  });
}

export type SubmitResult =
  | { outcome: "submitted"; submittedAt: string; revision: number }
  | { outcome: "not_found" }
  | { outcome: "forbidden" }
  | { outcome: "incomplete"; missing: string[] };

/**
 * Locks a complete assessment. Submitting an already submitted one changes nothing.
 * A save landing between the check and the lock makes the lock miss; then the check
 * runs again on the new answers.
 */
export async function submitAssessment(db: Kysely<Database>, actor: Actor, id: string): Promise<SubmitResult> {
  for (let attempt = 0; ; attempt++) {
    const assessment = await findAssessment(db, actor, id);
    if (!assessment) return { outcome: "not_found" };
    if (!inScope(answerWriteScope(actor), assessment.municipality.id)) return { outcome: "forbidden" };
    if (assessment.status === "submitted" && assessment.submittedAt) {
      return { outcome: "submitted", submittedAt: assessment.submittedAt, revision: assessment.revision };
    }
    const missing = missingAnswers(assessment.version, assessment.municipality.country, assessment.answers);
    if (missing.length > 0) return { outcome: "incomplete", missing };
    const submittedAt = new Date().toISOString();
    const locked = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable("assessment")
        .set({
          status: "submitted",
          submitted_at: submittedAt,
          revision: assessment.revision + 1,
          updated_at: submittedAt,
        })
        .where("id", "=", id)
        .where("revision", "=", assessment.revision)
        .where("status", "=", "in_progress")
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return false;
      await audit(trx, {
        actorUserId: actor.userId,
        action: "assessment_submitted",
        subjectType: "assessment",
        subjectId: id,
      });
      return true;
    });
    if (locked) await refreshProfileAfterChange(db, id);
    if (locked) return { outcome: "submitted", submittedAt, revision: assessment.revision + 1 };
    if (attempt >= 5) throw new Error(`assessment ${id} kept changing while being submitted`);
  }
}

/** Researchers reopen a submitted assessment for changes, with a reason for the record. */
export async function reopenAssessment(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  reason: string,
): Promise<boolean> {
  if (!isStaff(actor)) return false;
  const reopened = await db.transaction().execute(async (trx) => {
    // Only the latest round may reopen: two rounds in progress would make "next round" ambiguous.
    const newer = await trx
      .selectFrom("assessment as later")
      .innerJoin("assessment as this", "this.municipality_id", "later.municipality_id")
      .select("later.id")
      .where("this.id", "=", id)
      .whereRef("later.reporting_year", ">", "this.reporting_year")
      .executeTakeFirst();
    if (newer) return false;
    const updated = await trx
      .updateTable("assessment")
      .set((eb) => ({
        status: "in_progress",
        submitted_at: null,
        revision: eb("revision", "+", 1),
        updated_at: new Date().toISOString(),
      }))
      .where("id", "=", id)
      .where("status", "=", "submitted")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await audit(trx, {
      actorUserId: actor.userId,
      action: "assessment_reopened",
      subjectType: "assessment",
      subjectId: id,
      details: { reason },
    });
    return true;
  });
  if (reopened) await refreshProfileAfterChange(db, id);
  return reopened;
}

/**
 * Starts the next round of a municipality on the newest published version, carrying
 * over the answers of its latest round. Only the municipality's own staff start rounds,
 * and only when no round is in progress.
 */
export async function startNextRound(
  db: Kysely<Database>,
  actor: Actor,
  municipalityId: string,
): Promise<
  { outcome: "started"; id: string } | { outcome: "not_found" } | { outcome: "round_in_progress"; id: string }
> {
  if (!inScope(answerWriteScope(actor), municipalityId)) return { outcome: "not_found" };
  const municipality = await db
    .selectFrom("municipality")
    .select(["id", "country"])
    .where("id", "=", municipalityId)
    .executeTakeFirst();
  if (!municipality) return { outcome: "not_found" };
  const rounds = await db
    .selectFrom("assessment")
    .select(["id", "status", "reporting_year", "answers", "questionnaire_version_id"])
    .where("municipality_id", "=", municipalityId)
    .orderBy("reporting_year", "desc")
    .execute();
  const open = rounds.find((r) => r.status === "in_progress");
  if (open) return { outcome: "round_in_progress", id: open.id };
  const latestVersion = await db
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirstOrThrow();
  const next = await questionnaireVersionById(db, latestVersion.id);
  const last = rounds[0];
  const year = last ? last.reporting_year + 1 : new Date().getFullYear();
  const carried = last
    ? carryOver(
        {
          version: await questionnaireVersionById(db, last.questionnaire_version_id),
          answers: JSON.parse(last.answers) as Answers,
          year: last.reporting_year,
        },
        next,
        municipality.country,
      )
    : null;
  const id = newId();
  const now = new Date().toISOString();
  const inserted = await db
    .insertInto("assessment")
    .values({
      id,
      municipality_id: municipalityId,
      questionnaire_version_id: latestVersion.id,
      reporting_year: year,
      status: "in_progress",
      answers: JSON.stringify(carried?.answers ?? {}),
      carry_over: carried ? JSON.stringify(carried.marks) : null,
      created_at: now,
      updated_at: now,
      submitted_at: null,
    })
    // A second click at the same moment finds the round the first one started.
    .onConflict((conflict) => conflict.columns(["municipality_id", "reporting_year"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) {
    const started = await db
      .selectFrom("assessment")
      .select("id")
      .where("municipality_id", "=", municipalityId)
      .where("reporting_year", "=", year)
      .executeTakeFirstOrThrow();
    return { outcome: "round_in_progress", id: started.id };
  }
  return { outcome: "started", id };
}
