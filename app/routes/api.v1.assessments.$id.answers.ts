import type { ActionFunctionArgs } from "@remix-run/node";
import { type AnswersSaved, SaveRequest } from "#app/domain/assessments/protocol";
import { requireApiActor } from "#app/server/access/permissions.server";
import { saveAnswers } from "#app/server/assessments/assessments.server";
import { assessmentOutcomes } from "#app/server/assessments/outcomes.server";
import { methodNotAllowed, readJson } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";
import { apiFailure } from "#app/server/core/outcomes.server";

export function loader() {
  return methodNotAllowed("POST");
}

/**
 * POST /api/v1/assessments/:id/answers — saves changed answers (see docs/api.md).
 * 200 saved, 400 invalid (which answer and why; nothing stored), 409 stale revision
 * (with the current answers) or already submitted, 404 not yours or not there.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const actor = await requireApiActor(request);
  const body = await readJson(request, SaveRequest);
  const result = await saveAnswers(await db(), actor, params.id ?? "", body);
  if (result.outcome === "saved") {
    const { revision, savedAt } = result;
    return Response.json({ revision, savedAt } satisfies AnswersSaved);
  }
  const { outcome, ...details } = result;
  return apiFailure(assessmentOutcomes, outcome, details);
}
