/**
 * Balances across municipalities for the research comparison: each visible
 * municipality's balance of a year (or its latest), and the years there are.
 */
import type { Kysely } from "kysely";
import type { ComparisonRow } from "#app/domain/balances/compare";
import type { AccountingStandard } from "#app/domain/balances/model";
import type { Actor } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";
import { balanceFromRow, visibleMunicipality } from "./balances.server";

/**
 * Each visible municipality's balance of the given year, or its latest balance; for
 * the per-capita distributions.
 */
export async function comparisonRows(
  db: Kysely<Database>,
  actor: Actor,
  filter: { year?: number | undefined; standard?: AccountingStandard | undefined },
): Promise<ComparisonRow[]> {
  let query = db
    .selectFrom("co2_balance")
    .innerJoin("municipality", "municipality.id", "co2_balance.municipality_id")
    .selectAll("co2_balance")
    .select("municipality.country as m_country")
    .where(visibleMunicipality(actor));
  if (filter.standard !== undefined) query = query.where("co2_balance.standard", "=", filter.standard);
  if (filter.year !== undefined) query = query.where("co2_balance.year", "=", filter.year);
  else {
    query = query.where((eb) =>
      eb(
        "co2_balance.year",
        "=",
        eb
          .selectFrom("co2_balance as later")
          .select((l) => l.fn.max("later.year").as("latest"))
          .whereRef("later.municipality_id", "=", "co2_balance.municipality_id")
          .$if(filter.standard !== undefined, (q) => q.where("later.standard", "=", filter.standard ?? "")),
      ),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => {
    const balance = balanceFromRow(row);
    return {
      municipalityId: row.municipality_id,
      country: row.m_country,
      year: balance.year,
      population: balance.population,
      sectors: balance.sectors,
      total: balance.total,
      standard: balance.method.standard,
      electricity: balance.method.electricity,
    };
  });
}

/** Years that have balances (visible to the person), newest first. */
export async function balanceYears(db: Kysely<Database>, actor: Actor): Promise<number[]> {
  const rows = await db
    .selectFrom("co2_balance")
    .innerJoin("municipality", "municipality.id", "co2_balance.municipality_id")
    .select("co2_balance.year")
    .distinct()
    .where(visibleMunicipality(actor))
    .orderBy("co2_balance.year", "desc")
    .execute();
  return rows.map((r) => Number(r.year));
}
