import type { LoaderFunctionArgs } from "@remix-run/node";
import { balanceCsvTemplate } from "#app/domain/balances/balance-csv";
import { requireRole } from "#app/server/access/permissions.server";

/** The import template: the CSV header defined by the balance CSV schema. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  return new Response(balanceCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="co2-balances-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
