/**
 * Personal API tokens: researchers and admins create them in the workspace for their
 * scripts (R, Python) and send them as `Authorization: Bearer <token>`. The token is
 * shown once; only its SHA-256 is stored. A token acts for its owner with the roles
 * the owner has at the time of the request, and only reads (the permission module
 * refuses a token on any state-changing request).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { ApiTokenLifetime } from "#app/domain/access/api-tokens";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { audit } from "./audit.server";
// Types only: the permission module calls findActiveApiToken, so no runtime import back.
import type { Actor } from "./permissions.server";

/** Tokens look like `mcb_` + 43 base64url characters (256 random bits). */
export const apiTokenPattern = /^mcb_[A-Za-z0-9_-]{43}$/;
const prefixLength = 12;

/** last_used_at is written at most this often per token, not on every request. */
export const lastUseResolutionMs = 60 * 1000;

export { type ApiTokenLifetime, apiTokenLifetimes } from "#app/domain/access/api-tokens";

export const maxTokensPerPerson = 20;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a token for a person, without any permission check: the caller decides who may
 * have one (createApiToken for the workspace; tests for other roles).
 */
export async function issueApiToken(
  db: Kysely<Database>,
  userId: string,
  options: { name: string; lifetimeDays: number | null; now?: Date },
): Promise<{ id: string; token: string }> {
  const token = `mcb_${randomBytes(32).toString("base64url")}`;
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto("api_token")
    .values({
      id,
      user_id: userId,
      name: options.name,
      token_hash: hashApiToken(token),
      token_prefix: token.slice(0, prefixLength),
      created_at: now.toISOString(),
      expires_at:
        options.lifetimeDays === null
          ? null
          : new Date(now.getTime() + options.lifetimeDays * 24 * 60 * 60 * 1000).toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, token };
}

export type CreateTokenResult =
  | { outcome: "created"; id: string; token: string }
  | { outcome: "forbidden" }
  | { outcome: "too_many" };

/** A researcher or admin creates a token for themselves; the plain token is returned once. */
export async function createApiToken(
  db: Kysely<Database>,
  actor: Actor,
  options: { name: string; lifetimeDays: ApiTokenLifetime },
): Promise<CreateTokenResult> {
  const staff = actor.roles.has("admin") || actor.roles.has("researcher");
  // A token cannot mint tokens: that would be a state change, and an escalation of its life.
  if (!staff || actor.apiTokenId !== undefined) return { outcome: "forbidden" };
  const active = await db
    .selectFrom("api_token")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("user_id", "=", actor.userId)
    .where("revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  if (Number(active.n) >= maxTokensPerPerson) return { outcome: "too_many" };
  const issued = await issueApiToken(db, actor.userId, options);
  await audit(db, {
    actorUserId: actor.userId,
    action: "api_token_created",
    subjectType: "api_token",
    subjectId: issued.id,
    details: { name: options.name, lifetimeDays: options.lifetimeDays },
  });
  return { outcome: "created", ...issued };
}

/** Revokes one of the actor's own tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(db: Kysely<Database>, actor: Actor, tokenId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("api_token")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", tokenId)
      .where("user_id", "=", actor.userId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await audit(trx, {
      actorUserId: actor.userId,
      action: "api_token_revoked",
      subjectType: "api_token",
      subjectId: tokenId,
    });
    return true;
  });
}

export interface ListedApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The actor's own tokens, newest first (revoked ones too, for the record). */
export async function listApiTokens(db: Kysely<Database>, actor: Actor): Promise<ListedApiToken[]> {
  const rows = await db
    .selectFrom("api_token")
    .select(["id", "name", "token_prefix", "created_at", "expires_at", "last_used_at", "revoked_at"])
    .where("user_id", "=", actor.userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(100)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}

/**
 * The owner and id of a live token (known, not revoked, not expired), recording its use;
 * null otherwise. Called by the permission module for Bearer requests to /api/.
 */
export async function findActiveApiToken(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<{ tokenId: string; userId: string } | null> {
  if (!apiTokenPattern.test(token)) return null;
  const row = await db
    .selectFrom("api_token")
    .select(["id", "user_id", "expires_at", "last_used_at", "revoked_at"])
    .where("token_hash", "=", hashApiToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return null;
  if (row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime()) return null;
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) >= lastUseResolutionMs) {
    await db.updateTable("api_token").set({ last_used_at: now.toISOString() }).where("id", "=", row.id).execute();
  }
  return { tokenId: row.id, userId: row.user_id };
}
