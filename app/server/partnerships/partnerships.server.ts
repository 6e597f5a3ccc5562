/**
 * Partnerships: the directory (maintained by admins and researchers, readable by everyone
 * signed in), partner suggestions for a municipality, and expressions of interest.
 */
import type { Kysely } from "kysely";
import { type PartnershipInput, suggestibleSharing } from "#app/domain/partnerships/partnership";
import { type PartnerSuggestion, suggestPartners } from "#app/domain/partnerships/suggestions";
import type { Country, Locale } from "#app/domain/vocabulary";
import { audit } from "#app/server/access/audit.server";
import { type Actor, isStaff } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { latestProfilesOf, submittedResults } from "#app/server/workshops/workshops.server";
import type { Database } from "#db/schema";

const partnershipColumns = [
  "partnership.id",
  "partnership.kind",
  "partnership.since_year",
  "partnership.status",
  "partnership.contact",
  "a.id as a_id",
  "a.name_native as a_name",
  "a.country as a_country",
  "b.id as b_id",
  "b.name_native as b_name",
  "b.country as b_country",
] as const;

function partnershipQuery(db: Kysely<Database>) {
  return db
    .selectFrom("partnership")
    .innerJoin("municipality as a", "a.id", "partnership.municipality_a_id")
    .innerJoin("municipality as b", "b.id", "partnership.municipality_b_id")
    .select(partnershipColumns);
}

export type PartnershipRow = Awaited<ReturnType<typeof listPartnerships>>[number];

/** The whole directory, active partnerships first. */
export async function listPartnerships(db: Kysely<Database>) {
  const rows = await partnershipQuery(db).orderBy("a.name_native").orderBy("b.name_native").limit(2000).execute();
  const order = { active: 0, planned: 1, ended: 2 } as const;
  return rows.sort((x, y) => order[x.status] - order[y.status]);
}

/** The partnerships of one municipality, for its page. */
export async function partnershipsOfMunicipality(db: Kysely<Database>, municipalityId: string) {
  return partnershipQuery(db)
    .where((eb) =>
      eb.or([
        eb("partnership.municipality_a_id", "=", municipalityId),
        eb("partnership.municipality_b_id", "=", municipalityId),
      ]),
    )
    .orderBy("partnership.status")
    .execute();
}

export async function findPartnership(db: Kysely<Database>, actor: Actor, id: string) {
  if (!isStaff(actor)) return null;
  const row = await db
    .selectFrom("partnership")
    .select(["id", "municipality_a_id", "municipality_b_id", "kind", "since_year", "status", "contact"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ?? null;
}

export type SavePartnershipResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

async function bothExist(db: Kysely<Database>, input: PartnershipInput): Promise<boolean> {
  const rows = await db
    .selectFrom("municipality")
    .select("id")
    .where("id", "in", [input.municipalityAId, input.municipalityBId])
    .execute();
  return rows.length === 2;
}

/** Records a partnership (admins and researchers). */
export async function createPartnership(
  db: Kysely<Database>,
  actor: Actor,
  input: PartnershipInput,
): Promise<SavePartnershipResult | null> {
  if (!isStaff(actor)) return null;
  if (!(await bothExist(db, input)))
    return { ok: false, errors: { municipalityBId: "partnerships.validation.municipalityRequired" } };
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("partnership")
      .values({
        id,
        municipality_a_id: input.municipalityAId,
        municipality_b_id: input.municipalityBId,
        kind: input.kind,
        since_year: input.sinceYear,
        status: input.status,
        contact: input.contact,
        created_at: new Date().toISOString(),
      })
      .execute();
    await audit(trx, {
      actorUserId: actor.userId,
      action: "partnership_created",
      subjectType: "partnership",
      subjectId: id,
      details: { ...input },
    });
  });
  return { ok: true, id };
}

/** Changes a recorded partnership (admins and researchers); null when there is none. */
export async function updatePartnership(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: PartnershipInput,
): Promise<SavePartnershipResult | null> {
  if (!isStaff(actor)) return null;
  if (!(await bothExist(db, input)))
    return { ok: false, errors: { municipalityBId: "partnerships.validation.municipalityRequired" } };
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("partnership")
      .set({
        municipality_a_id: input.municipalityAId,
        municipality_b_id: input.municipalityBId,
        kind: input.kind,
        since_year: input.sinceYear,
        status: input.status,
        contact: input.contact,
      })
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) return null;
    await audit(trx, {
      actorUserId: actor.userId,
      action: "partnership_updated",
      subjectType: "partnership",
      subjectId: id,
      details: { ...input },
    });
    return { ok: true as const, id };
  });
}

// --- suggestions and interest -------------------------------------------------------

/** Whose suggestions a person may read: their own municipalities; researchers and admins any. */
export function maySeeSuggestions(actor: Actor, municipalityId: string): boolean {
  return isStaff(actor) || actor.municipalityIds.includes(municipalityId);
}

export interface NamedSuggestion extends PartnerSuggestion {
  name: string;
  country: Country;
}

export interface SuggestionsFor {
  municipality: { id: string; name: string; country: Country };
  hasResults: boolean;
  suggestions: NamedSuggestion[];
  measureTitles: Record<string, string>;
}

/**
 * Partner suggestions for a municipality: cities in another country that allow being
 * suggested (sharing "partners" or "signed_in") and have submitted results on the same
 * questionnaire version. Null when the person may not see them (the caller answers 404).
 */
export async function suggestionsFor(
  db: Kysely<Database>,
  actor: Actor,
  municipalityId: string,
  locale: Locale,
): Promise<SuggestionsFor | null> {
  if (!maySeeSuggestions(actor, municipalityId)) return null;
  const municipality = await db
    .selectFrom("municipality")
    .select(["id", "name_native", "country"])
    .where("id", "=", municipalityId)
    .executeTakeFirst();
  if (!municipality) return null;
  const base = { id: municipality.id, name: municipality.name_native, country: municipality.country };
  const own = await submittedResults(db, municipalityId);
  if (!own) return { municipality: base, hasResults: false, suggestions: [], measureTitles: {} };
  const pool = await latestProfilesOf(db, null, suggestibleSharing, 500);
  const candidates = [...pool.entries()]
    .filter(([id, p]) => id !== municipalityId && p.versionId === own.versionId && p.country !== municipality.country)
    .map(([id, p]) => ({ municipalityId: id, country: p.country, profile: p.profile }));
  const suggestions = suggestPartners(
    { municipalityId, country: municipality.country, profile: own.profile },
    candidates,
  );
  const names = new Map<string, { name: string; country: Country }>();
  if (suggestions.length > 0) {
    const rows = await db
      .selectFrom("municipality")
      .select(["id", "name_native", "country"])
      .where(
        "id",
        "in",
        suggestions.map((s) => s.municipalityId),
      )
      .execute();
    for (const row of rows) names.set(row.id, { name: row.name_native, country: row.country });
  }
  const version = await questionnaireVersionById(db, own.versionId);
  const measureTitles = Object.fromEntries(version.measures.map((m) => [m.id, m.title[locale]]));
  return {
    municipality: base,
    hasResults: true,
    suggestions: suggestions.map((s) => ({
      ...s,
      name: names.get(s.municipalityId)?.name ?? s.municipalityId,
      country: names.get(s.municipalityId)?.country ?? "DE",
    })),
    measureTitles,
  };
}

export interface Interests {
  /** Municipalities this one expressed interest in. */
  outgoing: string[];
  /** Municipalities that expressed interest in this one (name and country only). */
  incoming: Array<{ id: string; name: string; country: Country }>;
  /** Both ways. */
  mutual: Array<{ id: string; name: string; country: Country }>;
}

export async function interestsOf(db: Kysely<Database>, municipalityId: string): Promise<Interests> {
  const outgoing = await db
    .selectFrom("partnership_interest")
    .select("to_municipality_id")
    .where("from_municipality_id", "=", municipalityId)
    .execute();
  const incoming = await db
    .selectFrom("partnership_interest")
    .innerJoin("municipality", "municipality.id", "partnership_interest.from_municipality_id")
    .select(["municipality.id", "municipality.name_native", "municipality.country"])
    .where("partnership_interest.to_municipality_id", "=", municipalityId)
    .orderBy("municipality.name_native")
    .execute();
  const out = new Set(outgoing.map((r) => r.to_municipality_id));
  const named = incoming.map((r) => ({ id: r.id, name: r.name_native, country: r.country }));
  return { outgoing: [...out], incoming: named, mutual: named.filter((r) => out.has(r.id)) };
}

export type InterestResult = "saved" | "not_found";

/**
 * A municipality's staff express (or withdraw) interest in a partner: the partner must be
 * in another country and allow suggestions – or have expressed interest in them first.
 */
export async function setInterest(
  db: Kysely<Database>,
  actor: Actor,
  input: { fromId: string; toId: string; interested: boolean },
): Promise<InterestResult> {
  if (!actor.municipalityIds.includes(input.fromId) || input.fromId === input.toId) return "not_found";
  return db.transaction().execute(async (trx) => {
    const [from, to] = await Promise.all([
      trx.selectFrom("municipality").select(["id", "country"]).where("id", "=", input.fromId).executeTakeFirst(),
      trx
        .selectFrom("municipality")
        .select(["id", "country", "sharing"])
        .where("id", "=", input.toId)
        .executeTakeFirst(),
    ]);
    if (!from || !to || from.country === to.country) return "not_found" as const;
    if (input.interested) {
      const allows = (suggestibleSharing as readonly string[]).includes(to.sharing);
      const askedFirst = await trx
        .selectFrom("partnership_interest")
        .select("to_municipality_id")
        .where("from_municipality_id", "=", to.id)
        .where("to_municipality_id", "=", from.id)
        .executeTakeFirst();
      if (!allows && !askedFirst) return "not_found" as const;
      await trx
        .insertInto("partnership_interest")
        .values({
          from_municipality_id: from.id,
          to_municipality_id: to.id,
          created_by: actor.userId,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    } else {
      await trx
        .deleteFrom("partnership_interest")
        .where("from_municipality_id", "=", from.id)
        .where("to_municipality_id", "=", to.id)
        .execute();
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "partnership_interest",
      subjectType: "municipality",
      subjectId: to.id,
      details: { from: from.id, to: to.id, interested: input.interested },
    });
    return "saved" as const;
  });
}
