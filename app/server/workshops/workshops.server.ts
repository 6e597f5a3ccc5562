/**
 * Workshops: who may see which (researchers and admins all, participants the ones they
 * were invited to, everyone else none – a 404), creating and changing them, the dossier
 * within each city's consent, comments and "want to discuss" marks.
 */
import type { Kysely, Transaction } from "kysely";
import { type PartnerSuggestion, suggestPartners } from "#app/domain/partnerships/suggestions";
import { measureIdPattern } from "#app/domain/questionnaires/schema";
import type { ActivityProfile, PeerBand } from "#app/domain/results";
import { recordOf } from "#app/domain/results/records";
import { type Country, type FieldOfAction, fieldsOfAction, type Locale } from "#app/domain/vocabulary";
import {
  type AgendaItem,
  agendaSummary,
  type CityResults,
  type CommentThread,
  commentsByItem,
  type DossierCity,
  dossierCity,
  type GroupTopic,
  groupTopics,
  type SideBySideRow,
  type StoredComment,
  sideBySide,
} from "#app/domain/workshops/dossier";
import {
  type DiscussionItem,
  itemKey,
  parseLanguages,
  WorkshopForm,
  type WorkshopInput,
} from "#app/domain/workshops/workshop";
import { audit } from "#app/server/access/audit.server";
import { type Actor, hasRole, isStaff, whereResultsVisible } from "#app/server/access/permissions.server";
import { type FormResult, readForm } from "#app/server/core/forms.server";
import { newId } from "#app/server/core/ids.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { peerBandsForAssessment } from "#app/server/results/peers.server";
import {
  latestSubmittedAssessmentId,
  profileForAssessment,
  recommendationsForAssessment,
} from "#app/server/results/submitted.server";
import type { Database } from "#db/schema";

type Db = Kysely<Database> | Transaction<Database>;

/** Sharing levels that let a workshop's participants see a municipality's results. */
export const workshopSharingLevels = ["workshops", "partners", "signed_in"] as const;

export interface WorkshopSummary {
  id: string;
  title: string;
  heldOn: string;
  place: string;
  languages: Locale[];
  municipalityCount: number;
}

function canSeeAll(actor: Actor): boolean {
  return isStaff(actor);
}

/**
 * The workshops a person may open: all for researchers and admins, their own for
 * participants; `invitedOnly` lists only those they were invited to (their home page).
 */
export async function listWorkshops(
  db: Kysely<Database>,
  actor: Actor,
  options: { invitedOnly?: boolean } = {},
): Promise<WorkshopSummary[]> {
  const all = canSeeAll(actor) && !options.invitedOnly;
  if (!all && actor.workshopIds.length === 0) return [];
  let query = db
    .selectFrom("workshop")
    .leftJoin("workshop_municipality", "workshop_municipality.workshop_id", "workshop.id")
    .select([
      "workshop.id",
      "workshop.title",
      "workshop.held_on",
      "workshop.place",
      "workshop.languages",
      (eb) => eb.fn.count<string | number>("workshop_municipality.municipality_id").as("municipality_count"),
    ])
    .groupBy(["workshop.id", "workshop.title", "workshop.held_on", "workshop.place", "workshop.languages"]);
  if (!all) query = query.where("workshop.id", "in", actor.workshopIds as string[]);
  const rows = await query.orderBy("workshop.held_on", "desc").orderBy("workshop.id").limit(500).execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    place: row.place,
    languages: parseLanguages(row.languages),
    municipalityCount: Number(row.municipality_count),
  }));
}

/** Municipalities for the workshop form, with their sharing setting (staff only). */
export async function municipalityChoicesWithSharing(db: Kysely<Database>) {
  return db
    .selectFrom("municipality")
    .select(["id", "name_native", "country", "sharing"])
    .orderBy("country")
    .orderBy("name_native")
    .limit(500)
    .execute();
}

/** The workshop form: the languages and the municipalities are checkbox groups. */
export function readWorkshopForm(request: Request): Promise<FormResult<WorkshopInput>> {
  return readForm(request, WorkshopForm, { repeated: ["languages", "municipalityIds"] });
}

/** Names for the invitation form's workshop picker (staff only). */
export async function workshopChoices(db: Kysely<Database>) {
  return db
    .selectFrom("workshop")
    .select(["id", "title", "held_on"])
    .orderBy("held_on", "desc")
    .orderBy("id")
    .limit(500)
    .execute();
}

export async function workshopExists(db: Db, workshopId: string): Promise<boolean> {
  const row = await db.selectFrom("workshop").select("id").where("id", "=", workshopId).executeTakeFirst();
  return row !== undefined;
}

export interface WorkshopMunicipality {
  id: string;
  name: string;
  nameEn: string;
  country: Country;
  sharing: string;
}

export interface LoadedWorkshop extends WorkshopSummary {
  municipalities: WorkshopMunicipality[];
  canManage: boolean;
}

/** The workshop if this person may open it; null otherwise (the caller answers 404). */
export async function findWorkshop(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
): Promise<LoadedWorkshop | null> {
  if (!canSeeAll(actor) && !actor.workshopIds.includes(workshopId)) return null;
  const row = await db
    .selectFrom("workshop")
    .select(["id", "title", "held_on", "place", "languages"])
    .where("id", "=", workshopId)
    .executeTakeFirst();
  if (!row) return null;
  const municipalities = await db
    .selectFrom("workshop_municipality")
    .innerJoin("municipality", "municipality.id", "workshop_municipality.municipality_id")
    .select([
      "municipality.id",
      "municipality.name_native",
      "municipality.name_en",
      "municipality.country",
      "municipality.sharing",
    ])
    .where("workshop_municipality.workshop_id", "=", workshopId)
    .orderBy("municipality.country")
    .orderBy("municipality.name_en")
    .execute();
  return {
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    place: row.place,
    languages: parseLanguages(row.languages),
    municipalityCount: municipalities.length,
    municipalities: municipalities.map((m) => ({
      id: m.id,
      name: m.name_native,
      nameEn: m.name_en,
      country: m.country,
      sharing: m.sharing,
    })),
    canManage: canSeeAll(actor),
  };
}

export type SaveWorkshopResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

async function existingMunicipalities(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("municipality")
    .select("id")
    .where("id", "in", ids as string[])
    .execute();
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

/** Creates a workshop (researchers and admins); unknown municipality ids are refused. */
export async function createWorkshop(
  db: Kysely<Database>,
  actor: Actor,
  input: WorkshopInput,
): Promise<SaveWorkshopResult> {
  if (!canSeeAll(actor)) return { ok: false, errors: { form: "workshops.notAllowed" } };
  return db.transaction().execute(async (trx) => {
    const municipalityIds = await existingMunicipalities(trx, input.municipalityIds);
    if (municipalityIds.length !== input.municipalityIds.length)
      return { ok: false as const, errors: { municipalityIds: "workshops.validation.unknownMunicipality" } };
    const id = newId();
    const now = new Date().toISOString();
    await trx
      .insertInto("workshop")
      .values({
        id,
        title: input.title,
        held_on: input.heldOn,
        place: input.place,
        languages: JSON.stringify(input.languages),
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await setMunicipalities(trx, id, municipalityIds, now);
    await audit(trx, {
      actorUserId: actor.userId,
      action: "workshop_created",
      subjectType: "workshop",
      subjectId: id,
      details: { title: input.title, heldOn: input.heldOn, municipalityIds },
    });
    return { ok: true as const, id };
  });
}

/** Changes a workshop's facts and its municipalities (researchers and admins). */
export async function updateWorkshop(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  input: WorkshopInput,
): Promise<SaveWorkshopResult | null> {
  if (!canSeeAll(actor)) return null;
  return db.transaction().execute(async (trx) => {
    if (!(await workshopExists(trx, workshopId))) return null;
    const municipalityIds = await existingMunicipalities(trx, input.municipalityIds);
    if (municipalityIds.length !== input.municipalityIds.length)
      return { ok: false as const, errors: { municipalityIds: "workshops.validation.unknownMunicipality" } };
    const now = new Date().toISOString();
    await trx
      .updateTable("workshop")
      .set({
        title: input.title,
        held_on: input.heldOn,
        place: input.place,
        languages: JSON.stringify(input.languages),
        updated_at: now,
      })
      .where("id", "=", workshopId)
      .execute();
    await trx.deleteFrom("workshop_municipality").where("workshop_id", "=", workshopId).execute();
    await setMunicipalities(trx, workshopId, municipalityIds, now);
    await audit(trx, {
      actorUserId: actor.userId,
      action: "workshop_updated",
      subjectType: "workshop",
      subjectId: workshopId,
      details: { title: input.title, heldOn: input.heldOn, municipalityIds },
    });
    return { ok: true as const, id: workshopId };
  });
}

async function setMunicipalities(trx: Db, workshopId: string, municipalityIds: readonly string[], now: string) {
  if (municipalityIds.length === 0) return;
  await trx
    .insertInto("workshop_municipality")
    .values(
      municipalityIds.map((municipalityId) => ({
        workshop_id: workshopId,
        municipality_id: municipalityId,
        created_at: now,
      })),
    )
    .execute();
}

// --- the dossier -------------------------------------------------------------------

/**
 * The municipalities of the workshop whose results its dossier may show: sharing
 * "workshops" or wider, and visible to this person under the sharing ladder (a second,
 * independent check). The same set for everyone who may open the workshop, so a
 * researcher's PDF never shows more than the participants' pages.
 */
async function consentingMunicipalities(db: Kysely<Database>, actor: Actor, workshopId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("municipality")
    .innerJoin("workshop_municipality", "workshop_municipality.municipality_id", "municipality.id")
    .select("municipality.id")
    .where("workshop_municipality.workshop_id", "=", workshopId)
    .where("municipality.sharing", "in", [...workshopSharingLevels])
    .where(whereResultsVisible(actor))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface SubmittedResults {
  assessmentId: string;
  versionId: string;
  reportingYear: number;
  profile: ActivityProfile;
}

const profileCache = new Map<string, ActivityProfile>();
const profileCacheLimit = 2000;

/** A submitted assessment's profile; cached by id and submission time (a resubmission recomputes). */
async function cachedProfile(
  db: Kysely<Database>,
  assessmentId: string,
  submittedAt: string | null,
): Promise<ActivityProfile | null> {
  const key = `${assessmentId}:${submittedAt ?? ""}`;
  const cached = profileCache.get(key);
  if (cached) return cached;
  const profile = await profileForAssessment(db, assessmentId);
  if (!profile) return null;
  if (profileCache.size >= profileCacheLimit) {
    const oldest = profileCache.keys().next().value;
    if (oldest !== undefined) profileCache.delete(oldest);
  }
  profileCache.set(key, profile);
  return profile;
}

export async function submittedResults(db: Kysely<Database>, municipalityId: string): Promise<SubmittedResults | null> {
  const assessmentId = await latestSubmittedAssessmentId(db, municipalityId);
  if (!assessmentId) return null;
  const row = await db
    .selectFrom("assessment")
    .select(["questionnaire_version_id", "reporting_year", "submitted_at"])
    .where("id", "=", assessmentId)
    .executeTakeFirst();
  if (!row) return null;
  const profile = await cachedProfile(db, assessmentId, row.submitted_at);
  if (!profile) return null;
  return { assessmentId, versionId: row.questionnaire_version_id, reportingYear: row.reporting_year, profile };
}

/**
 * Latest submitted profiles of the municipalities that allow suggestions, by id.
 * `where` narrows the municipalities; at most `limit` are read (newest submissions first).
 */
export async function latestProfilesOf(
  db: Kysely<Database>,
  municipalityIds: readonly string[] | null,
  sharing: readonly string[],
  limit = 500,
): Promise<Map<string, { country: Country; versionId: string; profile: ActivityProfile }>> {
  let query = db
    .selectFrom("assessment")
    .innerJoin("municipality", "municipality.id", "assessment.municipality_id")
    .select([
      "assessment.id",
      "assessment.municipality_id",
      "assessment.reporting_year",
      "assessment.submitted_at",
      "assessment.questionnaire_version_id",
      "municipality.country",
    ])
    .where("assessment.status", "=", "submitted")
    .where("municipality.sharing", "in", sharing as string[]);
  if (municipalityIds !== null) {
    if (municipalityIds.length === 0) return new Map();
    query = query.where("assessment.municipality_id", "in", municipalityIds as string[]);
  }
  const rows = await query
    .orderBy("assessment.reporting_year", "desc")
    .orderBy("assessment.submitted_at", "desc")
    .limit(limit * 3)
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows)
    if (!latest.has(row.municipality_id) && latest.size < limit) latest.set(row.municipality_id, row);
  const result = new Map<string, { country: Country; versionId: string; profile: ActivityProfile }>();
  for (const row of latest.values()) {
    const profile = await cachedProfile(db, row.id, row.submitted_at);
    if (profile)
      result.set(row.municipality_id, { country: row.country, versionId: row.questionnaire_version_id, profile });
  }
  return result;
}

/**
 * Peer bands per field: where each city's activity falls among comparable cities – its
 * peer group of the same country and size class (profiles module). A field whose group
 * is too small to show gets no band.
 */
async function peerBands(
  db: Kysely<Database>,
  actor: Actor,
  cities: ReadonlyArray<{ municipalityId: string; results: SubmittedResults }>,
): Promise<Map<string, Partial<Record<FieldOfAction, PeerBand | null>>>> {
  const bands = new Map<string, Partial<Record<FieldOfAction, PeerBand | null>>>();
  for (const city of cities) {
    const peers = await peerBandsForAssessment(db, city.results.assessmentId, actor);
    const group = peers?.groups.find((g) => g.kind === "size_class");
    bands.set(
      city.municipalityId,
      recordOf(fieldsOfAction, (field) => group?.places[field]?.band ?? null),
    );
  }
  return bands;
}

export interface DossierSuggestion extends PartnerSuggestion {
  name: string;
  country: Country;
}

export interface Dossier {
  cities: DossierCity[];
  sideBySide: SideBySideRow[];
  topics: GroupTopic[];
  suggestions: Record<string, DossierSuggestion[]>;
  /** Measure id → title in the requested language. */
  measureTitles: Record<string, string>;
}

/**
 * Everything the dossier shows, for one language. Cities without consent contribute
 * their name and country only. Partner suggestions for a city come from the workshop's
 * consenting cities and the cities that share with everyone signed in, in another country.
 */
export async function buildDossier(
  db: Kysely<Database>,
  actor: Actor,
  workshop: LoadedWorkshop,
  locale: Locale,
): Promise<Dossier> {
  const consenting = await consentingMunicipalities(db, actor, workshop.id);
  const results = new Map<string, SubmittedResults>();
  for (const municipality of workshop.municipalities) {
    if (!consenting.has(municipality.id)) continue;
    const found = await submittedResults(db, municipality.id);
    if (found) results.set(municipality.id, found);
  }
  const bands = await peerBands(
    db,
    actor,
    [...results.entries()].map(([municipalityId, r]) => ({ municipalityId, results: r })),
  );

  const measureTitles: Record<string, string> = {};
  const versionIds = new Set([...results.values()].map((r) => r.versionId));
  const inputs = await Promise.all(
    workshop.municipalities.map(async (m) => {
      let cityResults: CityResults;
      const found = results.get(m.id);
      if (!consenting.has(m.id)) cityResults = { status: "not_shared" };
      else if (!found) cityResults = { status: "no_results" };
      else {
        const recommendations = await recommendationsForAssessment(db, found.assessmentId);
        cityResults = recommendations
          ? {
              status: "shared",
              reportingYear: found.reportingYear,
              profile: found.profile,
              recommendations,
              bands: bands.get(m.id) ?? {},
            }
          : { status: "no_results" };
      }
      return { municipalityId: m.id, name: m.name, nameEn: m.nameEn, country: m.country, results: cityResults };
    }),
  );
  const cities = inputs.map(dossierCity);
  const rankedByCity = new Map(
    inputs.map((input) => [
      input.municipalityId,
      input.results.status === "shared" ? input.results.recommendations.ranked : null,
    ]),
  );

  // Suggestions: partners drawn from the consenting workshop cities and from cities that share with everyone.
  const suggestionPool = await latestProfilesOf(db, null, ["signed_in"], 500);
  for (const [id, r] of results) {
    const municipality = workshop.municipalities.find((m) => m.id === id);
    if (municipality)
      suggestionPool.set(id, { country: municipality.country, versionId: r.versionId, profile: r.profile });
  }
  const names = await municipalityNames(db, [...suggestionPool.keys()]);
  const suggestions: Record<string, DossierSuggestion[]> = {};
  for (const [id, r] of results) {
    const municipality = workshop.municipalities.find((m) => m.id === id);
    if (!municipality) continue;
    const candidates = [...suggestionPool.entries()]
      .filter(([, p]) => p.versionId === r.versionId)
      .map(([candidateId, p]) => ({ municipalityId: candidateId, country: p.country, profile: p.profile }));
    suggestions[id] = suggestPartners(
      { municipalityId: id, country: municipality.country, profile: r.profile },
      candidates,
    ).map((s) => ({
      ...s,
      name: names.get(s.municipalityId)?.name ?? s.municipalityId,
      country: names.get(s.municipalityId)?.country ?? "DE",
    }));
  }

  for (const versionId of versionIds) {
    const version = await questionnaireVersionById(db, versionId);
    for (const measure of version.measures) measureTitles[measure.id] ??= measure.title[locale];
  }

  return {
    cities,
    sideBySide: sideBySide(cities),
    topics: groupTopics([...rankedByCity.entries()].map(([municipalityId, ranked]) => ({ municipalityId, ranked }))),
    suggestions,
    measureTitles,
  };
}

async function municipalityNames(db: Kysely<Database>, ids: readonly string[]) {
  const names = new Map<string, { name: string; country: Country }>();
  if (ids.length === 0) return names;
  const rows = await db
    .selectFrom("municipality")
    .select(["id", "name_native", "country"])
    .where("id", "in", ids as string[])
    .execute();
  for (const row of rows) names.set(row.id, { name: row.name_native, country: row.country });
  return names;
}

// --- comments and marks ---------------------------------------------------------------

export interface Discussion {
  threads: Record<string, CommentThread[]>;
  marks: Record<string, { count: number; mine: boolean }>;
  agenda: AgendaItem[] | null;
}

/**
 * Comments and marks of a workshop on the items its dossier shows: a city's items only
 * while that city shares its results with the workshop. Researchers also get the agenda.
 */
export async function workshopDiscussion(
  db: Kysely<Database>,
  actor: Actor,
  workshop: LoadedWorkshop,
): Promise<Discussion> {
  const consenting = await consentingMunicipalities(db, actor, workshop.id);
  const shown = (item: DiscussionItem) => item.municipalityId === null || consenting.has(item.municipalityId);
  const commentRows = await db
    .selectFrom("workshop_comment")
    .leftJoin("app_user", "app_user.id", "workshop_comment.author_user_id")
    .select([
      "workshop_comment.id",
      "workshop_comment.municipality_id",
      "workshop_comment.measure_id",
      "workshop_comment.parent_id",
      "workshop_comment.author_user_id",
      "workshop_comment.body",
      "workshop_comment.created_at",
      "workshop_comment.edited_at",
      "app_user.display_name",
    ])
    .where("workshop_comment.workshop_id", "=", workshop.id)
    .orderBy("workshop_comment.created_at")
    .limit(5000)
    .execute();
  const comments: StoredComment[] = commentRows
    .map((row) => ({
      id: row.id,
      municipalityId: row.municipality_id,
      measureId: row.measure_id,
      parentId: row.parent_id,
      authorUserId: row.author_user_id,
      authorName: row.display_name ?? null,
      body: row.body,
      createdAt: row.created_at,
      editedAt: row.edited_at,
    }))
    .filter(shown);
  const markRows = await db
    .selectFrom("workshop_mark")
    .select(["municipality_id", "measure_id", "user_id"])
    .where("workshop_id", "=", workshop.id)
    .execute();
  const marks = markRows
    .map((row) => ({ municipalityId: row.municipality_id, measureId: row.measure_id, userId: row.user_id }))
    .filter(shown);
  const markSummary: Record<string, { count: number; mine: boolean }> = {};
  for (const mark of marks) {
    const key = itemKey(mark);
    markSummary[key] ??= { count: 0, mine: false };
    const entry = markSummary[key];
    entry.count += 1;
    if (mark.userId === actor.userId) entry.mine = true;
  }
  return {
    threads: Object.fromEntries(commentsByItem(comments)),
    marks: markSummary,
    agenda: isStaff(actor) ? agendaSummary(marks, comments) : null,
  };
}

export type DiscussionResult = { ok: true } | { ok: false; status: 400 | 403 | 404; messageKey: string };

/** People who may take part in a workshop's discussion: its participants, researchers and admins. */
function mayDiscuss(actor: Actor, workshopId: string): boolean {
  return isStaff(actor) || (hasRole(actor, "participant") && actor.workshopIds.includes(workshopId));
}

/** An item may be discussed when it is a group topic or a consenting city of the workshop's. */
async function checkItem(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  item: DiscussionItem,
): Promise<DiscussionResult> {
  if (!mayDiscuss(actor, workshopId) || !(await workshopExists(db, workshopId)))
    return { ok: false, status: 404, messageKey: "error.notFoundBody" };
  if (!measureIdPattern.test(item.measureId)) return { ok: false, status: 400, messageKey: "validation.invalidValue" };
  if (item.municipalityId !== null) {
    const consenting = await consentingMunicipalities(db, actor, workshopId);
    if (!consenting.has(item.municipalityId)) return { ok: false, status: 400, messageKey: "validation.invalidValue" };
  }
  return { ok: true };
}

export async function addComment(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  input: DiscussionItem & { body: string; parentId: string | null },
): Promise<DiscussionResult> {
  const checked = await checkItem(db, actor, workshopId, input);
  if (!checked.ok) return checked;
  return db.transaction().execute(async (trx) => {
    if (input.parentId) {
      const parent = await trx
        .selectFrom("workshop_comment")
        .select(["municipality_id", "measure_id"])
        .where("id", "=", input.parentId)
        .where("workshop_id", "=", workshopId)
        .executeTakeFirst();
      if (!parent || parent.municipality_id !== input.municipalityId || parent.measure_id !== input.measureId)
        return { ok: false as const, status: 400 as const, messageKey: "validation.invalidValue" };
    }
    const id = newId();
    await trx
      .insertInto("workshop_comment")
      .values({
        id,
        workshop_id: workshopId,
        municipality_id: input.municipalityId,
        measure_id: input.measureId,
        parent_id: input.parentId,
        author_user_id: actor.userId,
        body: input.body,
        created_at: new Date().toISOString(),
        edited_at: null,
      })
      .execute();
    await audit(trx, {
      actorUserId: actor.userId,
      action: "comment_added",
      subjectType: "workshop_comment",
      subjectId: id,
      details: { workshopId, municipalityId: input.municipalityId, measureId: input.measureId },
    });
    return { ok: true as const };
  });
}

/** Only its author changes a comment; anyone else's id answers as if it did not exist. */
export async function editComment(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  commentId: string,
  body: string,
): Promise<DiscussionResult> {
  if (!mayDiscuss(actor, workshopId)) return { ok: false, status: 404, messageKey: "error.notFoundBody" };
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("workshop_comment")
      .set({ body, edited_at: new Date().toISOString() })
      .where("id", "=", commentId)
      .where("workshop_id", "=", workshopId)
      .where("author_user_id", "=", actor.userId)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1)
      return { ok: false as const, status: 404 as const, messageKey: "error.notFoundBody" };
    await audit(trx, {
      actorUserId: actor.userId,
      action: "comment_edited",
      subjectType: "workshop_comment",
      subjectId: commentId,
      details: { workshopId },
    });
    return { ok: true as const };
  });
}

/** Marks or unmarks an item as "want to discuss" for this person. */
export async function setMark(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  item: DiscussionItem,
  marked: boolean,
): Promise<DiscussionResult> {
  const checked = await checkItem(db, actor, workshopId, item);
  if (!checked.ok) return checked;
  if (marked) {
    await db
      .insertInto("workshop_mark")
      .values({
        id: newId(),
        workshop_id: workshopId,
        municipality_id: item.municipalityId,
        measure_id: item.measureId,
        user_id: actor.userId,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    let query = db
      .deleteFrom("workshop_mark")
      .where("workshop_id", "=", workshopId)
      .where("user_id", "=", actor.userId)
      .where("measure_id", "=", item.measureId);
    query =
      item.municipalityId === null
        ? query.where("municipality_id", "is", null)
        : query.where("municipality_id", "=", item.municipalityId);
    await query.execute();
  }
  return { ok: true };
}
