import { type Kysely, sql } from "kysely";

/**
 * Workshops (title, date, place, languages; the first language is the dossier's),
 * the municipalities taking part, participants' comments and "want to discuss" marks
 * on recommendations, and expressions of interest between possible partner cities.
 * Participants are role_membership rows (role participant, workshop_id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("workshop")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    // ISO date (YYYY-MM-DD): the day the cities meet.
    .addColumn("held_on", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    // JSON list of de|en|ja; the first is the language of the dossier and its PDF.
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("workshop_municipality")
    .addColumn("workshop_id", "text", (c) => c.notNull().references("workshop.id").onDelete("cascade"))
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("workshop_municipality_pk", ["workshop_id", "municipality_id"])
    .execute();
  await db.schema
    .createIndex("workshop_municipality_municipality_idx")
    .on("workshop_municipality")
    .column("municipality_id")
    .execute();

  await db.schema
    .createTable("workshop_comment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workshop_id", "text", (c) => c.notNull().references("workshop.id").onDelete("cascade"))
    // null: a topic of the whole group (a measure recommended to several cities).
    .addColumn("municipality_id", "text", (c) => c.references("municipality.id").onDelete("cascade"))
    .addColumn("measure_id", "text", (c) => c.notNull())
    .addColumn("parent_id", "text", (c) => c.references("workshop_comment.id").onDelete("cascade"))
    .addColumn("author_user_id", "text", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull().check(sql`length(body) between 1 and 2000`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("edited_at", "text")
    .execute();
  await db.schema
    .createIndex("workshop_comment_workshop_idx")
    .on("workshop_comment")
    .columns(["workshop_id", "created_at"])
    .execute();

  await db.schema
    .createTable("workshop_mark")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workshop_id", "text", (c) => c.notNull().references("workshop.id").onDelete("cascade"))
    .addColumn("municipality_id", "text", (c) => c.references("municipality.id").onDelete("cascade"))
    .addColumn("measure_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // One mark per person and item; a group topic has no municipality (coalesce: nulls are distinct in unique indexes).
  await sql`create unique index workshop_mark_unique on workshop_mark (workshop_id, user_id, measure_id, coalesce(municipality_id, ''))`.execute(
    db,
  );

  await db.schema
    .createTable("partnership_interest")
    .addColumn("from_municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("to_municipality_id", "text", (c) => c.notNull().references("municipality.id").onDelete("cascade"))
    .addColumn("created_by", "text", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("partnership_interest_pk", ["from_municipality_id", "to_municipality_id"])
    .execute();
  await db.schema
    .createIndex("partnership_interest_to_idx")
    .on("partnership_interest")
    .column("to_municipality_id")
    .execute();
}
