/**
 * CO2 balances and targets in the database: the row mapping every balance module
 * shares, and reading. Every function takes the actor and asks the permission module
 * for its scope: an id outside it finds nothing. Reading follows the municipality's
 * sharing (whereResultsVisible) and the person's own municipalities; reading a balance
 * to edit needs balanceWriteScope (the city's staff, researchers and admins).
 */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { PlausibilityWarning } from "#app/domain/balances/fields";
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
import {
  type Actor,
  answerReadScope,
  balanceWriteScope,
  inScope,
  inScopeCondition,
  whereResultsVisible,
} from "#app/server/access/permissions.server";
import type { Co2BalanceTable, Database } from "#db/schema";

export type Db = Kysely<Database> | Transaction<Database>;
export type BalanceRow = Selectable<Co2BalanceTable>;

/** SQLite binds at most 32,766 parameters per statement; 28 columns × 500 rows stays below. */
const chunkSize = 500;

export function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
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
export function balanceColumns(balance: Balance, confirmed: readonly PlausibilityWarning[]) {
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
export function visibleMunicipality(actor: Actor) {
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

export async function targetOf(db: Db, municipalityId: string): Promise<BalanceTarget | null> {
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
