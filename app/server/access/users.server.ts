/** Account administration: people, their roles, their sessions. Admins only (checked by callers). */
import type { Kysely } from "kysely";
import type { Database } from "#db/schema";
import { audit } from "./audit.server";
import type { Actor } from "./permissions.server";
import { revokeUserSessions } from "./sessions.server";

export async function listUsers(db: Kysely<Database>) {
  const users = await db
    .selectFrom("app_user")
    .select(["id", "email", "display_name", "is_demo", "created_at"])
    .orderBy("email")
    .limit(1000)
    .execute();
  const memberships = await db
    .selectFrom("role_membership")
    .leftJoin("municipality", "municipality.id", "role_membership.municipality_id")
    .select([
      "role_membership.id",
      "role_membership.user_id",
      "role_membership.role",
      "municipality.name_native as municipality_name",
    ])
    .execute();
  const now = new Date().toISOString();
  const sessions = await db
    .selectFrom("user_session")
    .select(["user_id", (eb) => eb.fn.countAll<string | number>().as("count")])
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .groupBy("user_id")
    .execute();
  return users.map((user) => ({
    ...user,
    memberships: memberships.filter((m) => m.user_id === user.id),
    activeSessions: Number(sessions.find((s) => s.user_id === user.id)?.count ?? 0),
  }));
}

export async function revokeSessionsOf(db: Kysely<Database>, admin: Actor, userId: string): Promise<number> {
  const count = await revokeUserSessions(db, userId);
  await audit(db, {
    actorUserId: admin.userId,
    action: "sessions_revoked",
    subjectType: "user",
    subjectId: userId,
    details: { count },
  });
  return count;
}

export async function revokeMembership(db: Kysely<Database>, admin: Actor, membershipId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const membership = await trx
      .selectFrom("role_membership")
      .select(["id", "user_id", "role", "municipality_id", "workshop_id"])
      .where("id", "=", membershipId)
      .executeTakeFirst();
    if (!membership) return false;
    await trx.deleteFrom("role_membership").where("id", "=", membershipId).execute();
    await audit(trx, {
      actorUserId: admin.userId,
      action: "role_revoked",
      subjectType: "user",
      subjectId: membership.user_id,
      details: {
        role: membership.role,
        municipalityId: membership.municipality_id,
        workshopId: membership.workshop_id,
      },
    });
    return true;
  });
}
