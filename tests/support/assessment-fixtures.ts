/**
 * Test-only fixtures for assessments: actors for demo people, extra respondents and
 * municipalities (with a first-round assessment) written straight into a database.
 */
import type { Kysely } from "kysely";
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import type { Country } from "#app/domain/vocabulary";
import { type Actor, loadActor } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";

export async function userIdByEmail(db: Kysely<Database>, email: string): Promise<string> {
  const row = await db.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return row.id;
}

/** The actor of a person, as a request with a live session would see them. */
export async function actorByEmail(db: Kysely<Database>, email: string): Promise<Actor> {
  const actor = await loadActor(db, await userIdByEmail(db, email), "test-session");
  if (!actor) throw new Error(`no actor for ${email}`);
  return actor;
}

export async function municipalityIdByName(db: Kysely<Database>, nameNative: string): Promise<string> {
  const row = await db
    .selectFrom("municipality")
    .select("id")
    .where("name_native", "=", nameNative)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The municipality's round in progress (the demo seeds one per municipality). */
export async function openAssessmentId(db: Kysely<Database>, municipalityId: string): Promise<string> {
  const row = await db
    .selectFrom("assessment")
    .select("id")
    .where("municipality_id", "=", municipalityId)
    .where("status", "=", "in_progress")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A respondent of a municipality; a password hash makes them able to sign in (not a demo account). */
export async function createRespondent(
  db: Kysely<Database>,
  options: { municipalityId: string; email: string; passwordHash?: string | null; displayName?: string },
): Promise<{ userId: string; email: string }> {
  const now = new Date().toISOString();
  const userId = newId();
  await db
    .insertInto("app_user")
    .values({
      id: userId,
      email: options.email,
      display_name: options.displayName ?? `Respondent ${options.email}`,
      password_hash: options.passwordHash ?? null,
      locale: null,
      is_demo: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto("role_membership")
    .values({
      id: newId(),
      user_id: userId,
      role: "respondent",
      municipality_id: options.municipalityId,
      workshop_id: null,
      created_at: now,
    })
    .execute();
  return { userId, email: options.email };
}

/** A municipality with an empty assessment in progress on the newest published version. */
export async function createMunicipalityWithAssessment(
  db: Kysely<Database>,
  options: { name: string; country: Country; population: number; reportingYear: number },
): Promise<{ municipalityId: string; assessmentId: string }> {
  const now = new Date().toISOString();
  const version = await db
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirstOrThrow();
  const municipalityId = newId();
  const assessmentId = newId();
  await db
    .insertInto("municipality")
    .values({
      id: municipalityId,
      country: options.country,
      region: "Testland",
      name_native: options.name,
      name_en: options.name,
      population: options.population,
      size_class: sizeClassOf(options.population),
      kind: "city",
      official_code: null,
      created_at: now,
    })
    .execute();
  await db
    .insertInto("assessment")
    .values({
      id: assessmentId,
      municipality_id: municipalityId,
      questionnaire_version_id: version.id,
      reporting_year: options.reportingYear,
      status: "in_progress",
      answers: "{}",
      created_at: now,
      updated_at: now,
      submitted_at: null,
    })
    .execute();
  return { municipalityId, assessmentId };
}
