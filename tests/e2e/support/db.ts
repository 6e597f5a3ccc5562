/**
 * Direct access to the e2e server's database, for fixtures that create people and
 * look up ids, instead of clicking through set-up screens in every test.
 */
import type { Kysely } from "kysely";
import type { Role } from "#app/domain/access/accounts";
import { hashPassword } from "#app/server/access/passwords.server";
import { newId } from "#app/server/core/ids.server";
import { openDatabase } from "#db/database";
import type { Database } from "#db/schema";
import { e2eDatabasePath } from "./paths";

let database: Kysely<Database> | undefined;

export function e2eDb(): Kysely<Database> {
  database ??= openDatabase({ dialect: "sqlite", path: e2eDatabasePath }).db;
  return database;
}

export async function municipalityId(nameNative: string): Promise<string> {
  const row = await e2eDb()
    .selectFrom("municipality")
    .select("id")
    .where("name_native", "=", nameNative)
    .executeTakeFirstOrThrow();
  return row.id;
}

export const testPassword = "a long test password";

/** Creates a person with a role (and municipality), ready to sign in with testPassword. */
export async function createPerson(options: { role: Role; municipality?: string; email?: string }) {
  const email = options.email ?? `${options.role}-${newId()}@example.test`;
  const now = new Date().toISOString();
  const userId = newId();
  await e2eDb()
    .insertInto("app_user")
    .values({
      id: userId,
      email,
      display_name: `Test ${options.role}`,
      password_hash: await hashPassword(testPassword),
      locale: null,
      is_demo: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await e2eDb()
    .insertInto("role_membership")
    .values({
      id: newId(),
      user_id: userId,
      role: options.role,
      municipality_id: options.municipality ? await municipalityId(options.municipality) : null,
      workshop_id: null,
      created_at: now,
    })
    .execute();
  return { email, userId, password: testPassword };
}

/**
 * A municipality of its own with a respondent and an empty assessment on the latest
 * published version, so a journey can change answers without disturbing others.
 */
export async function createRespondentWithAssessment(country: "DE" | "JP" | "US") {
  const now = new Date().toISOString();
  const municipalityId = newId();
  const names = { DE: "Teststadt", JP: "テスト市", US: "Testville" } as const;
  const name = `${names[country]} ${municipalityId.slice(0, 5)}`;
  await e2eDb()
    .insertInto("municipality")
    .values({
      id: municipalityId,
      country,
      region: "Test",
      name_native: name,
      name_en: name,
      population: 50_000,
      size_class: "medium",
      kind: "city",
      official_code: null,
      created_at: now,
    })
    .execute();
  const version = await e2eDb()
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirstOrThrow();
  const assessmentId = newId();
  await e2eDb()
    .insertInto("assessment")
    .values({
      id: assessmentId,
      municipality_id: municipalityId,
      questionnaire_version_id: version.id,
      reporting_year: 2026,
      status: "in_progress",
      answers: "{}",
      created_at: now,
      updated_at: now,
      submitted_at: null,
    })
    .execute();
  const person = await createPerson({ role: "respondent", municipality: name });
  return { ...person, municipalityId, municipalityName: name, assessmentId };
}
