/**
 * Writing balances and targets: one balance from the form (created, updated, deleted)
 * and the reduction target, each in a transaction with its audit entry, all within
 * balanceWriteScope (the city's staff, researchers and admins). Also the guard of every
 * page that edits them.
 */
import type { Kysely } from "kysely";
import {
  confirmationCovers,
  type PlausibilityWarning,
  plausibilityWarnings,
  warningToken,
} from "#app/domain/balances/fields";
import type { Balance, BalanceTarget } from "#app/domain/balances/model";
import { audit } from "#app/server/access/audit.server";
import { type Actor, balanceWriteScope, inScope, requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { balanceColumns, targetOf } from "./balances.server";

/**
 * The start of every page that edits a municipality's balances: a signed-in person who
 * may write them, or a 404 that does not say whether the municipality exists.
 */
export async function requireBalanceEditor(request: Request, municipalityId: string | undefined) {
  const actor = await requireActor(request);
  const database = await db();
  const municipality = await findMunicipalityForBalances(database, actor, municipalityId ?? "");
  if (!municipality) notFound();
  return { actor, database, municipality };
}

/** The municipality a balance form is for: only within the write scope. */
export async function findMunicipalityForBalances(db: Kysely<Database>, actor: Actor, municipalityId: string) {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return null;
  return (
    (await db
      .selectFrom("municipality")
      .select(["id", "name_native", "country", "population", "is_demo"])
      .where("id", "=", municipalityId)
      .executeTakeFirst()) ?? null
  );
}

// --- writing ----------------------------------------------------------------------

export type SaveBalanceResult =
  | { status: "saved"; created: boolean }
  | { status: "needs_confirmation"; warnings: PlausibilityWarning[]; token: string }
  | { status: "exists" }
  | { status: "not_found" };

/**
 * Stores one balance. "create" refuses a year that already has a balance; "update"
 * needs one. Implausible figures are stored only when the person confirmed exactly the
 * warnings the server finds now (confirmedToken from the form).
 */
export async function saveBalance(
  db: Kysely<Database>,
  actor: Actor,
  municipalityId: string,
  balance: Balance,
  options: { mode: "create" | "update"; confirmedToken: string | null },
): Promise<SaveBalanceResult> {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return { status: "not_found" };
  return db.transaction().execute(async (trx): Promise<SaveBalanceResult> => {
    const municipality = await trx
      .selectFrom("municipality")
      .select(["id", "population"])
      .where("id", "=", municipalityId)
      .executeTakeFirst();
    if (!municipality) return { status: "not_found" };
    const others = await trx
      .selectFrom("co2_balance")
      .selectAll()
      .where("municipality_id", "=", municipalityId)
      .execute();
    const existing = others.find((row) => row.year === balance.year);
    if (options.mode === "create" && existing) return { status: "exists" };
    if (options.mode === "update" && !existing) return { status: "not_found" };
    const warnings = plausibilityWarnings(balance, {
      neighbours: others
        .filter((row) => row.year !== balance.year)
        .map((row) => ({ year: row.year, total: row.total_t })),
      registeredPopulation: municipality.population,
    });
    if (
      warnings.length > 0 &&
      (options.confirmedToken === null || !confirmationCovers(warnings, options.confirmedToken))
    ) {
      return { status: "needs_confirmation", warnings, token: warningToken(warnings) };
    }
    const now = new Date().toISOString();
    if (existing) {
      await trx
        .updateTable("co2_balance")
        .set({ ...balanceColumns(balance, warnings), updated_at: now })
        .where("id", "=", existing.id)
        .where("municipality_id", "=", municipalityId)
        .execute();
    } else {
      await trx
        .insertInto("co2_balance")
        .values({
          id: newId(),
          municipality_id: municipalityId,
          ...balanceColumns(balance, warnings),
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: existing ? "balance_updated" : "balance_created",
      subjectType: "municipality",
      subjectId: municipalityId,
      details: {
        year: balance.year,
        total: balance.total,
        ...(existing ? { previousTotal: existing.total_t } : {}),
        ...(warnings.length > 0 ? { confirmedWarnings: warnings.map((w) => w.code) } : {}),
      },
    });
    return { status: "saved", created: !existing };
  });
}

/** Deletes one balance within the write scope; false when there is none to delete. */
export async function deleteBalance(db: Kysely<Database>, actor: Actor, municipalityId: string, year: number) {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return false;
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("co2_balance")
      .select(["id", "total_t"])
      .where("municipality_id", "=", municipalityId)
      .where("year", "=", year)
      .executeTakeFirst();
    if (!existing) return false;
    await trx.deleteFrom("co2_balance").where("id", "=", existing.id).execute();
    await audit(trx, {
      actorUserId: actor.userId,
      action: "balance_deleted",
      subjectType: "municipality",
      subjectId: municipalityId,
      details: { year, total: existing.total_t },
    });
    return true;
  });
}

/** Sets the municipality's target within the write scope; false when out of scope. */
export async function saveTarget(db: Kysely<Database>, actor: Actor, municipalityId: string, target: BalanceTarget) {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return false;
  return db.transaction().execute(async (trx) => {
    const municipality = await trx
      .selectFrom("municipality")
      .select("id")
      .where("id", "=", municipalityId)
      .executeTakeFirst();
    if (!municipality) return false;
    const values = {
      base_year: target.baseYear,
      base_year_total_t: target.baseYearTotal,
      target_year: target.targetYear,
      reduction_percent: target.reductionPercent,
      net_zero_year: target.netZeroYear,
      updated_at: new Date().toISOString(),
    };
    const before = await targetOf(trx, municipalityId);
    if (before) await trx.updateTable("co2_target").set(values).where("municipality_id", "=", municipalityId).execute();
    else
      await trx
        .insertInto("co2_target")
        .values({ municipality_id: municipalityId, ...values })
        .execute();
    await audit(trx, {
      actorUserId: actor.userId,
      action: "balance_target_saved",
      subjectType: "municipality",
      subjectId: municipalityId,
      details: { from: before, to: target },
    });
    return true;
  });
}
