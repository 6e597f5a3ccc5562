/**
 * Workshops as records: who may see which (researchers and admins all, participants the
 * ones they were invited to, everyone else none – a 404), creating and changing them.
 * The dossier (dossier.server.ts) and its discussion (discussion.server.ts) build on these.
 */
import type { Kysely, Transaction } from "kysely";
import type { Country, Locale } from "#app/domain/vocabulary";
import { parseLanguages, WorkshopForm, type WorkshopInput } from "#app/domain/workshops/workshop";
import { audit } from "#app/server/access/audit.server";
import { type Actor, isStaff } from "#app/server/access/permissions.server";
import { type FieldErrors, type FormResult, readForm } from "#app/server/core/forms.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { workshopOutcomes } from "./outcomes.server";

type Db = Kysely<Database> | Transaction<Database>;

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

/** A refused save comes back as the form shows it, like a refused form: message keys by field. */
export type SaveWorkshopResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

function refused(outcome: "not_allowed" | "unknown_municipality", field: string): SaveWorkshopResult {
  return { ok: false, errors: { [field]: workshopOutcomes[outcome].messageKey } };
}

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
  if (!canSeeAll(actor)) return refused("not_allowed", "form");
  return db.transaction().execute(async (trx) => {
    const municipalityIds = await existingMunicipalities(trx, input.municipalityIds);
    if (municipalityIds.length !== input.municipalityIds.length)
      return refused("unknown_municipality", "municipalityIds");
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
    return { ok: true, id };
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
      return refused("unknown_municipality", "municipalityIds");
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
    return { ok: true, id: workshopId };
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
