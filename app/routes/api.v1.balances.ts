import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { countries } from "#app/domain/vocabulary";
import { requireApiActor } from "#app/server/access/permissions.server";
import { balanceJson, listVisibleBalances } from "#app/server/balances/balances.server";
import { db } from "#app/server/core/db.server";

const Query = z.object({
  municipality: z.string().trim().min(1).max(40).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  from: z.coerce.number().int().min(1990).max(2100).optional(),
  to: z.coerce.number().int().min(1990).max(2100).optional(),
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
  const url = new URL(request.url);
  const params = Object.fromEntries([...url.searchParams].filter(([key]) => key !== "lng"));
  const query = Query.strict().safeParse(params);
  if (!query.success) {
    return Response.json(
      {
        error: "invalid_query",
        issues: query.error.issues.map((issue) => ({
          parameter:
            issue.path.map(String).join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(",") : ""),
          message: issue.message,
        })),
      },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { municipality, limit, offset, ...filter } = query.data;
  // One more than asked tells whether there is a next page.
  const rows = await listVisibleBalances(await db(), actor, {
    ...filter,
    municipalityId: municipality,
    limit: limit + 1,
    offset,
  });
  let next: string | null = null;
  if (rows.length > limit) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("offset", String(offset + limit));
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  return Response.json(
    { balances: rows.slice(0, limit).map(balanceJson), limit, offset, next },
    { headers: { "Cache-Control": "no-store" } },
  );
}
