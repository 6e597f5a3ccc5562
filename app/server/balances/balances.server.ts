/**
 * CO2 balances and targets in the database. Every function takes the actor and asks the
 * permission module for its scope: an id outside it finds nothing and changes nothing.
 * Reading follows the municipality's sharing (whereResultsVisible); writing needs
 * balanceWriteScope (the city's staff, researchers and admins).
 */
import { createHash } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import { type CsvProblem, parseBalanceCsv } from "#app/domain/balances/balance-csv";
import type { ComparisonRow } from "#app/domain/balances/compare";
import {
  confirmationCovers,
  type PlausibilityWarning,
  plausibilityWarnings,
  sameBalance,
  warningToken,
} from "#app/domain/balances/fields";
import {
  type AccountingStandard,
  accountingStandards,
  type Balance,
  type BalanceTarget,
  type DataQuality,
  dataQualities,
  type ElectricityMethod,
  electricityMethods,
  subtotalsOf,
} from "#app/domain/balances/model";
import type { Country } from "#app/domain/vocabulary";
import { audit } from "#app/server/access/audit.server";
import {
  type Actor,
  answerReadScope,
  balanceWriteScope,
  inScope,
  inScopeCondition,
  requireActor,
  whereResultsVisible,
} from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { newId } from "#app/server/core/ids.server";
import type { Co2BalanceTable, Database } from "#db/schema";

type Db = Kysely<Database> | Transaction<Database>;
type BalanceRow = Selectable<Co2BalanceTable>;

/** SQLite binds at most 32,766 parameters per statement; 28 columns × 500 rows stays below. */
const chunkSize = 500;

function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function balanceFromRow(row: BalanceRow): Balance {
  return {
    year: row.year,
    population: row.population,
    sectors: {
      households: row.households_t,
      commerce: row.commerce_t,
      industry: row.industry_t,
      municipal: row.municipal_t,
      transport_road: row.transport_road_t,
      transport_rail: row.transport_rail_t,
      transport_other: row.transport_other_t,
      waste: row.waste_t,
      other: row.other_t,
    },
    total: row.total_t,
    finalEnergy: {
      households: row.energy_households_mwh,
      commerce: row.energy_commerce_mwh,
      industry: row.energy_industry_mwh,
      municipal: row.energy_municipal_mwh,
      transport: row.energy_transport_mwh,
    },
    method: {
      standard: oneOf<AccountingStandard>(accountingStandards, row.standard, "other"),
      electricity: oneOf<ElectricityMethod>(electricityMethods, row.electricity_method, "national_mix"),
      dataQuality: oneOf<DataQuality>(dataQualities, row.data_quality, "low"),
      source: row.source,
    },
  };
}

/** The stored columns of a balance (without id, municipality and timestamps). */
function balanceColumns(balance: Balance, confirmed: readonly PlausibilityWarning[]) {
  return {
    year: balance.year,
    population: balance.population,
    households_t: balance.sectors.households,
    commerce_t: balance.sectors.commerce,
    industry_t: balance.sectors.industry,
    municipal_t: balance.sectors.municipal,
    transport_road_t: balance.sectors.transport_road,
    transport_rail_t: balance.sectors.transport_rail,
    transport_other_t: balance.sectors.transport_other,
    waste_t: balance.sectors.waste,
    other_t: balance.sectors.other,
    total_t: balance.total,
    energy_households_mwh: balance.finalEnergy.households,
    energy_commerce_mwh: balance.finalEnergy.commerce,
    energy_industry_mwh: balance.finalEnergy.industry,
    energy_municipal_mwh: balance.finalEnergy.municipal,
    energy_transport_mwh: balance.finalEnergy.transport,
    standard: balance.method.standard,
    electricity_method: balance.method.electricity,
    data_quality: balance.method.dataQuality,
    source: balance.method.source,
    confirmed_warnings: confirmed.length > 0 ? JSON.stringify(confirmed.map((w) => w.code)) : null,
  };
}

/** Municipalities whose balances a person may read: the sharing ladder, plus their own. */
function visibleMunicipality(actor: Actor) {
  return (eb: Parameters<ReturnType<typeof whereResultsVisible>>[0]) =>
    eb.or([whereResultsVisible(actor)(eb), inScopeCondition(answerReadScope(actor), "municipality.id")]);
}

// --- reading ------------------------------------------------------------------------

export interface BalanceFilter {
  municipalityId?: string | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  country?: Country | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface ListedBalance {
  municipality: { id: string; name: string; nameEn: string; country: Country; officialCode: string | null };
  balance: Balance;
  updatedAt: string;
}

/** Balances a person may see, by municipality and year. */
export async function listVisibleBalances(db: Kysely<Database>, actor: Actor, filter: BalanceFilter = {}) {
  let query = db
    .selectFrom("co2_balance")
    .innerJoin("municipality", "municipality.id", "co2_balance.municipality_id")
    .selectAll("co2_balance")
    .select([
      "municipality.name_native as m_name",
      "municipality.name_en as m_name_en",
      "municipality.country as m_country",
      "municipality.official_code as m_official_code",
    ])
    .where(visibleMunicipality(actor));
  if (filter.municipalityId !== undefined)
    query = query.where("co2_balance.municipality_id", "=", filter.municipalityId);
  if (filter.year !== undefined) query = query.where("co2_balance.year", "=", filter.year);
  if (filter.from !== undefined) query = query.where("co2_balance.year", ">=", filter.from);
  if (filter.to !== undefined) query = query.where("co2_balance.year", "<=", filter.to);
  if (filter.country !== undefined) query = query.where("municipality.country", "=", filter.country);
  query = query
    .orderBy("municipality.country")
    .orderBy("municipality.name_native")
    .orderBy("co2_balance.municipality_id")
    .orderBy("co2_balance.year");
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  if (filter.offset !== undefined) query = query.offset(filter.offset);
  const rows = await query.execute();
  return rows.map(
    (row): ListedBalance => ({
      municipality: {
        id: row.municipality_id,
        name: row.m_name,
        nameEn: row.m_name_en,
        country: row.m_country,
        officialCode: row.m_official_code,
      },
      balance: balanceFromRow(row),
      updatedAt: row.updated_at,
    }),
  );
}

/** The JSON shape of one balance (API and JSON export). */
export function balanceJson({ municipality, balance, updatedAt }: ListedBalance) {
  const { energy, transport } = subtotalsOf(balance.sectors);
  return {
    municipality: {
      id: municipality.id,
      name: municipality.name,
      nameEn: municipality.nameEn,
      country: municipality.country,
      officialCode: municipality.officialCode,
    },
    year: balance.year,
    population: balance.population,
    unit: "t CO2e",
    sectors: balance.sectors,
    subtotals: { energy, transport },
    total: balance.total,
    perCapita: balance.total / balance.population,
    finalEnergyMWh: balance.finalEnergy,
    method: balance.method,
    updatedAt,
  };
}

/** A municipality's balances (oldest first) and target, or null when the person may not see them. */
export async function municipalityBalances(db: Kysely<Database>, actor: Actor, municipalityId: string) {
  const visible = await db
    .selectFrom("municipality")
    .select(["id", "population"])
    .where("id", "=", municipalityId)
    .where(visibleMunicipality(actor))
    .executeTakeFirst();
  if (!visible) return null;
  const rows = await db
    .selectFrom("co2_balance")
    .selectAll()
    .where("municipality_id", "=", municipalityId)
    .orderBy("year")
    .execute();
  return {
    balances: rows.map((row) => ({
      ...balanceFromRow(row),
      confirmedWarnings: row.confirmed_warnings ? (JSON.parse(row.confirmed_warnings) as string[]) : [],
    })),
    target: await targetOf(db, municipalityId),
  };
}

async function targetOf(db: Db, municipalityId: string): Promise<BalanceTarget | null> {
  const row = await db
    .selectFrom("co2_target")
    .selectAll()
    .where("municipality_id", "=", municipalityId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    baseYear: row.base_year,
    baseYearTotal: row.base_year_total_t,
    targetYear: row.target_year,
    reductionPercent: row.reduction_percent,
    netZeroYear: row.net_zero_year,
  };
}

/** A balance to edit: only within the write scope. */
export async function findBalanceToEdit(db: Kysely<Database>, actor: Actor, municipalityId: string, year: number) {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return null;
  const row = await db
    .selectFrom("co2_balance")
    .selectAll()
    .where("municipality_id", "=", municipalityId)
    .where("year", "=", year)
    .executeTakeFirst();
  return row ? balanceFromRow(row) : null;
}

/** The latest balance of a municipality, for defaults of the next one: only within the write scope. */
export async function latestBalanceOf(db: Kysely<Database>, actor: Actor, municipalityId: string) {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return null;
  const row = await db
    .selectFrom("co2_balance")
    .selectAll()
    .where("municipality_id", "=", municipalityId)
    .orderBy("year", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? balanceFromRow(row) : null;
}

/** The target to edit: only within the write scope; undefined when out of scope, null when none yet. */
export async function findTargetToEdit(db: Kysely<Database>, actor: Actor, municipalityId: string) {
  if (!inScope(balanceWriteScope(actor), municipalityId)) return undefined;
  return targetOf(db, municipalityId);
}

/** The municipality a balance form is for: only within the write scope. */
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

// --- writing one balance ------------------------------------------------------------

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

// --- CSV import ---------------------------------------------------------------------

export type ImportRowStatus = "new" | "changed" | "unchanged";

export interface ImportPreviewRow {
  line: number;
  municipalityId: string;
  municipalityName: string;
  year: number;
  total: number;
  status: ImportRowStatus;
  warnings: PlausibilityWarning[];
}

export interface ImportPreview {
  recordCount: number;
  problems: CsvProblem[];
  rows: ImportPreviewRow[];
  counts: Record<ImportRowStatus, number>;
  /** Rows with plausibility warnings (the import needs a confirmation). */
  warningRows: number;
}

interface Plan {
  preview: ImportPreview;
  inserts: Array<{ municipalityId: string; balance: Balance; warnings: PlausibilityWarning[] }>;
  updates: Array<{
    id: string;
    municipalityId: string;
    balance: Balance;
    previousTotal: number;
    warnings: PlausibilityWarning[];
  }>;
}

/** Reads a file and works out what importing it would do, without changing anything. */
async function planImport(db: Db, actor: Actor, text: string): Promise<Plan> {
  const parsed = parseBalanceCsv(text);
  const problems: CsvProblem[] = [...parsed.problems];
  const scope = balanceWriteScope(actor);

  const ids = [...new Set(parsed.rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : [])))];
  const codes = [
    ...new Set(parsed.rows.flatMap((r) => (r.municipalityId === null && r.officialCode ? [r.officialCode] : []))),
  ];
  type Found = { id: string; official_code: string | null; name_native: string; population: number };
  const byId = new Map<string, Found>();
  const byCode = new Map<string, Found>();
  for (const part of chunks(ids)) {
    const found = await db
      .selectFrom("municipality")
      .select(["id", "official_code", "name_native", "population"])
      .where("id", "in", part)
      .where(inScopeCondition(scope, "municipality.id"))
      .execute();
    for (const m of found) byId.set(m.id, m);
  }
  for (const part of chunks(codes)) {
    const found = await db
      .selectFrom("municipality")
      .select(["id", "official_code", "name_native", "population"])
      .where("official_code", "in", part)
      .where(inScopeCondition(scope, "municipality.id"))
      .execute();
    for (const m of found) if (m.official_code) byCode.set(m.official_code, m);
  }

  const resolved: Array<{ line: number; municipality: Found; balance: Balance }> = [];
  const seen = new Map<string, number>();
  for (const row of parsed.rows) {
    const municipality = row.municipalityId
      ? byId.get(row.municipalityId)
      : row.officialCode
        ? byCode.get(row.officialCode)
        : undefined;
    if (!municipality) {
      problems.push({
        line: row.line,
        field: row.municipalityId ? "municipality_id" : "official_code",
        key: "balances.csv.unknownMunicipality",
      });
      continue;
    }
    if (row.municipalityId && row.officialCode && municipality.official_code !== row.officialCode) {
      problems.push({ line: row.line, field: "official_code", key: "balances.csv.codeMismatch" });
      continue;
    }
    const key = `${municipality.id}|${row.balance.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, field: "year", key: "balances.csv.duplicateRow", params: { line: earlier } });
      continue;
    }
    seen.set(key, row.line);
    resolved.push({ line: row.line, municipality, balance: row.balance });
  }

  const existing = new Map<string, BalanceRow[]>();
  for (const part of chunks([...new Set(resolved.map((r) => r.municipality.id))])) {
    const rows = await db.selectFrom("co2_balance").selectAll().where("municipality_id", "in", part).execute();
    for (const row of rows) {
      const list = existing.get(row.municipality_id);
      if (list) list.push(row);
      else existing.set(row.municipality_id, [row]);
    }
  }
  const fileYears = new Map<string, Array<{ year: number; total: number }>>();
  for (const r of resolved) {
    const list = fileYears.get(r.municipality.id);
    const entry = { year: r.balance.year, total: r.balance.total };
    if (list) list.push(entry);
    else fileYears.set(r.municipality.id, [entry]);
  }

  const plan: Plan = {
    preview: {
      recordCount: parsed.recordCount,
      problems: problems.sort((a, b) => a.line - b.line),
      rows: [],
      counts: { new: 0, changed: 0, unchanged: 0 },
      warningRows: 0,
    },
    inserts: [],
    updates: [],
  };
  for (const r of resolved) {
    const stored = existing.get(r.municipality.id) ?? [];
    const current = stored.find((row) => row.year === r.balance.year);
    const inFile = fileYears.get(r.municipality.id) ?? [];
    const neighbours = [
      ...stored
        .filter((row) => !inFile.some((f) => f.year === row.year))
        .map((row) => ({ year: row.year, total: row.total_t })),
      ...inFile.filter((f) => f.year !== r.balance.year),
    ];
    const status: ImportRowStatus = !current
      ? "new"
      : sameBalance(balanceFromRow(current), r.balance)
        ? "unchanged"
        : "changed";
    // An unchanged row was accepted before: its figures need no new confirmation.
    const warnings =
      status === "unchanged"
        ? []
        : plausibilityWarnings(r.balance, { neighbours, registeredPopulation: r.municipality.population });
    plan.preview.counts[status] += 1;
    if (warnings.length > 0) plan.preview.warningRows += 1;
    plan.preview.rows.push({
      line: r.line,
      municipalityId: r.municipality.id,
      municipalityName: r.municipality.name_native,
      year: r.balance.year,
      total: r.balance.total,
      status,
      warnings,
    });
    if (status === "new") plan.inserts.push({ municipalityId: r.municipality.id, balance: r.balance, warnings });
    if (status === "changed" && current) {
      plan.updates.push({
        id: current.id,
        municipalityId: r.municipality.id,
        balance: r.balance,
        previousTotal: current.total_t,
        warnings,
      });
    }
  }
  return plan;
}

/** The dry run: what the file would change, its problems by line and column, nothing stored. */
export async function previewBalanceImport(db: Kysely<Database>, actor: Actor, text: string): Promise<ImportPreview> {
  return (await planImport(db, actor, text)).preview;
}

export type ImportResult =
  | { status: "imported"; counts: Record<ImportRowStatus, number> }
  | { status: "invalid"; preview: ImportPreview }
  | { status: "needs_confirmation"; preview: ImportPreview };

/**
 * Imports a file in one transaction: all rows or none. Identical rows are no-ops, so
 * importing the same file twice changes nothing the second time. A file with any
 * problem changes nothing.
 */
export async function applyBalanceImport(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  options: { confirmedWarnings: boolean; importId?: string },
): Promise<ImportResult> {
  return db.transaction().execute(async (trx): Promise<ImportResult> => {
    const plan = await planImport(trx, actor, text);
    if (plan.preview.problems.length > 0 || plan.preview.rows.length === 0)
      return { status: "invalid", preview: plan.preview };
    if (plan.preview.warningRows > 0 && !options.confirmedWarnings)
      return { status: "needs_confirmation", preview: plan.preview };
    const now = new Date().toISOString();
    const auditRows: Array<{ action: "balance_created" | "balance_updated"; municipalityId: string; details: object }> =
      [];
    for (const part of chunks(plan.inserts)) {
      await trx
        .insertInto("co2_balance")
        .values(
          part.map((row) => ({
            id: newId(),
            municipality_id: row.municipalityId,
            ...balanceColumns(row.balance, row.warnings),
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      for (const row of part) {
        auditRows.push({
          action: "balance_created",
          municipalityId: row.municipalityId,
          details: { year: row.balance.year, total: row.balance.total, importId: options.importId ?? null },
        });
      }
    }
    for (const row of plan.updates) {
      await trx
        .updateTable("co2_balance")
        .set({ ...balanceColumns(row.balance, row.warnings), updated_at: now })
        .where("id", "=", row.id)
        .execute();
      auditRows.push({
        action: "balance_updated",
        municipalityId: row.municipalityId,
        details: {
          year: row.balance.year,
          total: row.balance.total,
          previousTotal: row.previousTotal,
          importId: options.importId ?? null,
        },
      });
    }
    for (const part of chunks(auditRows)) {
      await trx
        .insertInto("audit_log")
        .values(
          part.map((entry) => ({
            id: newId(),
            actor_user_id: actor.userId,
            action: entry.action,
            subject_type: "municipality",
            subject_id: entry.municipalityId,
            details: JSON.stringify(entry.details),
            created_at: now,
          })),
        )
        .execute();
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "balances_imported",
      subjectType: "co2_balance_import",
      ...(options.importId ? { subjectId: options.importId } : {}),
      details: { ...plan.preview.counts },
    });
    if (options.importId) {
      await trx.updateTable("co2_balance_import").set({ applied_at: now }).where("id", "=", options.importId).execute();
    }
    return { status: "imported", counts: plan.preview.counts };
  });
}

/** Files wait this long between their dry run and the confirmation. */
const stagedImportHours = 24;

/** Keeps the file of a dry run for its confirmation, and returns the preview. */
export async function stageBalanceImport(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  fileName: string | null,
): Promise<{ importId: string | null; preview: ImportPreview }> {
  const preview = await previewBalanceImport(db, actor, text);
  const now = new Date();
  const expired = new Date(now.getTime() - stagedImportHours * 3_600_000).toISOString();
  await db.deleteFrom("co2_balance_import").where("created_at", "<", expired).execute();
  if (preview.problems.length > 0 || preview.rows.length === 0) return { importId: null, preview };
  const importId = newId();
  await db
    .insertInto("co2_balance_import")
    .values({
      id: importId,
      created_by: actor.userId,
      file_name: fileName ? fileName.slice(0, 200) : null,
      content: text,
      content_hash: createHash("sha256").update(text).digest("hex"),
      created_at: now.toISOString(),
      applied_at: null,
    })
    .execute();
  return { importId, preview };
}

/** Confirms a staged import: only its author, only once, only while it is fresh. */
export async function applyStagedImport(
  db: Kysely<Database>,
  actor: Actor,
  importId: string,
  options: { confirmedWarnings: boolean },
): Promise<ImportResult | null> {
  const expired = new Date(Date.now() - stagedImportHours * 3_600_000).toISOString();
  const staged = await db
    .selectFrom("co2_balance_import")
    .select(["id", "content"])
    .where("id", "=", importId)
    .where("created_by", "=", actor.userId)
    .where("applied_at", "is", null)
    .where("created_at", ">=", expired)
    .executeTakeFirst();
  if (!staged) return null;
  return applyBalanceImport(db, actor, staged.content, { ...options, importId: staged.id });
}

// --- comparison across municipalities ---------------------------------------------------

/**
 * Each visible municipality's balance of the given year, or its latest balance; for
 * the per-capita distributions.
 */
export async function comparisonRows(
  db: Kysely<Database>,
  actor: Actor,
  filter: { year?: number | undefined; standard?: AccountingStandard | undefined },
): Promise<ComparisonRow[]> {
  let query = db
    .selectFrom("co2_balance")
    .innerJoin("municipality", "municipality.id", "co2_balance.municipality_id")
    .selectAll("co2_balance")
    .select("municipality.country as m_country")
    .where(visibleMunicipality(actor));
  if (filter.standard !== undefined) query = query.where("co2_balance.standard", "=", filter.standard);
  if (filter.year !== undefined) query = query.where("co2_balance.year", "=", filter.year);
  else {
    query = query.where((eb) =>
      eb(
        "co2_balance.year",
        "=",
        eb
          .selectFrom("co2_balance as later")
          .select((l) => l.fn.max("later.year").as("latest"))
          .whereRef("later.municipality_id", "=", "co2_balance.municipality_id")
          .$if(filter.standard !== undefined, (q) => q.where("later.standard", "=", filter.standard ?? "")),
      ),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => {
    const balance = balanceFromRow(row);
    return {
      municipalityId: row.municipality_id,
      country: row.m_country,
      year: balance.year,
      population: balance.population,
      sectors: balance.sectors,
      total: balance.total,
      standard: balance.method.standard,
      electricity: balance.method.electricity,
    };
  });
}

/** Years that have balances (visible to the person), newest first. */
export async function balanceYears(db: Kysely<Database>, actor: Actor): Promise<number[]> {
  const rows = await db
    .selectFrom("co2_balance")
    .innerJoin("municipality", "municipality.id", "co2_balance.municipality_id")
    .select("co2_balance.year")
    .distinct()
    .where(visibleMunicipality(actor))
    .orderBy("co2_balance.year", "desc")
    .execute();
  return rows.map((r) => Number(r.year));
}
