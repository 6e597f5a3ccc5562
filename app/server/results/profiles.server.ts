/**
 * Activity profiles, recommendations and peer comparison in the database.
 *
 * The full profile (with one explanation line per measure) is always computed from the
 * stored answers with the scoring core: it takes well under a millisecond and can never
 * be stale. What peers need is cached as derived data: per submitted assessment its
 * figures (assessment_profile) and per peer group the distributions (peer_distribution).
 * recomputeProfile keeps both current after a submit or reopen; recomputeAllProfiles
 * (npm run profiles:recompute) rebuilds them from scratch. Neither is ever the source of
 * truth: the answers are.
 *
 * profileForAssessment, recommendationsForAssessment and latestSubmittedAssessmentId check
 * no permissions and only look at SUBMITTED assessments (callers decide whose results they
 * may show). Pages and the API go through findResultsAssessment, which applies the rules:
 * a municipality's own staff and researchers also see a provisional profile of a round
 * in progress; everyone else only submitted results, and only where whereResultsVisible
 * allows.
 */
import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { type AnswerValue, scoringInput } from "#app/domain/assessments/answers";
import { sectorShares } from "#app/domain/balances/analysis";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import {
  type ActivityProfile,
  computeActivityProfile,
  type Distribution,
  type FigureKey,
  type Figures,
  figureKeys,
  groupDistributions,
  type PeerGroupKind,
  type PeerPlace,
  type PeerUptake,
  type ProfileFigures,
  placesAmongOthers,
  placesInGroup,
  profileFigures,
  type RankReason,
  type Recommendation,
  type Recommendations,
  rankReasons,
  recommendMeasures,
  type SectorShares,
  uptakeCounts,
} from "#app/domain/results";
import { scoringInputFromJson } from "#app/domain/results/fast-input";
import { recordOf } from "#app/domain/results/records";
import type { Country, FieldOfAction } from "#app/domain/vocabulary";
import { fieldsOfAction } from "#app/domain/vocabulary";
import { audit } from "#app/server/access/audit.server";
import {
  type Actor,
  answerReadScope,
  answerWriteScope,
  inScope,
  whereResultsVisible,
} from "#app/server/access/permissions.server";
import { balanceFromRow } from "#app/server/balances/balances.server";
import { newId } from "#app/server/core/ids.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import type { AssessmentProfileTable, Database, RecommendationMarkTable } from "#db/schema";

type Db = Kysely<Database> | Transaction<Database>;
type ProfileRow = Selectable<AssessmentProfileTable>;

/** Rows per insert: 30 columns × 1,000 stays below SQLite's 32,766 bound parameters. */
const insertChunk = 1_000;
/** Assessments read per page when recomputing everything. */
const readPage = 2_000;
/** Cities named as examples per recommended measure. */
const examplesPerMeasure = 4;

// --- the cache row ---------------------------------------------------------------------

type FigureColumns = {
  [K in FigureKey]: { activity: `${K}_activity`; absolute: `${K}_absolute`; scope: `${K}_scope` };
};
const columns = recordOf(figureKeys, (key) => ({
  activity: `${key}_activity`,
  absolute: `${key}_absolute`,
  scope: `${key}_scope`,
})) as FigureColumns;

function figuresOf(row: ProfileRow, figure: "activity" | "absolute" | "scope"): Figures {
  return recordOf(figureKeys, (key) => row[columns[key][figure]]);
}

function figureColumnValues(figures: ProfileFigures) {
  const values: Partial<Record<keyof AssessmentProfileTable, number | null>> = {};
  for (const key of figureKeys) {
    values[columns[key].activity] = figures.activity[key];
    values[columns[key].absolute] = figures.absoluteActivity[key];
    values[columns[key].scope] = figures.scope[key];
  }
  return values;
}

interface ProfileMeta {
  assessmentId: string;
  municipalityId: string;
  country: Country;
  sizeClass: string;
  questionnaireVersion: number;
  reportingYear: number;
}

function profileRow(meta: ProfileMeta, figures: ProfileFigures, isLatest: boolean, computedAt: string) {
  return {
    assessment_id: meta.assessmentId,
    municipality_id: meta.municipalityId,
    country: meta.country,
    size_class: meta.sizeClass,
    questionnaire_version: meta.questionnaireVersion,
    reporting_year: meta.reportingYear,
    is_latest: isLatest ? 1 : 0,
    ...figureColumnValues(figures),
    implemented: JSON.stringify(figures.implemented),
    computed_at: computedAt,
  } as Insertable<AssessmentProfileTable>;
}

function implementedOf(row: Pick<ProfileRow, "implemented">): string[] {
  try {
    const parsed: unknown = JSON.parse(row.implemented);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

// --- loading an assessment ---------------------------------------------------------------

export interface ResultsAssessment {
  id: string;
  municipality: { id: string; name: string; nameEn: string; country: Country; sizeClass: string; isDemo: boolean };
  versionId: string;
  version: QuestionnaireVersion;
  reportingYear: number;
  status: "in_progress" | "submitted";
  submittedAt: string | null;
  answers: Record<string, AnswerValue>;
  /** A round in progress: figures are live and may still change. */
  provisional: boolean;
  /** The actor answers for this municipality or is staff (sees drafts, marks). */
  canReadAnswers: boolean;
  /** The actor may mark recommendations (the municipality's own staff, round any status). */
  canMark: boolean;
}

async function loadAssessment(db: Db, assessmentId: string) {
  const row = await db
    .selectFrom("assessment")
    .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
    .select([
      "assessment.id",
      "assessment.municipality_id",
      "assessment.questionnaire_version_id",
      "assessment.reporting_year",
      "assessment.status",
      "assessment.submitted_at",
      "assessment.answers",
      "municipality.name_native",
      "municipality.name_en",
      "municipality.country",
      "municipality.size_class",
      "municipality.is_demo",
    ])
    .where("assessment.id", "=", assessmentId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    municipality: {
      id: row.municipality_id,
      name: row.name_native,
      nameEn: row.name_en,
      country: row.country,
      sizeClass: row.size_class,
      isDemo: row.is_demo === 1,
    },
    versionId: row.questionnaire_version_id,
    version: await questionnaireVersionById(db as Kysely<Database>, row.questionnaire_version_id),
    reportingYear: row.reporting_year,
    status: row.status,
    submittedAt: row.submitted_at,
    answers: JSON.parse(row.answers) as Record<string, AnswerValue>,
  };
}

/**
 * The assessment whose results the actor may see, or null (the caller answers 404):
 * the municipality's own staff and researchers any round (a round in progress as a
 * provisional profile), everyone else submitted rounds of municipalities whose sharing
 * lets them see results.
 */
export async function findResultsAssessment(
  db: Kysely<Database>,
  actor: Actor,
  assessmentId: string,
): Promise<ResultsAssessment | null> {
  const assessment = await loadAssessment(db, assessmentId);
  if (!assessment) return null;
  const canReadAnswers = inScope(answerReadScope(actor), assessment.municipality.id);
  if (!canReadAnswers) {
    if (assessment.status !== "submitted") return null;
    const visible = await db
      .selectFrom("municipality")
      .select("municipality.id")
      .where("municipality.id", "=", assessment.municipality.id)
      .where(whereResultsVisible(actor))
      .executeTakeFirst();
    if (!visible) return null;
  }
  return {
    ...assessment,
    provisional: assessment.status !== "submitted",
    canReadAnswers,
    canMark: inScope(answerWriteScope(actor), assessment.municipality.id) && actor.apiTokenId === undefined,
  };
}

/** The profile of an assessment as it stands (live, from its answers). */
export function liveProfile(assessment: Pick<ResultsAssessment, "version" | "municipality" | "answers">) {
  return computeActivityProfile(
    assessment.version,
    scoringInput(assessment.version, assessment.municipality.country, assessment.answers),
  );
}

// --- functions for other features (no permission check inside) --------------------------

/** The activity profile of a submitted assessment; null when there is none. */
export async function profileForAssessment(
  db: Kysely<Database>,
  assessmentId: string,
): Promise<ActivityProfile | null> {
  const assessment = await loadAssessment(db, assessmentId);
  if (assessment?.status !== "submitted") return null;
  return liveProfile(assessment);
}

/** The recommendations of a submitted assessment (with CO2 balance and peer uptake); null when there is none. */
export async function recommendationsForAssessment(
  db: Kysely<Database>,
  assessmentId: string,
): Promise<Recommendations | null> {
  const assessment = await loadAssessment(db, assessmentId);
  if (assessment?.status !== "submitted") return null;
  return (await computeRecommendations(db, assessment)).recommendations;
}

/** The municipality's latest submitted round, or null. */
export async function latestSubmittedAssessmentId(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("assessment")
    .select("id")
    .where("municipality_id", "=", municipalityId)
    .where("status", "=", "submitted")
    .orderBy("reporting_year", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

// --- keeping the cache current ------------------------------------------------------------

interface GroupRef {
  kind: Exclude<PeerGroupKind, "partners">;
  key: string;
}

function groupsOf(country: string, sizeClass: string): GroupRef[] {
  return [
    { kind: "size_class", key: `${country}:${sizeClass}` },
    { kind: "country", key: country },
    { kind: "all_countries", key: "all" },
  ];
}

/** Re-reads a group's latest profiles and stores its distributions. */
async function refreshGroup(db: Db, group: GroupRef, computedAt: string): Promise<void> {
  // Uptake is counted within a country only: the all-countries group needs no measure lists.
  const withUptake = group.kind !== "all_countries";
  let query = db
    .selectFrom("assessment_profile")
    .select([
      ...figureKeys.map((key) => columns[key].activity),
      withUptake ? "implemented" : sql<string>`''`.as("implemented"),
    ])
    .where("is_latest", "=", 1);
  if (group.kind === "size_class") {
    const [country = "", sizeClass = ""] = group.key.split(":");
    query = query.where("country", "=", country as Country).where("size_class", "=", sizeClass);
  } else if (group.kind === "country") {
    query = query.where("country", "=", group.key as Country);
  }
  const rows = await query.execute();
  const members = rows.map((row) => recordOf(figureKeys, (key) => row[columns[key].activity]));
  await writeDistributions(db, group, groupDistributions(members), computedAt);
  if (withUptake) await writeUptake(db, group, rows.map(implementedOf), computedAt);
}

/** Uptake counts of a group (only the same-country groups are used for it), '' = members. */
async function writeUptake(db: Db, group: GroupRef, implemented: readonly string[][], computedAt: string) {
  await db.deleteFrom("peer_uptake").where("group_kind", "=", group.kind).where("group_key", "=", group.key).execute();
  if (group.kind === "all_countries" || implemented.length === 0) return;
  const counts = uptakeCounts(implemented.map((ids) => ({ implemented: ids })));
  const rows = [
    { measure_id: "", implemented: implemented.length },
    ...[...counts].map(([measure_id, count]) => ({ measure_id, implemented: count })),
  ].map((row) => ({ group_kind: group.kind, group_key: group.key, ...row, computed_at: computedAt }));
  for (let i = 0; i < rows.length; i += insertChunk) {
    await db
      .insertInto("peer_uptake")
      .values(rows.slice(i, i + insertChunk))
      .execute();
  }
}

async function writeDistributions(
  db: Db,
  group: GroupRef,
  distributions: Record<FigureKey, Distribution | null>,
  computedAt: string,
): Promise<void> {
  await db
    .deleteFrom("peer_distribution")
    .where("group_kind", "=", group.kind)
    .where("group_key", "=", group.key)
    .execute();
  const rows = figureKeys.flatMap((figure) => {
    const d = distributions[figure];
    return d === null ? [] : [{ group_kind: group.kind, group_key: group.key, figure, ...d, computed_at: computedAt }];
  });
  if (rows.length > 0) await db.insertInto("peer_distribution").values(rows).execute();
}

/** Marks the municipality's latest submitted round (the one peers compare against). */
async function markLatest(db: Db, municipalityId: string): Promise<void> {
  await db
    .updateTable("assessment_profile")
    .set({ is_latest: 0 })
    .where("municipality_id", "=", municipalityId)
    .execute();
  const latest = await db
    .selectFrom("assessment_profile")
    .select("assessment_id")
    .where("municipality_id", "=", municipalityId)
    .orderBy("reporting_year", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest) {
    await db
      .updateTable("assessment_profile")
      .set({ is_latest: 1 })
      .where("assessment_id", "=", latest.assessment_id)
      .execute();
  }
}

/**
 * Brings the cache in line with one assessment: a submitted assessment gets its figures
 * (re)computed, any other has none; then the municipality's latest round and the
 * distributions of its peer groups (old and new, should its size class have changed)
 * are refreshed.
 */
export async function recomputeProfile(db: Kysely<Database>, assessmentId: string): Promise<void> {
  const assessment = await loadAssessment(db, assessmentId);
  const computedAt = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("assessment_profile")
      .select(["municipality_id", "country", "size_class"])
      .where("assessment_id", "=", assessmentId)
      .executeTakeFirst();
    await trx.deleteFrom("assessment_profile").where("assessment_id", "=", assessmentId).execute();
    if (assessment?.status === "submitted") {
      const figures = profileFigures(liveProfile(assessment));
      await trx
        .insertInto("assessment_profile")
        .values(
          profileRow(
            {
              assessmentId,
              municipalityId: assessment.municipality.id,
              country: assessment.municipality.country,
              sizeClass: assessment.municipality.sizeClass,
              questionnaireVersion: assessment.version.version,
              reportingYear: assessment.reportingYear,
            },
            figures,
            false,
            computedAt,
          ),
        )
        .execute();
    }
    const municipalityId = assessment?.municipality.id ?? before?.municipality_id;
    if (municipalityId === undefined) return;
    await markLatest(trx, municipalityId);
    const groups = new Map<string, GroupRef>();
    if (assessment) {
      for (const g of groupsOf(assessment.municipality.country, assessment.municipality.sizeClass)) {
        groups.set(`${g.kind}/${g.key}`, g);
      }
    }
    if (before) for (const g of groupsOf(before.country, before.size_class)) groups.set(`${g.kind}/${g.key}`, g);
    for (const group of groups.values()) await refreshGroup(trx, group, computedAt);
  });
}

/**
 * For hooks after a submit or reopen: the change itself has succeeded, so a failure
 * here must not undo or fail it. The cache stays as it was (npm run
 * profiles:recompute rebuilds it) and the cause is logged.
 */
export async function refreshProfileAfterChange(db: Kysely<Database>, assessmentId: string): Promise<void> {
  try {
    await recomputeProfile(db, assessmentId);
  } catch (error) {
    console.error(`profile of assessment ${assessmentId} not recomputed:`, error);
  }
}

export interface RecomputeSummary {
  profiles: number;
  municipalities: number;
  groups: number;
}

/**
 * Rebuilds the whole cache from the submitted answers, in one transaction: every
 * submitted assessment's figures, each municipality's latest round, and the
 * distributions of every peer group.
 */
export async function recomputeAllProfiles(db: Kysely<Database> | Transaction<Database>): Promise<RecomputeSummary> {
  const computedAt = new Date().toISOString();
  const work = async (trx: Db): Promise<RecomputeSummary> => {
    await trx.deleteFrom("peer_distribution").execute();
    await trx.deleteFrom("peer_uptake").execute();
    await trx.deleteFrom("assessment_profile").execute();

    const rows: ReturnType<typeof profileRow>[] = [];
    const latest = new Map<string, { year: number; index: number }>();
    const versions = new Map<string, QuestionnaireVersion>();
    let after = "";
    for (;;) {
      const page = await trx
        .selectFrom("assessment")
        .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
        .select([
          "assessment.id",
          "assessment.municipality_id",
          "assessment.questionnaire_version_id",
          "assessment.reporting_year",
          "assessment.answers",
          "municipality.country",
          "municipality.size_class",
        ])
        .where("assessment.status", "=", "submitted")
        .where("assessment.id", ">", after)
        .orderBy("assessment.id")
        .limit(readPage)
        .execute();
      for (const a of page) {
        let version = versions.get(a.questionnaire_version_id);
        if (!version) {
          version = await questionnaireVersionById(trx as Kysely<Database>, a.questionnaire_version_id);
          versions.set(a.questionnaire_version_id, version);
        }
        // Only the statuses and scope answers, read from the JSON text: see fast-input.ts.
        const figures = profileFigures(
          computeActivityProfile(version, scoringInputFromJson(version, a.country, a.answers)),
        );
        const index = rows.length;
        rows.push(
          profileRow(
            {
              assessmentId: a.id,
              municipalityId: a.municipality_id,
              country: a.country,
              sizeClass: a.size_class,
              questionnaireVersion: version.version,
              reportingYear: a.reporting_year,
            },
            figures,
            false,
            computedAt,
          ),
        );
        const seen = latest.get(a.municipality_id);
        if (!seen || a.reporting_year > seen.year) latest.set(a.municipality_id, { year: a.reporting_year, index });
      }
      const last = page[page.length - 1];
      if (!last || page.length < readPage) break;
      after = last.id;
    }
    for (const { index } of latest.values()) {
      const row = rows[index];
      if (row) row.is_latest = 1;
    }
    for (let i = 0; i < rows.length; i += insertChunk) {
      await trx
        .insertInto("assessment_profile")
        .values(rows.slice(i, i + insertChunk))
        .execute();
    }

    // Distributions of every group, from the latest rounds held in memory.
    const members = new Map<string, { group: GroupRef; figures: Figures[]; implemented: string[][] }>();
    for (const { index } of latest.values()) {
      const row = rows[index];
      if (!row) continue;
      const figures = recordOf(figureKeys, (key) => (row[columns[key].activity] as number | null | undefined) ?? null);
      const implemented = implementedOf(row);
      for (const group of groupsOf(row.country, row.size_class)) {
        const id = `${group.kind}/${group.key}`;
        const entry = members.get(id) ?? { group, figures: [], implemented: [] };
        entry.figures.push(figures);
        entry.implemented.push(implemented);
        members.set(id, entry);
      }
    }
    for (const { group, figures, implemented } of members.values()) {
      await writeDistributions(trx, group, groupDistributions(figures), computedAt);
      await writeUptake(trx, group, implemented, computedAt);
    }
    return { profiles: rows.length, municipalities: latest.size, groups: members.size };
  };
  return db.isTransaction ? work(db) : (db as Kysely<Database>).transaction().execute(work);
}

// --- peer comparison -------------------------------------------------------------------------

export interface PeerGroupResult {
  kind: PeerGroupKind;
  /** What defines the group: the country and size class where they apply. */
  country: Country | null;
  sizeClass: string | null;
  /** Cities in the group other than this one (with an overall figure); 0 when the group is not shown. */
  others: number;
  places: Record<FigureKey, PeerPlace>;
}

export interface PeerBands {
  assessmentId: string;
  /** The figures compared: activity (achieved ÷ possible points), 0..1. */
  figure: "activity";
  provisional: boolean;
  minimumGroupSize: number;
  groups: PeerGroupResult[];
}

/** The city's own figures and whether its latest submitted round is in the stored distributions. */
async function ownFigures(db: Kysely<Database>, assessment: Awaited<ReturnType<typeof loadAssessment>> & object) {
  const latestRow = await db
    .selectFrom("assessment_profile")
    .selectAll()
    .where("municipality_id", "=", assessment.municipality.id)
    .where("is_latest", "=", 1)
    .executeTakeFirst();
  const cached =
    latestRow?.assessment_id === assessment.id
      ? latestRow
      : assessment.status === "submitted"
        ? await db
            .selectFrom("assessment_profile")
            .selectAll()
            .where("assessment_id", "=", assessment.id)
            .executeTakeFirst()
        : undefined;
  const activity = cached ? figuresOf(cached, "activity") : profileFigures(liveProfile(assessment)).activity;
  return { activity, latestRow: latestRow ?? null };
}

async function partnerFigures(db: Kysely<Database>, municipalityId: string): Promise<Figures[]> {
  // Partners that share their results with partner cities (or everyone signed in).
  const rows = await db
    .selectFrom("partnership")
    .innerJoin("municipality", (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([
            eb("partnership.municipality_a_id", "=", municipalityId),
            eb("municipality.id", "=", eb.ref("partnership.municipality_b_id")),
          ]),
          eb.and([
            eb("partnership.municipality_b_id", "=", municipalityId),
            eb("municipality.id", "=", eb.ref("partnership.municipality_a_id")),
          ]),
        ]),
      ),
    )
    .innerJoin("assessment_profile", "assessment_profile.municipality_id", "municipality.id")
    .select(figureKeys.map((key) => `assessment_profile.${columns[key].activity}` as const))
    .where("partnership.status", "=", "active")
    .where("municipality.sharing", "in", ["partners", "signed_in"])
    .where("assessment_profile.is_latest", "=", 1)
    .distinct()
    .execute();
  return rows.map((row) => recordOf(figureKeys, (key) => row[columns[key].activity]));
}

/**
 * Where the assessment's activity falls in each of its peer groups, per field and
 * overall: the distribution (n, minimum, quartiles, maximum) and a band, or null where
 * fewer than the minimum number of other cities belong to the group. Returns null when
 * the actor may not see this assessment's results.
 */
export async function peerBandsForAssessment(
  db: Kysely<Database>,
  assessmentId: string,
  actor: Actor,
): Promise<PeerBands | null> {
  const access = await findResultsAssessment(db, actor, assessmentId);
  if (!access) return null;
  return peerBandsOf(db, access);
}

export async function peerBandsOf(db: Kysely<Database>, assessment: ResultsAssessment): Promise<PeerBands> {
  const { country, sizeClass } = assessment.municipality;
  const minimumGroupSize = assessment.version.scoring.minimumPeerGroupSize;
  const { activity, latestRow } = await ownFigures(db, assessment);
  const refs = groupsOf(country, sizeClass);
  const stored = await db
    .selectFrom("peer_distribution")
    .selectAll()
    .where((eb) => eb.or(refs.map((g) => eb.and([eb("group_kind", "=", g.kind), eb("group_key", "=", g.key)]))))
    .execute();
  const groups: PeerGroupResult[] = refs.map((group) => {
    const distributions: Partial<Record<FigureKey, Distribution>> = {};
    for (const row of stored) {
      if (row.group_kind !== group.kind || row.group_key !== group.key) continue;
      distributions[row.figure as FigureKey] = {
        n: Number(row.n),
        min: row.min,
        q1: row.q1,
        median: row.median,
        q3: row.q3,
        max: row.max,
      };
    }
    // The city's latest round counts in the group when its country (and size class) match.
    const ownIncluded =
      latestRow !== null &&
      (group.kind === "all_countries" ||
        (latestRow.country === country && (group.kind === "country" || latestRow.size_class === sizeClass)));
    const places = placesInGroup(activity, distributions, { ownIncluded, minimumGroupSize });
    const shownN = places.overall.distribution?.n ?? 0;
    return {
      kind: group.kind,
      country: group.kind === "all_countries" ? null : country,
      sizeClass: group.kind === "size_class" ? sizeClass : null,
      others: shownN === 0 ? 0 : shownN - (ownIncluded && activity.overall !== null ? 1 : 0),
      places,
    };
  });
  const partnerPlaces = placesAmongOthers(
    activity,
    await partnerFigures(db, assessment.municipality.id),
    minimumGroupSize,
  );
  groups.push({
    kind: "partners",
    country: null,
    sizeClass: null,
    others: partnerPlaces.overall.distribution?.n ?? 0,
    places: partnerPlaces,
  });
  return {
    assessmentId: assessment.id,
    figure: "activity",
    provisional: assessment.status !== "submitted",
    minimumGroupSize,
    groups,
  };
}

// --- trend --------------------------------------------------------------------------------

export interface TrendPoint {
  assessmentId: string;
  reportingYear: number;
  questionnaireVersion: number;
  provisional: boolean;
  activity: Figures;
  absoluteActivity: Figures;
  scope: Figures;
}

/** The municipality's submitted rounds up to this one, and this one live if it is in progress. */
export async function trendOf(db: Kysely<Database>, assessment: ResultsAssessment): Promise<TrendPoint[]> {
  const rows = await db
    .selectFrom("assessment_profile")
    .selectAll()
    .where("municipality_id", "=", assessment.municipality.id)
    .where("reporting_year", "<=", assessment.reportingYear)
    .orderBy("reporting_year")
    .execute();
  const points: TrendPoint[] = rows.map((row) => ({
    assessmentId: row.assessment_id,
    reportingYear: row.reporting_year,
    questionnaireVersion: row.questionnaire_version,
    provisional: false,
    activity: figuresOf(row, "activity"),
    absoluteActivity: figuresOf(row, "absolute"),
    scope: figuresOf(row, "scope"),
  }));
  if (assessment.status !== "submitted") {
    const figures = profileFigures(liveProfile(assessment));
    points.push({
      assessmentId: assessment.id,
      reportingYear: assessment.reportingYear,
      questionnaireVersion: assessment.version.version,
      provisional: true,
      activity: figures.activity,
      absoluteActivity: figures.absoluteActivity,
      scope: figures.scope,
    });
  }
  return points;
}

// --- recommendations ------------------------------------------------------------------------

export interface BalanceShares extends SectorShares {
  year: number;
}

/** The sector shares of the municipality's latest CO2 balance, or null without one. */
export async function latestBalanceShares(db: Kysely<Database>, municipalityId: string): Promise<BalanceShares | null> {
  const row = await db
    .selectFrom("co2_balance")
    .selectAll()
    .where("municipality_id", "=", municipalityId)
    .orderBy("year", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const balance = balanceFromRow(row);
  return { year: balance.year, ...sectorShares(balance) };
}

/** The group peer uptake counts in: same country and size class, or the country when that is too small. */
export interface UptakeGroup {
  kind: "size_class" | "country";
  country: Country;
  sizeClass: string | null;
  /** Cities in the group other than this one. */
  n: number;
}

async function peerUptake(
  db: Kysely<Database>,
  assessment: NonNullable<Awaited<ReturnType<typeof loadAssessment>>>,
): Promise<{ group: UptakeGroup; uptake: Record<string, PeerUptake> } | null> {
  const { country, sizeClass, id: municipalityId } = assessment.municipality;
  const minimum = assessment.version.scoring.minimumPeerGroupSize;
  // The city's own latest round may be counted in the stored figures: take it out again.
  const own = await db
    .selectFrom("assessment_profile")
    .select(["country", "size_class", "implemented"])
    .where("municipality_id", "=", municipalityId)
    .where("is_latest", "=", 1)
    .executeTakeFirst();
  const ownImplemented = new Set(own ? implementedOf(own) : []);
  for (const group of groupsOf(country, sizeClass).slice(0, 2)) {
    const kind = group.kind === "size_class" ? "size_class" : "country";
    const rows = await db
      .selectFrom("peer_uptake")
      .select(["measure_id", "implemented"])
      .where("group_kind", "=", group.kind)
      .where("group_key", "=", group.key)
      .execute();
    const ownInGroup =
      own !== undefined && own.country === country && (kind === "country" || own.size_class === sizeClass);
    const members = Number(rows.find((row) => row.measure_id === "")?.implemented ?? 0);
    const peerCount = members - (ownInGroup ? 1 : 0);
    if (peerCount < minimum) continue;
    const counts = new Map(rows.map((row) => [row.measure_id, Number(row.implemented)]));
    const uptake: Record<string, PeerUptake> = {};
    for (const measure of assessment.version.measures) {
      const count = (counts.get(measure.id) ?? 0) - (ownInGroup && ownImplemented.has(measure.id) ? 1 : 0);
      uptake[measure.id] = { implementedCount: count, peerCount };
    }
    return { group: { kind, country, sizeClass: kind === "size_class" ? sizeClass : null, n: peerCount }, uptake };
  }
  return null;
}

async function computeRecommendations(
  db: Kysely<Database>,
  assessment: NonNullable<Awaited<ReturnType<typeof loadAssessment>>>,
) {
  const balance = await latestBalanceShares(db, assessment.municipality.id);
  const peers = await peerUptake(db, assessment);
  const recommendations = recommendMeasures(assessment.version, {
    ...scoringInput(assessment.version, assessment.municipality.country, assessment.answers),
    co2Balance: balance ? { energyShare: balance.energyShare, transportShare: balance.transportShare } : null,
    ...(peers ? { peerUptake: peers.uptake } : {}),
  });
  return { recommendations, balance, uptakeGroup: peers?.group ?? null };
}

export interface PeerExample {
  municipalityId: string;
  name: string;
  country: Country;
  partner: boolean;
}

/**
 * Cities that implemented each measure and whose results the actor may see (their
 * sharing allows it): partners first, then cities of the same size class in any of the
 * three countries, then others; by name within each; a few per measure.
 */
async function peerExamples(
  db: Kysely<Database>,
  actor: Actor,
  assessment: ResultsAssessment,
  measureIds: ReadonlySet<string>,
): Promise<Record<string, PeerExample[]>> {
  const own = assessment.municipality.id;
  const partnerRows = await db
    .selectFrom("partnership")
    .select(["municipality_a_id", "municipality_b_id"])
    .where("status", "=", "active")
    .where((eb) => eb.or([eb("municipality_a_id", "=", own), eb("municipality_b_id", "=", own)]))
    .execute();
  const partners = new Set(
    partnerRows.map((p) => (p.municipality_a_id === own ? p.municipality_b_id : p.municipality_a_id)),
  );
  const rows = await db
    .selectFrom("assessment_profile")
    .innerJoin("municipality", "municipality.id", "assessment_profile.municipality_id")
    .select([
      "municipality.id",
      "municipality.name_native",
      "municipality.country",
      "assessment_profile.size_class",
      "assessment_profile.implemented",
    ])
    .where("assessment_profile.is_latest", "=", 1)
    .where("municipality.id", "<>", own)
    .where(whereResultsVisible(actor))
    .orderBy((eb) =>
      eb.case().when("assessment_profile.size_class", "=", assessment.municipality.sizeClass).then(0).else(1).end(),
    )
    .orderBy("municipality.name_native")
    .orderBy("municipality.id")
    .limit(600)
    .execute();
  const ordered = [...rows].sort((a, b) => Number(partners.has(b.id)) - Number(partners.has(a.id)));
  const examples: Record<string, PeerExample[]> = {};
  for (const row of ordered) {
    for (const measureId of implementedOf(row)) {
      if (!measureIds.has(measureId)) continue;
      const list = examples[measureId] ?? [];
      examples[measureId] = list;
      if (list.length < examplesPerMeasure) {
        list.push({
          municipalityId: row.id,
          name: row.name_native,
          country: row.country,
          partner: partners.has(row.id),
        });
      }
    }
  }
  return examples;
}

export const recommendationMarks = ["interested", "already_planned", "not_for_us"] as const;
export type RecommendationMark = (typeof recommendationMarks)[number];

export interface MarkView {
  mark: RecommendationMark;
  reason: string | null;
  updatedAt: string;
  /** Shown to researchers: who set the mark. */
  setBy: string | null;
}

export interface RecommendationView extends Recommendation {
  title: string;
  /** 1-based place among this field's recommendations, and how many there are. */
  position: number;
  fieldCount: number;
  reasons: RankReason[];
  examples: PeerExample[];
  mark: MarkView | null;
}

export interface RecommendationsPage {
  balance: BalanceShares | null;
  uptakeGroup: UptakeGroup | null;
  byField: Record<FieldOfAction, RecommendationView[]>;
  /** Marks are shown to the municipality's own staff and to researchers. */
  marksShown: boolean;
}

/** Everything the recommendations page and API show, for an assessment the actor may see. */
export async function recommendationsPage(
  db: Kysely<Database>,
  actor: Actor,
  assessment: ResultsAssessment,
  locale: "de" | "en" | "ja",
): Promise<RecommendationsPage> {
  const { recommendations, balance, uptakeGroup } = await computeRecommendations(db, assessment);
  const ids = new Set(recommendations.ranked.map((r) => r.measureId));
  const examples = await peerExamples(db, actor, assessment, ids);
  const marks = assessment.canReadAnswers ? await marksOf(db, assessment.municipality.id) : {};
  const titles = new Map(assessment.version.measures.map((m) => [m.id, m.title[locale]]));
  const byField = recordOf(fieldsOfAction, (field) => {
    const list = recommendations.byField[field];
    return list.map(
      (r, index): RecommendationView => ({
        ...r,
        title: titles.get(r.measureId) ?? r.measureId,
        position: index + 1,
        fieldCount: list.length,
        reasons: rankReasons(r),
        examples: examples[r.measureId] ?? [],
        mark: marks[r.measureId] ?? null,
      }),
    );
  });
  return { balance, uptakeGroup, byField, marksShown: assessment.canReadAnswers };
}

// --- marks on recommendations -----------------------------------------------------------------

async function marksOf(db: Kysely<Database>, municipalityId: string): Promise<Record<string, MarkView>> {
  const rows = await db
    .selectFrom("recommendation_mark")
    .leftJoin("app_user", "app_user.id", "recommendation_mark.set_by")
    .select([
      "recommendation_mark.measure_id",
      "recommendation_mark.mark",
      "recommendation_mark.reason",
      "recommendation_mark.updated_at",
      "app_user.display_name",
    ])
    .where("recommendation_mark.municipality_id", "=", municipalityId)
    .execute();
  const marks: Record<string, MarkView> = {};
  for (const row of rows) {
    marks[row.measure_id] = {
      mark: row.mark,
      reason: row.reason,
      updatedAt: row.updated_at,
      setBy: row.display_name,
    };
  }
  return marks;
}

export type MarkResult = "saved" | "cleared" | "not_found" | "unknown_measure";

/**
 * Sets (or, with "none", clears) the municipality's mark on a recommended measure.
 * Only the municipality's own staff mark; anyone else gets not_found (a 404).
 */
export async function setRecommendationMark(
  db: Kysely<Database>,
  actor: Actor,
  assessmentId: string,
  input: { measureId: string; mark: RecommendationMark | "none"; reason: string | null },
): Promise<MarkResult> {
  const assessment = await loadAssessment(db, assessmentId);
  if (!assessment || !inScope(answerWriteScope(actor), assessment.municipality.id)) return "not_found";
  if (!assessment.version.measures.some((m) => m.id === input.measureId)) return "unknown_measure";
  const municipalityId = assessment.municipality.id;
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    if (input.mark === "none") {
      await trx
        .deleteFrom("recommendation_mark")
        .where("municipality_id", "=", municipalityId)
        .where("measure_id", "=", input.measureId)
        .execute();
    } else {
      const values: Insertable<RecommendationMarkTable> = {
        id: newId(),
        municipality_id: municipalityId,
        measure_id: input.measureId,
        assessment_id: assessmentId,
        mark: input.mark,
        reason: input.reason,
        set_by: actor.userId,
        updated_at: now,
      };
      await trx
        .insertInto("recommendation_mark")
        .values(values)
        .onConflict((conflict) =>
          conflict.columns(["municipality_id", "measure_id"]).doUpdateSet({
            assessment_id: assessmentId,
            mark: input.mark === "none" ? "interested" : input.mark,
            reason: input.reason,
            set_by: actor.userId,
            updated_at: now,
          }),
        )
        .execute();
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "recommendation_marked",
      subjectType: "municipality",
      subjectId: municipalityId,
      details: { assessment: assessmentId, measure: input.measureId, mark: input.mark, reason: input.reason },
    });
    return input.mark === "none" ? "cleared" : "saved";
  });
}

// --- page data ---------------------------------------------------------------------------------

export interface ExplanationRow {
  measureId: string;
  title: string;
  field: FieldOfAction;
  approach: string;
  sector: string;
  depth: number;
  depthWeight: number;
  legalLevel: string;
  legalFactor: number;
  practicalFactor: number;
  scopeFactor: number;
  status: string;
  statusMissing: boolean;
  statusWeight: number | null;
  possible: number;
  achieved: number;
  /** The catalogue's notes on the conditions the city's answers triggered, in the page's language. */
  notes: string[];
}

/** Everything the profile page and API show, for an assessment the actor may see. */
export async function profilePageData(db: Kysely<Database>, assessment: ResultsAssessment, locale: "de" | "en" | "ja") {
  const profile = liveProfile(assessment);
  const titles = new Map(assessment.version.measures.map((m) => [m.id, m.title[locale]]));
  const lines: ExplanationRow[] = profile.measures.map((line) => ({
    measureId: line.measureId,
    title: titles.get(line.measureId) ?? line.measureId,
    field: line.field,
    approach: line.approach,
    sector: line.sector,
    depth: line.depth,
    depthWeight: line.depthWeight,
    legalLevel: line.legalLevel,
    legalFactor: line.legalFactor,
    practicalFactor: line.practicalFactor,
    scopeFactor: line.scopeFactor,
    status: line.status,
    statusMissing: line.statusMissing,
    statusWeight: line.statusWeight,
    possible: line.possible,
    achieved: line.achieved,
    notes: line.matchedConditions.map((c) => c.note[locale]),
  }));
  return {
    assessment: {
      id: assessment.id,
      municipality: assessment.municipality,
      reportingYear: assessment.reportingYear,
      status: assessment.status,
      submittedAt: assessment.submittedAt,
      versionNumber: assessment.version.version,
      provisional: assessment.provisional,
      canReadAnswers: assessment.canReadAnswers,
    },
    profile: {
      overall: profile.overall,
      byField: profile.byField,
      byApproach: profile.byApproach,
      bySector: profile.bySector,
    },
    lines,
    peers: await peerBandsOf(db, assessment),
    trend: await trendOf(db, assessment),
  };
}

export type ProfilePageData = Awaited<ReturnType<typeof profilePageData>>;
