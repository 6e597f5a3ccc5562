import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { isStaff, requireApiActor } from "#app/server/access/permissions.server";
import { reopenAssessment } from "#app/server/assessments/assessments.server";
import { apiError, methodNotAllowed, readJson } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";

const ReopenRequest = z.object({ reason: z.string().trim().min(1).max(1000) });

export function loader() {
  return methodNotAllowed("POST");
}

/** POST /api/v1/assessments/:id/reopen — researchers reopen a submitted assessment, with a reason. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const actor = await requireApiActor(request);
  if (!isStaff(actor)) return apiError(404, "not_found");
  const { reason } = await readJson(request, ReopenRequest);
  if (!(await reopenAssessment(await db(), actor, params.id ?? "", reason))) return apiError(409, "not_submitted");
  return Response.json({ status: "in_progress" });
}
