/**
 * Sessions are database rows; the browser holds only a random token in an
 * http-only cookie, and the row is keyed by the token's SHA-256.
 */
import { createHash, randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import type { Kysely } from "kysely";
import { isHttps } from "#app/server/core/request.server";
import type { Database } from "#db/schema";

export const sessionLifetimes = {
  /** Signed out after this long without a request. */
  idleMs: 12 * 60 * 60 * 1000,
  /** Signed out after this long in any case. */
  absoluteMs: 14 * 24 * 60 * 60 * 1000,
  /** last_seen_at is written at most this often, not on every request. */
  touchEveryMs: 5 * 60 * 1000,
};

const sessionCookie = createCookie("mcb_session", { path: "/", httpOnly: true, sameSite: "lax" });

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

/**
 * Starts a new session with a fresh token and retires any token the browser already
 * had, so a session id planted before sign-in is worthless after it (no fixation).
 */
export async function createSession(db: Kysely<Database>, userId: string, request: Request): Promise<string> {
  const previous = await readSessionToken(request);
  if (previous) await revokeSession(db, hashToken(previous));
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  await db
    .insertInto("user_session")
    .values({
      id: hashToken(token),
      user_id: userId,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: new Date(now + sessionLifetimes.absoluteMs).toISOString(),
      revoked_at: null,
    })
    .execute();
  return sessionCookie.serialize(token, { secure: isHttps(request), maxAge: sessionLifetimes.absoluteMs / 1000 });
}

export function clearSessionCookie(request: Request): Promise<string> {
  return sessionCookie.serialize("", { secure: isHttps(request), maxAge: 0 });
}

export interface ActiveSession {
  sessionId: string;
  userId: string;
}

/** The live session behind a token, or null when it is unknown, revoked, idle too long or too old. */
export async function findActiveSession(db: Kysely<Database>, token: string): Promise<ActiveSession | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom("user_session")
    .select(["id", "user_id", "last_seen_at", "expires_at", "revoked_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row || row.revoked_at) return null;
  const now = Date.now();
  const lastSeen = Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= now || lastSeen + sessionLifetimes.idleMs <= now) return null;
  if (now - lastSeen > sessionLifetimes.touchEveryMs) {
    await db
      .updateTable("user_session")
      .set({ last_seen_at: new Date(now).toISOString() })
      .where("id", "=", id)
      .execute();
  }
  return { sessionId: id, userId: row.user_id };
}

export async function revokeSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db
    .updateTable("user_session")
    .set({ revoked_at: new Date().toISOString() })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every session of a person, except optionally the one making the request. */
export async function revokeUserSessions(
  db: Kysely<Database>,
  userId: string,
  options: { exceptSessionId?: string } = {},
): Promise<number> {
  let query = db
    .updateTable("user_session")
    .set({ revoked_at: new Date().toISOString() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (options.exceptSessionId) query = query.where("id", "!=", options.exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
