import { type Kysely, sql } from "kysely";
import { municipalityPickerLimit, type SharingLevel } from "#app/domain/municipalities/municipality";
import type { Country } from "#app/domain/vocabulary";
import { audit } from "#app/server/access/audit.server";
import {
  type Actor,
  answerReadScope,
  inScope,
  inScopeCondition,
  municipalityManageScope,
  whereResultsVisible,
} from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";

/** How many municipalities take part, per country: public, aggregate, no names. */
export async function countMunicipalitiesByCountry(db: Kysely<Database>): Promise<Record<Country, number>> {
  const rows = await db
    .selectFrom("municipality")
    .select(["country", (eb) => eb.fn.countAll<string | number>().as("count")])
    .groupBy("country")
    .execute();
  const counts: Record<Country, number> = { DE: 0, JP: 0, US: 0 };
  for (const row of rows) counts[row.country] = Number(row.count);
  return counts;
}

const choiceColumns = ["id", "name_native", "country"] as const;

/**
 * Names for pickers (staff only), by country and name. At national scale (tens of
 * thousands) only the first `municipalityPickerLimit` are listed and `complete` is false, so the
 * picker offers a search; the municipalities already chosen are always among them.
 */
export async function listMunicipalityChoices(db: Kysely<Database>, chosenIds: readonly (string | null)[] = []) {
  const listed = await db
    .selectFrom("municipality")
    .select(choiceColumns)
    .orderBy("country")
    .orderBy("name_native")
    .limit(municipalityPickerLimit + 1)
    .execute();
  const complete = listed.length <= municipalityPickerLimit;
  const options = listed.slice(0, municipalityPickerLimit);
  const missing = chosenIds.filter((id): id is string => !!id && !options.some((m) => m.id === id));
  if (missing.length > 0) {
    options.push(...(await db.selectFrom("municipality").select(choiceColumns).where("id", "in", missing).execute()));
  }
  return { options, complete };
}

export type MunicipalityChoices = Awaited<ReturnType<typeof listMunicipalityChoices>>;

/** Wildcards in what someone typed are meant literally. */
function likePattern(text: string): string {
  return text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Municipalities whose native or English name contains the text, or whose official code starts with it. */
export async function searchMunicipalities(db: Kysely<Database>, text: string, limit = 20) {
  const pattern = likePattern(text.trim());
  return db
    .selectFrom("municipality")
    .select(choiceColumns)
    .where((eb) =>
      eb.or([
        sql<boolean>`lower(name_native) like ${`%${pattern}%`} escape '\\'`,
        sql<boolean>`lower(name_en) like ${`%${pattern}%`} escape '\\'`,
        sql<boolean>`lower(coalesce(official_code, '')) like ${`${pattern}%`} escape '\\'`,
      ]),
    )
    .orderBy("country")
    .orderBy("name_native")
    .limit(limit)
    .execute();
}

/** One municipality as a person may see it: null when it is not theirs to see. */
export async function findVisibleMunicipality(db: Kysely<Database>, actor: Actor, municipalityId: string) {
  return db
    .selectFrom("municipality")
    .select([
      "id",
      "country",
      "region",
      "name_native",
      "name_en",
      "population",
      "size_class",
      "kind",
      "sharing",
      "is_demo",
    ])
    .where("id", "=", municipalityId)
    .where((eb) => eb.or([whereResultsVisible(actor)(eb), inScopeCondition(answerReadScope(actor), "municipality.id")]))
    .executeTakeFirst();
}

/** Changes who may see a municipality's submitted results; only within the manage scope. */
export async function updateSharing(
  db: Kysely<Database>,
  actor: Actor,
  municipalityId: string,
  sharing: SharingLevel,
): Promise<{ outcome: "updated" } | { outcome: "not_found" }> {
  if (!inScope(municipalityManageScope(actor), municipalityId)) return { outcome: "not_found" };
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("municipality")
      .select("sharing")
      .where("id", "=", municipalityId)
      .executeTakeFirst();
    if (!before) return { outcome: "not_found" };
    await trx.updateTable("municipality").set({ sharing }).where("id", "=", municipalityId).execute();
    await audit(trx, {
      actorUserId: actor.userId,
      action: "sharing_changed",
      subjectType: "municipality",
      subjectId: municipalityId,
      details: { from: before.sharing, to: sharing },
    });
    return { outcome: "updated" };
  });
}
