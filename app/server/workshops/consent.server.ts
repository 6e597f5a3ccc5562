/** Which of a workshop's municipalities let its dossier and discussion show their results. */
import type { Kysely } from "kysely";
import { type Actor, whereResultsVisible } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";

/** Sharing levels that let a workshop's participants see a municipality's results. */
export const workshopSharingLevels = ["workshops", "partners", "signed_in"] as const;

/**
 * The municipalities of the workshop whose results its dossier may show: sharing
 * "workshops" or wider, and visible to this person under the sharing ladder (a second,
 * independent check). The same set for everyone who may open the workshop, so a
 * researcher's PDF never shows more than the participants' pages.
 */
export async function consentingMunicipalities(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
): Promise<Set<string>> {
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
