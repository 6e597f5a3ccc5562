import type { ActionFunctionArgs } from "@remix-run/node";
import { ReopenRequest } from "#app/domain/assessments/protocol";
import { isStaff, requireApiActor } from "#app/server/access/permissions.server";
import { reopenAssessment } from "#app/server/assessments/assessments.server";
import { assessmentOutcomes } from "#app/server/assessments/outcomes.server";
import { methodNotAllowed, readJson } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";
import { apiFailure } from "#app/server/core/outcomes.server";

export function loader() {
  return methodNotAllowed("POST");
}

/** POST /api/v1/assessments/:id/reopen — researchers reopen a submitted assessment, with a reason. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const actor = await requireApiActor(request);
  if (!isStaff(actor)) return apiFailure(assessmentOutcomes, "not_found");
  const { reason } = await readJson(request, ReopenRequest);
  if (!(await reopenAssessment(await db(), actor, params.id ?? "", reason))) {
    return apiFailure(assessmentOutcomes, "not_submitted");
  }
  return Response.json({ status: "in_progress" });
}
