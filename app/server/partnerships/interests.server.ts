/**
 * Expressions of interest between municipalities: a city's staff tell a suggested partner
 * they would like to talk; both sides see when the interest is mutual.
 */
import type { Kysely } from "kysely";
import { suggestibleSharing } from "#app/domain/partnerships/partnership";
import type { Country } from "#app/domain/vocabulary";
import { audit } from "#app/server/access/audit.server";
import type { Actor } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";

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
