import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { balancesToCsv } from "#app/domain/balances/balance-csv";
import { earliestYear, latestYear } from "#app/domain/balances/fields";
import { countries } from "#app/domain/vocabulary";
import { requireRole } from "#app/server/access/permissions.server";
import { balanceJson, listVisibleBalances } from "#app/server/balances/balances.server";
import { db } from "#app/server/core/db.server";
import { downloadResponse } from "#app/server/research/exports.server";

const Query = z.object({
  format: z.enum(["csv", "json"]).catch("csv"),
  year: z.coerce.number().int().min(earliestYear).max(latestYear).optional().catch(undefined),
  country: z.enum(countries).optional().catch(undefined),
});

/** Every balance (or one year's, one country's) as CSV with byte order mark, or as JSON. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const query = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const balances = await listVisibleBalances(await db(), actor, { year: query.year, country: query.country });
  const name = `co2-balances${query.country ? `-${query.country}` : ""}${query.year ? `-${query.year}` : ""}`;
  if (query.format === "json") {
    return downloadResponse({
      fileName: `${name}.json`,
      contentType: "application/json; charset=utf-8",
      body: JSON.stringify({ balances: balances.map(balanceJson) }, null, 2),
    });
  }
  return downloadResponse({
    fileName: `${name}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: balancesToCsv(balances),
  });
}
