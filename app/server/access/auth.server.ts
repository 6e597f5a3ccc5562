/** Signing in and out, with rate limits and an audit trail. */
import type { Kysely } from "kysely";
import { demoPassword, signInGate, signInLimits } from "#app/domain/access/accounts";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { audit } from "./audit.server";
import { verifyPassword } from "./passwords.server";

/** A sign-in's outcome; the refusals are answered by the access table (outcomes.server.ts). */
export type SignInResult =
  | { outcome: "signed_in"; userId: string }
  | { outcome: "invalid_credentials" }
  | { outcome: "locked"; retryAfterMinutes: number };

export async function signIn(
  db: Kysely<Database>,
  attempt: { email: string; password: string; address: string },
): Promise<SignInResult> {
  const now = new Date();
  const since = new Date(now.getTime() - signInLimits.windowMinutes * 60_000).toISOString();
  const failuresOf = async (column: "email" | "address", value: string) =>
    (
      await db
        .selectFrom("sign_in_attempt")
        .select("created_at")
        .where(column, "=", value)
        .where("succeeded", "=", 0)
        .where("created_at", ">", since)
        .orderBy("created_at")
        .execute()
    ).map((row) => new Date(row.created_at));

  const gate = signInGate(
    now,
    { account: await failuresOf("email", attempt.email), address: await failuresOf("address", attempt.address) },
    configuredLimits(),
  );
  if (!gate.allowed) {
    await audit(db, {
      actorUserId: null,
      action: "sign_in_locked",
      details: { email: attempt.email, address: attempt.address },
    });
    return { outcome: "locked", retryAfterMinutes: gate.retryAfterMinutes };
  }

  const user = await db
    .selectFrom("app_user")
    .select(["id", "password_hash", "is_demo"])
    .where("email", "=", attempt.email)
    .executeTakeFirst();
  // The demo password opens demo-seeded accounts only, whatever hash an account has.
  const demoPasswordMisused = attempt.password === demoPassword && user?.is_demo !== 1;
  const valid = (await verifyPassword(user?.password_hash ?? null, attempt.password)) && !demoPasswordMisused;

  await db
    .insertInto("sign_in_attempt")
    .values({
      id: newId(),
      email: attempt.email,
      address: attempt.address,
      succeeded: valid ? 1 : 0,
      created_at: now.toISOString(),
    })
    .execute();
  if (!valid || !user) {
    await audit(db, {
      actorUserId: user?.id ?? null,
      action: "sign_in_failed",
      details: { email: attempt.email, address: attempt.address },
    });
    return { outcome: "invalid_credentials" };
  }
  await audit(db, { actorUserId: user.id, action: "sign_in", subjectType: "user", subjectId: user.id });
  return { outcome: "signed_in", userId: user.id };
}

/**
 * The limits in force. SIGN_IN_ADDRESS_LIMIT raises the per-address limit where many
 * people share one address (a city hall behind one NAT, or a test run on loopback).
 */
function configuredLimits(): typeof signInLimits {
  const addressLimit = Number(process.env.SIGN_IN_ADDRESS_LIMIT);
  return Number.isInteger(addressLimit) && addressLimit > 0
    ? { ...signInLimits, maxFailuresPerAddress: addressLimit }
    : signInLimits;
}
