import type { Kysely } from "kysely";
import type { Database } from "#db/schema";
import { audit } from "./audit.server";
import { hashPassword, verifyPassword } from "./passwords.server";
import type { Actor } from "./permissions.server";
import { revokeUserSessions } from "./sessions.server";

/** Changes one's own password; every other session of the person ends. A wrong current password changes nothing. */
export async function changeOwnPassword(
  db: Kysely<Database>,
  actor: Actor,
  input: { currentPassword: string; password: string },
): Promise<{ outcome: "changed" | "wrong_password" }> {
  const user = await db
    .selectFrom("app_user")
    .select("password_hash")
    .where("id", "=", actor.userId)
    .executeTakeFirst();
  if (!(await verifyPassword(user?.password_hash ?? null, input.currentPassword))) return { outcome: "wrong_password" };
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({ password_hash: passwordHash, is_demo: 0, updated_at: new Date().toISOString() })
      .where("id", "=", actor.userId)
      .execute();
    await revokeUserSessions(trx, actor.userId, { exceptSessionId: actor.sessionId });
    await audit(trx, {
      actorUserId: actor.userId,
      action: "password_changed",
      subjectType: "user",
      subjectId: actor.userId,
    });
  });
  return { outcome: "changed" };
}
