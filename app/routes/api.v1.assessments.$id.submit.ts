import type { ActionFunctionArgs } from "@remix-run/node";
import type { AssessmentSubmitted } from "#app/domain/assessments/protocol";
import { requireApiActor } from "#app/server/access/permissions.server";
import { submitAssessment } from "#app/server/assessments/assessments.server";
import { assessmentOutcomes } from "#app/server/assessments/outcomes.server";
import { methodNotAllowed } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";
import { apiFailure } from "#app/server/core/outcomes.server";

export function loader() {
  return methodNotAllowed("POST");
}

/** POST /api/v1/assessments/:id/submit — checks completeness, then locks; idempotent. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const actor = await requireApiActor(request);
  const result = await submitAssessment(await db(), actor, params.id ?? "");
  if (result.outcome === "submitted") {
    const { submittedAt, revision } = result;
    return Response.json({ status: "submitted", submittedAt, revision } satisfies AssessmentSubmitted);
  }
  const { outcome, ...details } = result;
  return apiFailure(assessmentOutcomes, outcome, details);
}
