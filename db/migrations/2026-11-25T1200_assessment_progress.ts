import type { Kysely } from "kysely";

/** Where a respondent was (to resume there) and what the previous round carried over. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("assessment").addColumn("current_page", "text").execute();
  await db.schema.alterTable("assessment").addColumn("carry_over", "text").execute();
  await db.schema.createIndex("assessment_municipality_idx").on("assessment").column("municipality_id").execute();
}
