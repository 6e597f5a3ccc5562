import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireApiActor } from "#app/server/access/permissions.server";
import { saveAnswers } from "#app/server/assessments/assessments.server";
import { apiError, methodNotAllowed, readJson } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";

const SaveRequest = z.object({
  baseRevision: z.number().int().min(0),
  changes: z.record(z.string().max(100), z.unknown()),
  currentPage: z.string().max(64).optional(),
});

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
  switch (result.outcome) {
    case "saved":
      return Response.json({ revision: result.revision, savedAt: result.savedAt });
    case "invalid":
      return apiError(400, "invalid_answers", { problems: result.problems });
    case "conflict":
      return apiError(409, "stale_revision", { revision: result.revision, answers: result.answers });
    case "submitted":
      return apiError(409, "submitted");
    case "forbidden":
      return apiError(403, "read_only");
    case "not_found":
      return apiError(404, "not_found");
  }
}
