/**
 * The CO2 balance of one municipality and year, as the app stores and compares it:
 * emissions in t CO2e by the app's own sectors (the crosswalk maps each accounting
 * standard onto them), the population of that year, optionally final energy (MWh),
 * and how the balance was made. Pure data and vocabulary; no I/O.
 */

/** The app's sectors. Energy-related: the four stationary sectors; transport: three modes. */
export const balanceSectors = [
  "households",
  "commerce",
  "industry",
  "municipal",
  "transport_road",
  "transport_rail",
  "transport_other",
  "waste",
  "other",
] as const;
export type BalanceSector = (typeof balanceSectors)[number];

export const energySectors = [
  "households",
  "commerce",
  "industry",
  "municipal",
] as const satisfies readonly BalanceSector[];
export const transportSectors = [
  "transport_road",
  "transport_rail",
  "transport_other",
] as const satisfies readonly BalanceSector[];

/** Final energy is asked for the consumer sectors, transport as one figure. */
export const finalEnergySectors = ["households", "commerce", "industry", "municipal", "transport"] as const;
export type FinalEnergySector = (typeof finalEnergySectors)[number];

export const accountingStandards = [
  "bisko",
  "gpc_basic",
  "gpc_basic_plus",
  "jp_moe_manual",
  "us_community_protocol",
  "other",
] as const;
export type AccountingStandard = (typeof accountingStandards)[number];

/**
 * How electricity was counted: the national (federal) mix, a regional grid factor
 * (eGRID subregion, the regional utility's factor in Japan), or a local or
 * supplier-specific factor (local mix, 電気事業者別排出係数).
 */
export const electricityMethods = ["national_mix", "regional_grid", "local_supplier"] as const;
export type ElectricityMethod = (typeof electricityMethods)[number];

/** high: mostly local metered data; medium: a mix; low: mostly downscaled statistics. */
export const dataQualities = ["high", "medium", "low"] as const;
export type DataQuality = (typeof dataQualities)[number];

/** Units a figure may be stated in; stored as t CO2e and MWh. */
export const emissionUnits = ["t", "kt"] as const;
export type EmissionUnit = (typeof emissionUnits)[number];
export const energyUnits = ["mwh", "gwh"] as const;
export type EnergyUnit = (typeof energyUnits)[number];

export const unitFactors: Readonly<Record<EmissionUnit | EnergyUnit, number>> = { t: 1, kt: 1000, mwh: 1, gwh: 1000 };

export type SectorFigures = Readonly<Record<BalanceSector, number | null>>;
export type FinalEnergyFigures = Readonly<Record<FinalEnergySector, number | null>>;

export interface BalanceMethod {
  readonly standard: AccountingStandard;
  readonly electricity: ElectricityMethod;
  readonly dataQuality: DataQuality;
  /** Title or address of the source document. */
  readonly source: string | null;
}

/** One balance, normalised: t CO2e and MWh. A sector the balance does not report is null. */
export interface Balance {
  readonly year: number;
  readonly population: number;
  readonly sectors: SectorFigures;
  /** The stated total; checked against the sum of the sectors on entry. */
  readonly total: number;
  readonly finalEnergy: FinalEnergyFigures;
  readonly method: BalanceMethod;
}

/** The municipality's reduction target: a percentage by a target year, a net-zero year, or both. */
export interface BalanceTarget {
  readonly baseYear: number;
  /** Emissions of the base year (t CO2e) when no balance of that year is stored. */
  readonly baseYearTotal: number | null;
  readonly targetYear: number | null;
  /** Reduction against the base year by the target year, in percent (0..100). */
  readonly reductionPercent: number | null;
  readonly netZeroYear: number | null;
}

/** Rounds to the kilogram (three decimals of a tonne) so that unit conversion leaves no float noise. */
export function roundFigure(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function emptySectors(): Record<BalanceSector, number | null> {
  return {
    households: null,
    commerce: null,
    industry: null,
    municipal: null,
    transport_road: null,
    transport_rail: null,
    transport_other: null,
    waste: null,
    other: null,
  };
}

export function emptyFinalEnergy(): Record<FinalEnergySector, number | null> {
  return { households: null, commerce: null, industry: null, municipal: null, transport: null };
}

function sumOf(values: ReadonlyArray<number | null>): number | null {
  let sum: number | null = null;
  for (const value of values) if (value !== null) sum = (sum ?? 0) + value;
  return sum;
}

/** Energy-related (stationary) and transport subtotals, and the sum of all sectors; null when none is reported. */
export function subtotalsOf(sectors: SectorFigures): {
  energy: number | null;
  transport: number | null;
  sum: number | null;
} {
  return {
    energy: sumOf(energySectors.map((s) => sectors[s])),
    transport: sumOf(transportSectors.map((s) => sectors[s])),
    sum: sumOf(balanceSectors.map((s) => sectors[s])),
  };
}

/** Two balances are made the same way when standard and electricity method agree. */
export function sameMethod(a: Pick<BalanceMethod, "standard" | "electricity">, b: typeof a): boolean {
  return a.standard === b.standard && a.electricity === b.electricity;
}
