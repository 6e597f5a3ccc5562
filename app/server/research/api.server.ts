/**
 * Shared pieces of the read-only JSON API for researchers' scripts: strict query
 * parsing (an unknown parameter or a bad value is a 400 naming it, never a silent
 * different answer), limit/offset paging with a `next` link, and no-store answers.
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { SizeClass } from "#app/domain/municipalities/municipality";
import { type LocalizedText, QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Country } from "#app/domain/vocabulary";
import {
  type Actor,
  answerReadScope,
  inScopeCondition,
  isStaff,
  whereResultsVisible,
} from "#app/server/access/permissions.server";
import { apiFailure } from "#app/server/core/outcomes.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import type { Database } from "#db/schema";
import { researchOutcomes } from "./outcomes.server";

export const maxPageSize = 1000;

/** limit (1..1000, default 100) and offset (from 0). */
export const pageParameters = {
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

/** Parses the query string with a strict schema; `lng` (the language) is always allowed. */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S): z.output<S> {
  const url = new URL(request.url);
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key === "lng") continue;
    if (key in params) {
      throw apiFailure(researchOutcomes, "invalid_query", {
        issues: [{ parameter: key, message: "given more than once" }],
      });
    }
    params[key] = value;
  }
  const parsed = schema.strict().safeParse(params);
  if (!parsed.success) {
    throw apiFailure(researchOutcomes, "invalid_query", {
      issues: parsed.error.issues.map((issue) => ({
        parameter: issue.path.map(String).join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(",") : ""),
        message: issue.message,
      })),
    });
  }
  return parsed.data as z.output<S>;
}

/** The link to the next page, or null on the last one. */
export function nextPage(request: Request, page: { limit: number; offset: number }, total: number): string | null {
  if (page.offset + page.limit >= total) return null;
  const url = new URL(request.url);
  url.searchParams.set("offset", String(page.offset + page.limit));
  url.searchParams.set("limit", String(page.limit));
  return `${url.pathname}${url.search}`;
}

export function json(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

// --- questionnaire versions ---------------------------------------------------------------

export interface QuestionnaireVersionSummary {
  id: string;
  number: number | null;
  status: "draft" | "published";
  title: LocalizedText | null;
  summary: LocalizedText | null;
  contentHash: string | null;
  measureCount: number | null;
  scopeQuestionCount: number | null;
  createdAt: string;
  publishedAt: string | null;
}

function summariseVersion(
  row: {
    id: string;
    version_number: number | null;
    status: "draft" | "published";
    content_hash: string | null;
    created_at: string;
    published_at: string | null;
  },
  content: QuestionnaireVersion | null,
): QuestionnaireVersionSummary {
  return {
    id: row.id,
    number: row.version_number,
    status: row.status,
    title: content?.title ?? null,
    summary: content?.summary ?? null,
    contentHash: row.content_hash,
    measureCount: content?.measures.length ?? null,
    scopeQuestionCount: content?.scopeQuestions.length ?? null,
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

/** A draft's content may be half-written: it is described when it parses, otherwise null. */
function parseContent(content: string): QuestionnaireVersion | null {
  try {
    const parsed = QuestionnaireVersion.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Published versions for everyone signed in; drafts too for researchers and admins. */
export async function listQuestionnaireVersions(
  db: Kysely<Database>,
  actor: Actor,
): Promise<QuestionnaireVersionSummary[]> {
  let query = db
    .selectFrom("questionnaire_version")
    .select(["id", "version_number", "status", "content", "content_hash", "created_at", "published_at"])
    .orderBy("status", "desc")
    .orderBy("version_number", "desc")
    .orderBy("created_at", "desc");
  if (!isStaff(actor)) query = query.where("status", "=", "published");
  const rows = await query.execute();
  const result: QuestionnaireVersionSummary[] = [];
  for (const row of rows) {
    const content = row.status === "published" ? await questionnaireVersionById(db, row.id) : parseContent(row.content);
    result.push(summariseVersion(row, content));
  }
  return result;
}

/** One version with its full content, by id or by version number ("1"); null when not visible. */
export async function findQuestionnaireVersion(db: Kysely<Database>, actor: Actor, idOrNumber: string) {
  let query = db
    .selectFrom("questionnaire_version")
    .select(["id", "version_number", "status", "content", "content_hash", "created_at", "published_at"]);
  query = /^\d{1,6}$/.test(idOrNumber)
    ? query.where("version_number", "=", Number(idOrNumber))
    : query.where("id", "=", idOrNumber);
  if (!isStaff(actor)) query = query.where("status", "=", "published");
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const content = row.status === "published" ? await questionnaireVersionById(db, row.id) : parseContent(row.content);
  return { ...summariseVersion(row, content), content };
}

// --- municipalities -------------------------------------------------------------------------

export interface MunicipalityFilter {
  country?: Country | undefined;
  sizeClass?: SizeClass | undefined;
}

/** Municipalities a person may see: researchers and admins all, others by sharing and their own. */
function visibleMunicipalities(db: Kysely<Database>, actor: Actor, filter: MunicipalityFilter) {
  let query = db
    .selectFrom("municipality")
    .where((eb) =>
      eb.or([whereResultsVisible(actor)(eb), inScopeCondition(answerReadScope(actor), "municipality.id")]),
    );
  if (filter.country !== undefined) query = query.where("municipality.country", "=", filter.country);
  if (filter.sizeClass !== undefined) query = query.where("municipality.size_class", "=", filter.sizeClass);
  return query;
}

const municipalityColumns = [
  "municipality.id",
  "municipality.country",
  "municipality.region",
  "municipality.name_native",
  "municipality.name_en",
  "municipality.population",
  "municipality.size_class",
  "municipality.kind",
  "municipality.official_code",
  "municipality.sharing",
  "municipality.is_demo",
] as const;

function municipalityJson(
  actor: Actor,
  row: {
    id: string;
    country: Country;
    region: string;
    name_native: string;
    name_en: string;
    population: number;
    size_class: string;
    kind: string;
    official_code: string | null;
    sharing: string;
    is_demo: number;
  },
) {
  return {
    id: row.id,
    name: row.name_native,
    nameEn: row.name_en,
    country: row.country,
    region: row.region,
    population: row.population,
    sizeClass: row.size_class,
    kind: row.kind,
    officialCode: row.official_code,
    // Who sees its results is the municipality's own business: shown to its staff and to researchers.
    sharing: isStaff(actor) || actor.municipalityIds.includes(row.id) ? row.sharing : null,
    isDemo: row.is_demo === 1,
  };
}

export async function listMunicipalities(
  db: Kysely<Database>,
  actor: Actor,
  filter: MunicipalityFilter,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    visibleMunicipalities(db, actor, filter)
      .select([...municipalityColumns])
      .orderBy("municipality.country")
      .orderBy("municipality.name_native")
      .orderBy("municipality.id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    visibleMunicipalities(db, actor, filter)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), municipalities: rows.map((row) => municipalityJson(actor, row)) };
}

/** One municipality with the assessments the person may read (their own, or all for researchers). */
export async function findMunicipalityForApi(db: Kysely<Database>, actor: Actor, id: string) {
  const row = await visibleMunicipalities(db, actor, {})
    .select([...municipalityColumns])
    .where("municipality.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const assessments = await db
    .selectFrom("assessment")
    .innerJoin("questionnaire_version", "questionnaire_version.id", "assessment.questionnaire_version_id")
    .select([
      "assessment.id",
      "assessment.reporting_year",
      "assessment.status",
      "assessment.questionnaire_version_id",
      "questionnaire_version.version_number",
      "assessment.updated_at",
      "assessment.submitted_at",
    ])
    .where("assessment.municipality_id", "=", id)
    .where(inScopeCondition(answerReadScope(actor), "assessment.municipality_id"))
    .orderBy("assessment.reporting_year", "desc")
    .execute();
  return {
    ...municipalityJson(actor, row),
    assessments: assessments.map((a) => ({
      id: a.id,
      reportingYear: a.reporting_year,
      status: a.status,
      questionnaireVersion: { id: a.questionnaire_version_id, number: a.version_number },
      updatedAt: a.updated_at,
      submittedAt: a.submitted_at,
    })),
  };
}
