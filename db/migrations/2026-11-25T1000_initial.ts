import { type Kysely, sql } from "kysely";

/** The first schema: municipalities, people and roles, questionnaire versions, assessments, audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("municipality")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("country", "text", (c) => c.notNull().check(sqlIn("country", ["DE", "JP", "US"])))
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("name_native", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("population", "integer", (c) => c.notNull().check(sql`population >= 0`))
    .addColumn("size_class", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("official_code", "text")
    .addColumn("sharing", "text", (c) => c.notNull().defaultTo("none"))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("municipality_peer_idx").on("municipality").columns(["country", "size_class"]).execute();

  await db.schema
    .createTable("app_user")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("locale", "text")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("role_membership")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("role", "text", (c) =>
      c.notNull().check(sqlIn("role", ["admin", "researcher", "respondent", "participant"])),
    )
    .addColumn("municipality_id", "text", (c) => c.references("municipality.id").onDelete("cascade"))
    .addColumn("workshop_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("role_membership_user_idx").on("role_membership").column("user_id").execute();

  await db.schema
    .createTable("questionnaire_version")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("version_number", "integer", (c) => c.unique())
    .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["draft", "published"])))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("content_hash", "text")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .execute();

  await db.schema
    .createTable("assessment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("questionnaire_version_id", "text", (c) => c.notNull().references("questionnaire_version.id"))
    .addColumn("reporting_year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["in_progress", "submitted"])))
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addUniqueConstraint("assessment_round_unique", ["municipality_id", "reporting_year"])
    .execute();

  await db.schema
    .createTable("partnership")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_a_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("municipality_b_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sqlIn("kind", ["sister_city", "climate_partnership"])))
    .addColumn("since_year", "integer")
    .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["active", "planned", "ended"])))
    .addColumn("contact", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("actor_user_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text")
    .addColumn("subject_id", "text")
    .addColumn("details", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_created_idx").on("audit_log").column("created_at").execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
