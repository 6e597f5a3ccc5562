import { type Kysely, sql } from "kysely";

const figureKeys = [
  "overall",
  "development_planning",
  "municipal_assets",
  "supply_disposal",
  "mobility",
  "internal_organisation",
  "communication_cooperation",
] as const;

/**
 * Activity profiles as derived data, and marks on recommendations.
 *
 * - assessment_profile: per submitted assessment, the figures peer statistics need
 *   (activity, absolute activity and scope overall and per field of action), the
 *   implemented measures (JSON array, for peer uptake) and the city's country and size
 *   class at computing time. `is_latest` marks each municipality's latest submitted round,
 *   the one its peers compare against. Recomputable at any time; never the source of truth.
 * - peer_distribution: the distribution of each figure per peer group, refreshed with the
 *   profiles, so a peer comparison reads a handful of rows even at national scale.
 * - peer_uptake: per peer group and measure, how many members implemented it.
 * - recommendation_mark: what a municipality's staff said about a recommended measure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let profile = db.schema
    .createTable("assessment_profile")
    .addColumn("assessment_id", "text", (c) => c.primaryKey().references("assessment.id").onDelete("cascade"))
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("size_class", "text", (c) => c.notNull())
    .addColumn("questionnaire_version", "integer", (c) => c.notNull())
    .addColumn("reporting_year", "integer", (c) => c.notNull())
    .addColumn("is_latest", "integer", (c) => c.notNull().defaultTo(0).check(sql`is_latest in (0, 1)`));
  for (const key of figureKeys) {
    profile = profile
      .addColumn(`${key}_activity`, "double precision")
      .addColumn(`${key}_absolute`, "double precision")
      .addColumn(`${key}_scope`, "double precision");
  }
  await profile
    .addColumn("implemented", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("assessment_profile_peer_idx")
    .on("assessment_profile")
    .columns(["is_latest", "country", "size_class"])
    .execute();
  await db.schema
    .createIndex("assessment_profile_municipality_idx")
    .on("assessment_profile")
    .columns(["municipality_id", "reporting_year"])
    .execute();

  await db.schema
    .createTable("peer_distribution")
    .addColumn("group_kind", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("figure", "text", (c) => c.notNull())
    .addColumn("n", "integer", (c) => c.notNull())
    .addColumn("min", "double precision", (c) => c.notNull())
    .addColumn("q1", "double precision", (c) => c.notNull())
    .addColumn("median", "double precision", (c) => c.notNull())
    .addColumn("q3", "double precision", (c) => c.notNull())
    .addColumn("max", "double precision", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("peer_distribution_pk", ["group_kind", "group_key", "figure"])
    .execute();

  // Per peer group (same country and size class; same country) and measure: how many of the
  // members' latest rounds implemented it. The row with measure_id '' holds the member count.
  await db.schema
    .createTable("peer_uptake")
    .addColumn("group_kind", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("measure_id", "text", (c) => c.notNull())
    .addColumn("implemented", "integer", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("peer_uptake_pk", ["group_kind", "group_key", "measure_id"])
    .execute();

  await db.schema
    .createTable("recommendation_mark")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("measure_id", "text", (c) => c.notNull())
    // The round whose recommendations the mark was set on; the mark itself holds for later rounds too.
    .addColumn("assessment_id", "text", (c) => c.references("assessment.id").onDelete("set null"))
    .addColumn("mark", "text", (c) => c.notNull().check(sql`mark in ('interested', 'already_planned', 'not_for_us')`))
    .addColumn("reason", "text")
    // Like the audit log: no foreign key, the record outlives its author.
    .addColumn("set_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("recommendation_mark_unique", ["municipality_id", "measure_id"])
    .execute();
}
