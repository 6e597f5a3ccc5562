import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { apiFailure } from "#app/server/core/outcomes.server";
import { municipalityOutcomes } from "#app/server/municipalities/outcomes.server";
import { findMunicipalityForApi, json, parseQuery } from "#app/server/research/api.server";

/**
 * GET /api/v1/municipalities/:id — one municipality and the assessment rounds the caller
 * may read. 404 when it does not exist or the caller may not see it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  parseQuery(request, z.object({}));
  const municipality = await findMunicipalityForApi(await db(), actor, params.id ?? "");
  if (!municipality) return apiFailure(municipalityOutcomes, "not_found");
  return json(municipality);
}
