/**
 * The reopen form of the submissions list: a researcher sends a submitted assessment
 * back to its city with a reason. Refusals are answered through the outcome table, in
 * the shape the list shows next to the row they concern.
 */
import { data } from "@remix-run/node";
import type { Kysely } from "kysely";
import { ReopenForm } from "#app/domain/research/reopen";
import type { Actor } from "#app/server/access/permissions.server";
import { reopenAssessment } from "#app/server/assessments/assessments.server";
import { readForm } from "#app/server/core/forms.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import type { Database } from "#db/schema";
import { type ResearchOutcome, researchOutcomes } from "./outcomes.server";

/** What the list shows: a message, at the row of `assessmentId` when it names one. */
export interface ReopenAnswer {
  ok: boolean;
  assessmentId: string | null;
  message: string;
}

function refused(outcome: ResearchOutcome, assessmentId: string | null, message?: string) {
  const { status, messageKey } = outcomeAnswer(researchOutcomes, outcome);
  return data<ReopenAnswer>({ ok: false, assessmentId, message: message ?? messageKey }, { status });
}

export async function answerReopenPost(db: Kysely<Database>, actor: Actor, request: Request) {
  const form = await readForm(request, ReopenForm);
  if (!form.ok) {
    if (form.values === undefined) return refused("bad_form", null);
    const { assessmentId } = form.values;
    const id = typeof assessmentId === "string" ? assessmentId : null;
    // A reason refused by the schema is shown with the schema's own message.
    return form.errors.reason ? refused("invalid", id, form.errors.reason) : refused("reopen_invalid", id);
  }
  const { assessmentId, reason } = form.data;
  if (!(await reopenAssessment(db, actor, assessmentId, reason))) return refused("reopen_refused", assessmentId);
  return data<ReopenAnswer>({ ok: true, assessmentId, message: "research.submissions.reopened" });
}
