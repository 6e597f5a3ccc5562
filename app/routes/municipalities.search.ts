import type { LoaderFunctionArgs } from "@remix-run/node";
import { MunicipalitySearch } from "#app/domain/municipalities/municipality";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import { searchMunicipalities } from "#app/server/municipalities/municipalities.server";
import { municipalityOutcomes } from "#app/server/municipalities/outcomes.server";

/** The municipality picker's search (staff only): names or official codes that match what was typed. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const query = MunicipalitySearch.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  // Responses rather than plain data: a resource route's data() loses its status when the
  // route is requested as a document, and React Router 7 wants resource routes to answer so.
  if (!query.success) {
    const { status } = outcomeAnswer(municipalityOutcomes, "invalid");
    return Response.json({ query: null, municipalities: [] }, { status });
  }
  // The query goes back with the matches, so the picker never shows the answer to an older one.
  return Response.json({ query: query.data.q, municipalities: await searchMunicipalities(await db(), query.data.q) });
}
