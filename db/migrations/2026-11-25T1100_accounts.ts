import type { Kysely } from "kysely";

/** Sessions, one-time links (invitations and password resets), sign-in attempts for rate limiting. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("user_session")
    // SHA-256 of the cookie token: a copy of the database does not hand out live sessions.
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("user_session_user_idx").on("user_session").column("user_id").execute();

  await db.schema
    .createTable("one_time_link")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("role", "text")
    .addColumn("municipality_id", "text", (c) => c.references("municipality.id").onDelete("cascade"))
    .addColumn("workshop_id", "text")
    .addColumn("created_by", "text", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();

  await db.schema
    .createTable("sign_in_attempt")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("succeeded", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_attempt_email_idx")
    .on("sign_in_attempt")
    .columns(["email", "created_at"])
    .execute();
  await db.schema
    .createIndex("sign_in_attempt_address_idx")
    .on("sign_in_attempt")
    .columns(["address", "created_at"])
    .execute();
}
