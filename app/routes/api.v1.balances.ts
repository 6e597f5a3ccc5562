import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { maxReferenceLength } from "#app/domain/balances/balance-csv-schema";
import { earliestYear, latestYear } from "#app/domain/balances/fields";
import { countries } from "#app/domain/vocabulary";
import { requireApiActor } from "#app/server/access/permissions.server";
import { balanceJson, listVisibleBalances } from "#app/server/balances/balances.server";
import { db } from "#app/server/core/db.server";
import { json, parseQuery } from "#app/server/research/api.server";

const year = z.coerce.number().int().min(earliestYear).max(latestYear);

const Query = z.object({
  municipality: z.string().trim().min(1).max(maxReferenceLength).optional(),
  year: year.optional(),
  from: year.optional(),
  to: year.optional(),
  country: z.enum(countries).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * GET /api/v1/balances: the CO2 balances the caller may see (own municipalities, those
 * whose sharing shows them to the caller; researchers and admins all), in t CO2e.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  const { municipality, limit, offset, ...filter } = parseQuery(request, Query);
  // One more than asked tells whether there is a next page.
  const rows = await listVisibleBalances(await db(), actor, {
    ...filter,
    municipalityId: municipality,
    limit: limit + 1,
    offset,
  });
  let next: string | null = null;
  if (rows.length > limit) {
    const nextUrl = new URL(request.url);
    nextUrl.searchParams.set("offset", String(offset + limit));
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  return json({ balances: rows.slice(0, limit).map(balanceJson), limit, offset, next });
}
