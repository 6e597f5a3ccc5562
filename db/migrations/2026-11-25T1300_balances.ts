import { type Kysely, sql } from "kysely";

const sectorColumns = [
  "households_t",
  "commerce_t",
  "industry_t",
  "municipal_t",
  "transport_road_t",
  "transport_rail_t",
  "transport_other_t",
  "waste_t",
  "other_t",
] as const;

const energyColumns = [
  "energy_households_mwh",
  "energy_commerce_mwh",
  "energy_industry_mwh",
  "energy_municipal_mwh",
  "energy_transport_mwh",
] as const;

/**
 * CO2 balances: one per municipality and year (t CO2e by sector, population, optional
 * final energy in MWh, method), one reduction target per municipality, and CSV imports
 * waiting for confirmation after their dry run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let balance = db.schema
    .createTable("co2_balance")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("population", "integer", (c) => c.notNull().check(sql`population > 0`));
  for (const column of sectorColumns) {
    balance = balance.addColumn(column, "double precision", (c) => c.check(sql`${sql.ref(column)} >= 0`));
  }
  balance = balance.addColumn("total_t", "double precision", (c) => c.notNull().check(sql`total_t >= 0`));
  for (const column of energyColumns) {
    balance = balance.addColumn(column, "double precision", (c) => c.check(sql`${sql.ref(column)} >= 0`));
  }
  await balance
    .addColumn("standard", "text", (c) =>
      c
        .notNull()
        .check(
          sqlIn("standard", [
            "bisko",
            "gpc_basic",
            "gpc_basic_plus",
            "jp_moe_manual",
            "us_community_protocol",
            "other",
          ]),
        ),
    )
    .addColumn("electricity_method", "text", (c) =>
      c.notNull().check(sqlIn("electricity_method", ["national_mix", "regional_grid", "local_supplier"])),
    )
    .addColumn("data_quality", "text", (c) => c.notNull().check(sqlIn("data_quality", ["high", "medium", "low"])))
    .addColumn("source", "text")
    // JSON array of the plausibility warnings the person confirmed, or null.
    .addColumn("confirmed_warnings", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("co2_balance_year_unique", ["municipality_id", "year"])
    .execute();
  await db.schema.createIndex("co2_balance_year_idx").on("co2_balance").column("year").execute();

  await db.schema
    .createTable("co2_target")
    .addColumn("municipality_id", "text", (c) => c.primaryKey().references("municipality.id").onDelete("cascade"))
    .addColumn("base_year", "integer", (c) => c.notNull())
    .addColumn("base_year_total_t", "double precision", (c) => c.check(sql`base_year_total_t >= 0`))
    .addColumn("target_year", "integer")
    .addColumn("reduction_percent", "double precision", (c) =>
      c.check(sql`reduction_percent >= 0 and reduction_percent <= 100`),
    )
    .addColumn("net_zero_year", "integer")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("co2_balance_import")
    .addColumn("id", "text", (c) => c.primaryKey())
    // Like the audit log: no foreign key, the record outlives its author.
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("file_name", "text")
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("applied_at", "text")
    .execute();
  await db.schema.createIndex("co2_balance_import_created_idx").on("co2_balance_import").column("created_at").execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
