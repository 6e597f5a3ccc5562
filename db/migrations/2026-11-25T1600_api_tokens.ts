import type { Kysely } from "kysely";

/**
 * Personal API tokens for researchers' scripts. Only the SHA-256 of a token is stored
 * (a copy of the database hands out no working token); the prefix lets a person tell
 * their tokens apart. A token reads what its owner's roles may read, never writes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("api_token")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_prefix", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("api_token_user_idx").on("api_token").column("user_id").execute();
}
