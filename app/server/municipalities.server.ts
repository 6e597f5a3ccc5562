import type { Kysely } from "kysely";
import type { Country } from "#app/domain/vocabulary";
import type { Database } from "#db/schema";

/** How many municipalities take part, per country: public, aggregate, no names. */
export async function countMunicipalitiesByCountry(db: Kysely<Database>): Promise<Record<Country, number>> {
  const rows = await db
    .selectFrom("municipality")
    .select(["country", (eb) => eb.fn.countAll<string | number>().as("count")])
    .groupBy("country")
    .execute();
  const counts: Record<Country, number> = { DE: 0, JP: 0, US: 0 };
  for (const row of rows) counts[row.country] = Number(row.count);
  return counts;
}
