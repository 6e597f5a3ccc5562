/**
 * The partnership directory: recorded sister-city and climate partnerships, maintained by
 * admins and researchers and readable by everyone signed in.
 */
import type { Kysely } from "kysely";
import type { PartnershipInput } from "#app/domain/partnerships/partnership";
import { audit } from "#app/server/access/audit.server";
import { type Actor, isStaff } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
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

/** What a save came to; a refusal names its outcome (outcomes.server.ts) and the field it is about. */
export type SavePartnershipResult =
  | { ok: true; id: string }
  | { ok: false; outcome: "unknown_municipality"; field: "municipalityBId" };

const unknownMunicipality = { ok: false, outcome: "unknown_municipality", field: "municipalityBId" } as const;

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
  if (!(await bothExist(db, input))) return unknownMunicipality;
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
  if (!(await bothExist(db, input))) return unknownMunicipality;
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
