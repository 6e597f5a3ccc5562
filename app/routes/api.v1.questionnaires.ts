import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { json, listQuestionnaireVersions, parseQuery } from "#app/server/research/api.server";

/**
 * GET /api/v1/questionnaires — the questionnaire versions: published ones for everyone
 * signed in, drafts as well for researchers and admins. Newest first.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  parseQuery(request, z.object({}));
  return json({ questionnaires: await listQuestionnaireVersions(await db(), actor) });
}
