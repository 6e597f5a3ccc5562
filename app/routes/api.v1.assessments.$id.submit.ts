import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiActor } from "#app/server/access/permissions.server";
import { submitAssessment } from "#app/server/assessments/assessments.server";
import { apiError, methodNotAllowed } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";

export function loader() {
  return methodNotAllowed("POST");
}

/** POST /api/v1/assessments/:id/submit — checks completeness, then locks; idempotent. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const actor = await requireApiActor(request);
  const result = await submitAssessment(await db(), actor, params.id ?? "");
  switch (result.outcome) {
    case "submitted":
      return Response.json({ status: "submitted", submittedAt: result.submittedAt, revision: result.revision });
    case "incomplete":
      return apiError(400, "incomplete", { missing: result.missing });
    case "forbidden":
      return apiError(403, "read_only");
    case "not_found":
      return apiError(404, "not_found");
  }
}
