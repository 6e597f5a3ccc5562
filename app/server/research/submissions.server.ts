/**
 * Assessments across municipalities, for the research workspace and the JSON API: the
 * filtered list (country, round, status, questionnaire version) with paging and
 * counts, the choices its filters offer, and batched reading for exports and analysis.
 * Every reader takes the actor and applies their answer read scope: researchers and
 * admins see all assessments, a respondent only their own municipality's.
 */
import type { Kysely, SelectQueryBuilder } from "kysely";
import { type Answers, missingAnswers } from "#app/domain/assessments/answers";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { AssessmentRecord } from "#app/domain/research/exports";
import type { Country } from "#app/domain/vocabulary";
import { type Actor, answerReadScope, inScopeCondition } from "#app/server/access/permissions.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import type { Database } from "#db/schema";

export interface AssessmentFilter {
  country?: Country | undefined;
  year?: number | undefined;
  status?: "in_progress" | "submitted" | undefined;
  /** The questionnaire version number (1, 2, …). */
  version?: number | undefined;
  municipalityId?: string | undefined;
}

type Joined = SelectQueryBuilder<
  Database & { a: Database["assessment"]; m: Database["municipality"]; qv: Database["questionnaire_version"] },
  "a" | "m" | "qv",
  object
>;

function baseQuery(db: Kysely<Database>, actor: Actor, filter: AssessmentFilter): Joined {
  let query = db
    .selectFrom("assessment as a")
    .innerJoin("municipality as m", "m.id", "a.municipality_id")
    .innerJoin("questionnaire_version as qv", "qv.id", "a.questionnaire_version_id")
    .where(inScopeCondition(answerReadScope(actor), "a.municipality_id")) as unknown as Joined;
  if (filter.country !== undefined) query = query.where("m.country", "=", filter.country);
  if (filter.year !== undefined) query = query.where("a.reporting_year", "=", filter.year);
  if (filter.status !== undefined) query = query.where("a.status", "=", filter.status);
  if (filter.version !== undefined) query = query.where("qv.version_number", "=", filter.version);
  if (filter.municipalityId !== undefined) query = query.where("a.municipality_id", "=", filter.municipalityId);
  return query;
}

export interface ListedAssessment {
  id: string;
  municipality: { id: string; name: string; nameEn: string; country: Country; region: string };
  questionnaireVersion: { id: string; number: number | null };
  reportingYear: number;
  status: "in_progress" | "submitted";
  revision: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  answers: Answers;
}

/** A page of assessments in a stable order (country, municipality, newest round first). */
export async function listAssessments(
  db: Kysely<Database>,
  actor: Actor,
  filter: AssessmentFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ListedAssessment[]; total: number }> {
  const [rows, total] = await Promise.all([
    baseQuery(db, actor, filter)
      .select([
        "a.id",
        "a.municipality_id",
        "a.questionnaire_version_id",
        "a.reporting_year",
        "a.status",
        "a.revision",
        "a.answers",
        "a.created_at",
        "a.updated_at",
        "a.submitted_at",
        "m.name_native",
        "m.name_en",
        "m.country",
        "m.region",
        "qv.version_number",
      ])
      .orderBy("m.country")
      .orderBy("m.name_native")
      .orderBy("a.municipality_id")
      .orderBy("a.reporting_year", "desc")
      .orderBy("a.id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    baseQuery(db, actor, filter)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    rows: rows.map((row) => ({
      id: row.id,
      municipality: {
        id: row.municipality_id,
        name: row.name_native,
        nameEn: row.name_en,
        country: row.country,
        region: row.region,
      },
      questionnaireVersion: { id: row.questionnaire_version_id, number: row.version_number },
      reportingYear: row.reporting_year,
      status: row.status,
      revision: row.revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      submittedAt: row.submitted_at,
      answers: JSON.parse(row.answers) as Answers,
    })),
  };
}

/** How many assessments of the filter (without its status) are in progress and submitted. */
export async function countByStatus(db: Kysely<Database>, actor: Actor, filter: AssessmentFilter) {
  const rows = await baseQuery(db, actor, { ...filter, status: undefined })
    .select(["a.status", (eb) => eb.fn.countAll<string | number>().as("n")])
    .groupBy("a.status")
    .execute();
  const counts = { in_progress: 0, submitted: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/** The page rows of the submissions list, with the number of required answers still missing. */
export async function listSubmissions(
  db: Kysely<Database>,
  actor: Actor,
  filter: AssessmentFilter,
  page: { limit: number; offset: number },
) {
  const [{ rows, total }, counts] = await Promise.all([
    listAssessments(db, actor, filter, page),
    countByStatus(db, actor, filter),
  ]);
  const versions = new Map<string, QuestionnaireVersion>();
  for (const row of rows) {
    if (!versions.has(row.questionnaireVersion.id))
      versions.set(row.questionnaireVersion.id, await questionnaireVersionById(db, row.questionnaireVersion.id));
  }
  return {
    total,
    counts,
    rows: rows.map(({ answers, ...row }) => ({
      ...row,
      missing: missingAnswers(
        versions.get(row.questionnaireVersion.id) as QuestionnaireVersion,
        row.municipality.country,
        answers,
      ).length,
    })),
  };
}

/** The rounds and questionnaire versions that assessments exist for (the filters' choices). */
export async function assessmentFilterChoices(db: Kysely<Database>) {
  const [years, versions] = await Promise.all([
    db.selectFrom("assessment").select("reporting_year").distinct().orderBy("reporting_year", "desc").execute(),
    db
      .selectFrom("questionnaire_version")
      .select(["id", "version_number"])
      .where("status", "=", "published")
      .orderBy("version_number", "desc")
      .execute(),
  ]);
  return {
    years: years.map((row) => row.reporting_year),
    versions: versions.flatMap((row) => (row.version_number === null ? [] : [row.version_number])),
  };
}

/** The questionnaire versions the filtered assessments were answered with, oldest first. */
export async function versionsInFilter(
  db: Kysely<Database>,
  actor: Actor,
  filter: AssessmentFilter,
): Promise<Array<{ id: string; version: QuestionnaireVersion }>> {
  const rows = await baseQuery(db, actor, filter)
    .select(["a.questionnaire_version_id as id", "qv.version_number"])
    .distinct()
    .orderBy("qv.version_number")
    .execute();
  const result: Array<{ id: string; version: QuestionnaireVersion }> = [];
  for (const row of rows) result.push({ id: row.id, version: await questionnaireVersionById(db, row.id) });
  return result;
}

/** The export's AssessmentRecord, so that the two cannot drift apart; keyed `id` like every row this module returns. */
export type AssessmentBatchRow = Omit<AssessmentRecord, "assessmentId"> & { id: string };

/**
 * The filtered assessments in batches, by id (keyset paging: each batch is one indexed
 * query, however many there are), so that an export of every municipality never holds
 * more than one batch of answers in memory.
 */
export async function* assessmentBatches(
  db: Kysely<Database>,
  actor: Actor,
  filter: AssessmentFilter,
  batchSize = 500,
): AsyncGenerator<AssessmentBatchRow[]> {
  let after = "";
  for (;;) {
    const rows = await baseQuery(db, actor, filter)
      .select([
        "a.id",
        "a.municipality_id",
        "a.questionnaire_version_id",
        "a.reporting_year",
        "a.status",
        "a.answers",
        "a.updated_at",
        "a.submitted_at",
        "m.name_native",
        "m.name_en",
        "m.official_code",
        "m.country",
        "m.region",
        "m.size_class",
        "m.population",
      ])
      .where("a.id", ">", after)
      .orderBy("a.id")
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const batch: AssessmentBatchRow[] = [];
    for (const row of rows) {
      batch.push({
        id: row.id,
        municipalityId: row.municipality_id,
        municipalityName: row.name_native,
        municipalityNameEn: row.name_en,
        officialCode: row.official_code,
        country: row.country,
        region: row.region,
        sizeClass: row.size_class,
        population: row.population,
        reportingYear: row.reporting_year,
        status: row.status,
        submittedAt: row.submitted_at,
        updatedAt: row.updated_at,
        versionId: row.questionnaire_version_id,
        version: await questionnaireVersionById(db, row.questionnaire_version_id),
        answers: JSON.parse(row.answers) as Answers,
      });
    }
    yield batch;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]?.id ?? after;
  }
}

/**
 * Changes whenever the set of assessments of the filter changes: one added, submitted or
 * reopened (the count or the latest updated_at moves; a submitted assessment cannot be
 * edited). The key under which figures derived from them may be cached. Filter on
 * "submitted", it ignores the constant saving of rounds in progress.
 */
export async function filterFingerprint(db: Kysely<Database>, actor: Actor, filter: AssessmentFilter) {
  const row = await baseQuery(db, actor, filter)
    .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.max("a.updated_at").as("latest")])
    .executeTakeFirstOrThrow();
  return `${Number(row.n)}|${String(row.latest ?? "")}`;
}
