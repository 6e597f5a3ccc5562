/**
 * Test-only fixtures for the research workspace: complete, varied answers for a
 * questionnaire version, and municipalities with a submitted assessment written straight
 * into a database (SQLite or PostgreSQL, unit, integration and e2e tests alike).
 */
import type { Kysely } from "kysely";
import {
  type AnswerValue,
  askedMeasures,
  missingAnswers,
  questionNames,
  scopeQuestionsFor,
} from "#app/domain/assessments/answers";
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Country } from "#app/domain/vocabulary";
import { createSession } from "#app/server/access/sessions.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";

const statuses = ["not_started", "planned", "decided", "in_progress", "implemented"] as const;

/**
 * Every answer submitting needs, varied by `seed`: measure i gets status
 * statuses[(i + seed) % 5], scope questions option (seed % options), and every third
 * measure a comment. Deterministic, so tests can count what they expect.
 */
export function completeAnswers(
  version: QuestionnaireVersion,
  country: Country,
  seed = 0,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {
    [questionNames.population]: 40_000 + seed * 1_000,
    [questionNames.climateStaff]: 1.5 + (seed % 4),
    [questionNames.climatePlan]: "adopted",
    [questionNames.targetType]: "reduction",
    [questionNames.targetYear]: 2045,
    [questionNames.baseYear]: 1990,
    [questionNames.targetReduction]: 65,
  };
  for (const question of scopeQuestionsFor(version, country)) {
    const option = question.options[seed % question.options.length] ?? question.options[0];
    if (option) answers[questionNames.scope(question.id)] = option.value;
  }
  askedMeasures(version, country).forEach((measure, index) => {
    answers[questionNames.status(measure.id)] = statuses[(index + seed) % statuses.length] as string;
    if (index % 3 === 0) answers[questionNames.comment(measure.id)] = `Comment ${seed}/${index}`;
  });
  const missing = missingAnswers(version, country, answers);
  if (missing.length > 0) throw new Error(`fixture answers incomplete: ${missing.join(", ")}`);
  return answers;
}

export async function latestPublishedVersionId(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A municipality with one assessment (submitted unless said otherwise) with the given answers. */
export async function createMunicipalityWithAnswers(
  db: Kysely<Database>,
  options: {
    name: string;
    country: Country;
    population?: number;
    reportingYear: number;
    answers: Record<string, AnswerValue>;
    status?: "submitted" | "in_progress";
    versionId?: string;
    officialCode?: string | null;
  },
): Promise<{ municipalityId: string; assessmentId: string }> {
  const now = new Date().toISOString();
  const municipalityId = newId();
  const assessmentId = newId();
  const population = options.population ?? 50_000;
  await db
    .insertInto("municipality")
    .values({
      id: municipalityId,
      country: options.country,
      region: "Testland",
      name_native: options.name,
      name_en: options.name,
      population,
      size_class: sizeClassOf(population),
      kind: "city",
      official_code: options.officialCode ?? null,
      created_at: now,
    })
    .execute();
  const status = options.status ?? "submitted";
  await db
    .insertInto("assessment")
    .values({
      id: assessmentId,
      municipality_id: municipalityId,
      questionnaire_version_id: options.versionId ?? (await latestPublishedVersionId(db)),
      reporting_year: options.reportingYear,
      status,
      answers: JSON.stringify(options.answers),
      created_at: now,
      updated_at: now,
      submitted_at: status === "submitted" ? now : null,
    })
    .execute();
  return { municipalityId, assessmentId };
}

/** A Cookie header with a fresh session of the person, as a signed-in browser sends it. */
export async function sessionCookieFor(db: Kysely<Database>, email: string): Promise<string> {
  const user = await db.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  const setCookie = await createSession(db, user.id, new Request("http://localhost/login"));
  return setCookie.split(";")[0] ?? "";
}

type RouteFunction = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => unknown;

/** Calls a route's loader or action like Remix does; a thrown Response (401, 404, redirect) is returned. */
export async function callRoute(
  fn: RouteFunction,
  request: Request,
  params: Record<string, string> = {},
): Promise<Response> {
  try {
    const result = await fn({ request, params, context: {} });
    if (result instanceof Response) return result;
    // Remix's data() and plain objects: the status and the body as JSON.
    if (
      result &&
      typeof result === "object" &&
      "type" in result &&
      (result as { type: unknown }).type === "DataWithResponseInit"
    ) {
      const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
      return Response.json(data, init ?? {});
    }
    return Response.json(result);
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/**
 * What prepareDatabase does (migrations, published questionnaires, demo), without going
 * through db.server: tests that replace db.server's `db()` with their own database
 * (vi.mock) must not load the real module, whose imports lead back to the permission module.
 */
export async function prepareWithDemo(db: Kysely<Database>): Promise<void> {
  const { migrateToLatest } = await import("#db/database");
  const { syncPublishedQuestionnaires } = await import("#app/server/questionnaires/published.server");
  const { seedDemoIfEmpty } = await import("#app/server/demo/seed.server");
  await migrateToLatest(db);
  await syncPublishedQuestionnaires(db);
  await seedDemoIfEmpty(db);
}
