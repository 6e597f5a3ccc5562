/**
 * One-time links: invitations (a person, a role, a municipality or workshop) and
 * password resets. There is no mail server: the inviter passes the link on. Only a
 * hash of the token is stored; a link works once and expires after seven days.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { invitableRoles, invitationLifetimeDays, type Role } from "#app/domain/access/accounts";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { audit } from "./audit.server";
import { hashPassword } from "./passwords.server";
import type { Actor } from "./permissions.server";
import { revokeUserSessions } from "./sessions.server";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A link made, with its token (shown once); refusals are outcomes of the access table. */
type Issued = { outcome: "created"; token: string };

export type CreateInvitationResult =
  | Issued
  | { outcome: "role_not_allowed" | "unknown_municipality" | "unknown_workshop" };

export async function createInvitation(
  db: Kysely<Database>,
  inviter: Actor,
  invitation: { email: string; role: Role; municipalityId?: string | undefined; workshopId?: string | undefined },
): Promise<CreateInvitationResult> {
  if (!invitableRoles(inviter.roles).includes(invitation.role)) return { outcome: "role_not_allowed" };
  if (invitation.municipalityId) {
    const exists = await db
      .selectFrom("municipality")
      .select("id")
      .where("id", "=", invitation.municipalityId)
      .executeTakeFirst();
    if (!exists) return { outcome: "unknown_municipality" };
  }
  if (invitation.role === "participant" && invitation.workshopId) {
    const workshop = await db
      .selectFrom("workshop")
      .select("id")
      .where("id", "=", invitation.workshopId)
      .executeTakeFirst();
    if (!workshop) return { outcome: "unknown_workshop" };
  }
  return issueLink(db, inviter, {
    purpose: "invitation",
    email: invitation.email,
    role: invitation.role,
    municipalityId: invitation.role === "respondent" ? (invitation.municipalityId ?? null) : null,
    workshopId: invitation.role === "participant" ? (invitation.workshopId ?? null) : null,
  });
}

export async function createPasswordReset(
  db: Kysely<Database>,
  admin: Actor,
  userId: string,
): Promise<Issued | { outcome: "not_found" }> {
  const user = await db.selectFrom("app_user").select(["email"]).where("id", "=", userId).executeTakeFirst();
  if (!user) return { outcome: "not_found" };
  return issueLink(db, admin, {
    purpose: "password_reset",
    email: user.email,
    role: null,
    municipalityId: null,
    workshopId: null,
  });
}

async function issueLink(
  db: Kysely<Database>,
  creator: Actor,
  link: {
    purpose: "invitation" | "password_reset";
    email: string;
    role: Role | null;
    municipalityId: string | null;
    workshopId: string | null;
  },
): Promise<Issued> {
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("one_time_link")
      .values({
        id,
        token_hash: hashToken(token),
        purpose: link.purpose,
        email: link.email,
        role: link.role,
        municipality_id: link.municipalityId,
        workshop_id: link.workshopId,
        created_by: creator.userId,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + invitationLifetimeDays * 24 * 60 * 60 * 1000).toISOString(),
        used_at: null,
      })
      .execute();
    await audit(trx, {
      actorUserId: creator.userId,
      action: link.purpose === "invitation" ? "invitation_created" : "password_reset_created",
      subjectType: "one_time_link",
      subjectId: id,
      details: { email: link.email, role: link.role, municipalityId: link.municipalityId, workshopId: link.workshopId },
    });
  });
  return { outcome: "created", token };
}

export async function findUsableLink(db: Kysely<Database>, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const link = await db
    .selectFrom("one_time_link")
    .leftJoin("municipality", "municipality.id", "one_time_link.municipality_id")
    .leftJoin("workshop", "workshop.id", "one_time_link.workshop_id")
    .select([
      "one_time_link.id",
      "one_time_link.purpose",
      "one_time_link.email",
      "one_time_link.role",
      "one_time_link.municipality_id",
      "one_time_link.workshop_id",
      "one_time_link.expires_at",
      "one_time_link.used_at",
      "municipality.name_native as municipality_name",
      "workshop.title as workshop_title",
    ])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!link || link.used_at || Date.parse(link.expires_at) <= Date.now()) return null;
  const existingUser = await db
    .selectFrom("app_user")
    .select(["id"])
    .where("email", "=", link.email)
    .executeTakeFirst();
  return { ...link, existingUserId: existingUser?.id ?? null };
}

export type UsableLink = NonNullable<Awaited<ReturnType<typeof findUsableLink>>>;

export type RedeemResult = { outcome: "redeemed"; userId: string } | { outcome: "password_required" | "link_used" };

/**
 * Uses a link: sets the password (new account or reset) and grants the invited role.
 * Marking the link used and the changes happen in one transaction, and the link is
 * claimed with a conditional update, so two clicks cannot both use it. A new account
 * needs a password, checked before the link is claimed, so a refusal leaves it usable.
 */
export async function redeemLink(
  db: Kysely<Database>,
  link: UsableLink,
  input: { password?: string; displayName?: string | undefined },
): Promise<RedeemResult> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  if (!link.existingUserId && !passwordHash) return { outcome: "password_required" };
  return db.transaction().execute(async (trx): Promise<RedeemResult> => {
    const now = new Date().toISOString();
    const claimed = await trx
      .updateTable("one_time_link")
      .set({ used_at: now })
      .where("id", "=", link.id)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return { outcome: "link_used" };

    let userId = link.existingUserId;
    if (!userId) {
      userId = newId();
      await trx
        .insertInto("app_user")
        .values({
          id: userId,
          email: link.email,
          display_name: input.displayName?.trim() || link.email,
          password_hash: passwordHash,
          locale: null,
          is_demo: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
    } else if (passwordHash) {
      await trx
        .updateTable("app_user")
        .set({ password_hash: passwordHash, updated_at: now })
        .where("id", "=", userId)
        .execute();
      await revokeUserSessions(trx, userId);
      await audit(trx, { actorUserId: userId, action: "password_changed", subjectType: "user", subjectId: userId });
    }

    if (link.purpose === "invitation" && link.role) {
      await trx
        .insertInto("role_membership")
        .values({
          id: newId(),
          user_id: userId,
          role: link.role,
          municipality_id: link.municipality_id,
          workshop_id: link.workshop_id,
          created_at: now,
        })
        .execute();
      await audit(trx, {
        actorUserId: userId,
        action: "invitation_accepted",
        subjectType: "one_time_link",
        subjectId: link.id,
        details: { role: link.role, municipalityId: link.municipality_id, workshopId: link.workshop_id },
      });
    }
    return { outcome: "redeemed", userId };
  });
}

export async function openInvitations(db: Kysely<Database>) {
  return db
    .selectFrom("one_time_link")
    .leftJoin("municipality", "municipality.id", "one_time_link.municipality_id")
    .leftJoin("workshop", "workshop.id", "one_time_link.workshop_id")
    .select([
      "one_time_link.id",
      "one_time_link.purpose",
      "one_time_link.email",
      "one_time_link.role",
      "one_time_link.expires_at",
      "municipality.name_native as municipality_name",
      "workshop.title as workshop_title",
    ])
    .where("used_at", "is", null)
    .where("expires_at", ">", new Date().toISOString())
    .orderBy("one_time_link.created_at", "desc")
    .limit(100)
    .execute();
}
