import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { apiFailure } from "#app/server/core/outcomes.server";
import { questionnaireOutcomes } from "#app/server/questionnaires/outcomes.server";
import { findQuestionnaireVersion, json, parseQuery } from "#app/server/research/api.server";

/**
 * GET /api/v1/questionnaires/:id — one version with its full content (measures, legal
 * scope per country, scope questions, scoring parameters). `:id` is the version's id or
 * its number (`/api/v1/questionnaires/1`). Drafts only for researchers and admins.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  parseQuery(request, z.object({}));
  const version = await findQuestionnaireVersion(await db(), actor, params.id ?? "");
  if (!version) return apiFailure(questionnaireOutcomes, "not_found");
  return json(version);
}
