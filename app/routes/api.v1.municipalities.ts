import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { sizeClasses } from "#app/domain/municipalities/municipality";
import { countries } from "#app/domain/vocabulary";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { json, listMunicipalities, nextPage, pageParameters, parseQuery } from "#app/server/research/api.server";

const Query = z.object({
  country: z.enum(countries).optional(),
  sizeClass: z.enum(sizeClasses).optional(),
  ...pageParameters,
});

/**
 * GET /api/v1/municipalities — the municipalities the caller may see (researchers and
 * admins all; others their own and those whose sharing shows them), by country and name.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  const { limit, offset, ...filter } = parseQuery(request, Query);
  const { total, municipalities } = await listMunicipalities(await db(), actor, filter, { limit, offset });
  return json({ municipalities, total, limit, offset, next: nextPage(request, { limit, offset }, total) });
}
