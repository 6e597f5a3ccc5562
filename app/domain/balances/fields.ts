/**
 * The balance as a person states it (in a form or a CSV row): one flat record of text
 * cells, validated by one zod schema, then normalised to t CO2e and MWh and checked for
 * consistency. Problems are message keys (translated in the UI) with parameters.
 */
import { z } from "zod";
import {
  type AccountingStandard,
  accountingStandards,
  type Balance,
  type BalanceSector,
  type BalanceTarget,
  balanceSectors,
  type DataQuality,
  dataQualities,
  type ElectricityMethod,
  type EmissionUnit,
  type EnergyUnit,
  electricityMethods,
  emissionUnits,
  emptyFinalEnergy,
  emptySectors,
  energyUnits,
  type FinalEnergySector,
  finalEnergySectors,
  roundFigure,
  subtotalsOf,
  unitFactors,
} from "./model";

/** One problem with one field: a message key and what the message needs. */
export interface Problem {
  readonly field: string;
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const earliestYear = 1990;
export const latestYear = 2100;
export const maxPopulation = 50_000_000;
/** No municipal figure comes near this (t CO2e or MWh): a larger one is a typing error. */
const maxFigure = 1e12;

const numberPattern = /^-?\d+(\.\d+)?$/;

function textOf(raw: unknown): string {
  if (raw === undefined || raw === null) return "";
  return typeof raw === "string" ? raw.trim() : String(raw).trim();
}

/** A numeric cell: blank is null (not reported), unless required. */
function numberCell(options: { required?: boolean; integer?: boolean; min?: number; max?: number } = {}) {
  const { required = false, integer = false, min = 0, max = maxFigure } = options;
  return z
    .unknown()
    .optional()
    .transform((raw, ctx): number | null => {
      const text = textOf(raw);
      if (text === "") {
        if (!required) return null;
        ctx.addIssue({ code: "custom", message: "balances.validation.required" });
        return z.NEVER;
      }
      if (!numberPattern.test(text)) {
        ctx.addIssue({
          code: "custom",
          message: "balances.validation.notANumber",
          params: { value: text.slice(0, 40) },
        });
        return z.NEVER;
      }
      const value = Number(text);
      if (value < 0) {
        ctx.addIssue({ code: "custom", message: "balances.validation.negative" });
        return z.NEVER;
      }
      if (integer && !Number.isInteger(value)) {
        ctx.addIssue({ code: "custom", message: "balances.validation.wholeNumber" });
        return z.NEVER;
      }
      if (value < min || value > max) {
        ctx.addIssue({ code: "custom", message: "balances.validation.outOfRange", params: { min, max } });
        return z.NEVER;
      }
      return value;
    });
}

function requiredNumber(options: { integer?: boolean; min?: number; max?: number } = {}) {
  return numberCell({ ...options, required: true }).transform((value) => value ?? 0);
}

function choiceCell<const T extends string>(
  values: readonly T[],
  options: { required: boolean; aliases?: Readonly<Record<string, T>> },
) {
  return z
    .unknown()
    .optional()
    .transform((raw, ctx): T | null => {
      const text = textOf(raw);
      if (text === "") {
        if (!options.required) return null;
        ctx.addIssue({ code: "custom", message: "balances.validation.choose" });
        return z.NEVER;
      }
      const lower = text.toLowerCase();
      const match = values.find((value) => value === lower) ?? options.aliases?.[lower.replace(/\s+/g, " ")];
      if (match === undefined) {
        ctx.addIssue({
          code: "custom",
          message: "balances.validation.notAChoice",
          params: { value: text.slice(0, 40), choices: values.join(", ") },
        });
        return z.NEVER;
      }
      return match;
    });
}

function requiredChoice<const T extends string>(values: readonly T[], aliases?: Readonly<Record<string, T>>) {
  return choiceCell(values, aliases ? { required: true, aliases } : { required: true }).transform(
    (value) => value as T,
  );
}

/** Units as spreadsheets and reports write them. */
const emissionUnitAliases: Readonly<Record<string, EmissionUnit>> = {
  "t co2e": "t",
  "t co2": "t",
  "t-co2": "t",
  tco2e: "t",
  "kt co2e": "kt",
  "kt co2": "kt",
  "kt-co2": "kt",
  "千t-co2": "kt",
};

/** The source of a balance: a report's title and page, or a link. */
export const maxSourceLength = 500;

const sourceCell = z
  .unknown()
  .optional()
  .transform((raw, ctx): string | null => {
    const text = textOf(raw);
    if (text.length > maxSourceLength) {
      ctx.addIssue({ code: "custom", message: "balances.validation.tooLong", params: { max: maxSourceLength } });
      return z.NEVER;
    }
    return text === "" ? null : text;
  });

const yearCell = requiredNumber({ integer: true, min: earliestYear, max: latestYear });

/**
 * The fields of one balance, in the order the CSV shows them. Figures are in the stated
 * units. The CSV schema adds the municipality columns in front.
 */
export const balanceFieldShape = {
  year: yearCell,
  population: requiredNumber({ integer: true, min: 1, max: maxPopulation }),
  emissions_unit: requiredChoice<EmissionUnit>(emissionUnits, emissionUnitAliases),
  households: numberCell(),
  commerce: numberCell(),
  industry: numberCell(),
  municipal: numberCell(),
  transport_road: numberCell(),
  transport_rail: numberCell(),
  transport_other: numberCell(),
  waste: numberCell(),
  other: numberCell(),
  energy_subtotal: numberCell(),
  transport_subtotal: numberCell(),
  total: requiredNumber(),
  energy_unit: choiceCell<EnergyUnit>(energyUnits, { required: false }),
  energy_households: numberCell(),
  energy_commerce: numberCell(),
  energy_industry: numberCell(),
  energy_municipal: numberCell(),
  energy_transport: numberCell(),
  standard: requiredChoice<AccountingStandard>(accountingStandards),
  electricity: requiredChoice<ElectricityMethod>(electricityMethods),
  data_quality: requiredChoice<DataQuality>(dataQualities),
  source: sourceCell,
};

export const BalanceFields = z.object(balanceFieldShape);
export type BalanceFields = z.output<typeof BalanceFields>;
export type BalanceFieldName = keyof typeof balanceFieldShape;

export const finalEnergyField = (sector: FinalEnergySector) => `energy_${sector}` as const;

/** Sum and stated total may differ by rounding: 0.5 % of the larger, at least 1 t. */
export function totalTolerance(a: number, b: number): number {
  return Math.max(0.005 * Math.max(a, b), 1);
}

export type BalanceParse = { ok: true; balance: Balance } | { ok: false; problems: Problem[] };

/** zod issues → problems, one per field (the first), in field order. */
export function problemsOf(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems = new Map<string, Problem>();
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    if (problems.has(field)) continue;
    const key = issue.message.startsWith("balances.") ? issue.message : "balances.validation.invalid";
    const params = issue.code === "custom" ? (issue.params as Problem["params"]) : undefined;
    problems.set(field, params ? { field, key, params } : { field, key });
  }
  return [...problems.values()];
}

/**
 * Validates one stated balance and normalises it: units converted, totals checked. A
 * balance with problems is never partly accepted.
 */
export function parseBalance(values: Readonly<Record<string, unknown>>): BalanceParse {
  const parsed = BalanceFields.safeParse(values);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues) };
  return normaliseBalance(parsed.data);
}

export function normaliseBalance(fields: BalanceFields): BalanceParse {
  const problems: Problem[] = [];
  const factor = unitFactors[fields.emissions_unit];
  const inTonnes = (value: number | null) => (value === null ? null : roundFigure(value * factor));

  const sectors = emptySectors();
  for (const sector of balanceSectors) sectors[sector] = inTonnes(fields[sector]);
  const total = inTonnes(fields.total) ?? 0;
  const { energy, transport, sum } = subtotalsOf(sectors);

  if (sum === null) problems.push({ field: "households", key: "balances.validation.noSector" });
  else if (Math.abs(sum - total) > totalTolerance(sum, total)) {
    problems.push({
      field: "total",
      key: "balances.validation.totalMismatch",
      params: { sum: sum / factor, total: fields.total, unit: fields.emissions_unit },
    });
  }
  if (total <= 0 && sum !== null) problems.push({ field: "total", key: "balances.validation.totalZero" });
  checkSubtotal(problems, "energy_subtotal", inTonnes(fields.energy_subtotal), energy, factor, fields.emissions_unit);
  checkSubtotal(
    problems,
    "transport_subtotal",
    inTonnes(fields.transport_subtotal),
    transport,
    factor,
    fields.emissions_unit,
  );

  const finalEnergy = emptyFinalEnergy();
  const anyEnergy = finalEnergySectors.some((s) => fields[finalEnergyField(s)] !== null);
  if (anyEnergy && fields.energy_unit === null) {
    problems.push({ field: "energy_unit", key: "balances.validation.unitRequired" });
  } else if (fields.energy_unit !== null) {
    const energyFactor = unitFactors[fields.energy_unit];
    for (const sector of finalEnergySectors) {
      const value = fields[finalEnergyField(sector)];
      finalEnergy[sector] = value === null ? null : roundFigure(value * energyFactor);
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    balance: {
      year: fields.year,
      population: fields.population,
      sectors,
      total,
      finalEnergy,
      method: {
        standard: fields.standard,
        electricity: fields.electricity,
        dataQuality: fields.data_quality,
        source: fields.source,
      },
    },
  };
}

function checkSubtotal(
  problems: Problem[],
  field: "energy_subtotal" | "transport_subtotal",
  stated: number | null,
  computed: number | null,
  factor: number,
  unit: EmissionUnit,
) {
  if (stated === null) return;
  const sum = computed ?? 0;
  if (Math.abs(sum - stated) > totalTolerance(sum, stated)) {
    problems.push({
      field,
      key: "balances.validation.subtotalMismatch",
      params: { sum: sum / factor, total: stated / factor, unit },
    });
  }
}

/** A stored balance as form or CSV values, in t CO2e and MWh. */
export function balanceToFields(balance: Balance): Record<BalanceFieldName, string | number | null> {
  const hasEnergy = finalEnergySectors.some((s) => balance.finalEnergy[s] !== null);
  const { energy, transport } = subtotalsOf(balance.sectors);
  return {
    year: balance.year,
    population: balance.population,
    emissions_unit: "t",
    households: balance.sectors.households,
    commerce: balance.sectors.commerce,
    industry: balance.sectors.industry,
    municipal: balance.sectors.municipal,
    transport_road: balance.sectors.transport_road,
    transport_rail: balance.sectors.transport_rail,
    transport_other: balance.sectors.transport_other,
    waste: balance.sectors.waste,
    other: balance.sectors.other,
    energy_subtotal: energy === null ? null : roundFigure(energy),
    transport_subtotal: transport === null ? null : roundFigure(transport),
    total: balance.total,
    energy_unit: hasEnergy ? "mwh" : null,
    energy_households: balance.finalEnergy.households,
    energy_commerce: balance.finalEnergy.commerce,
    energy_industry: balance.finalEnergy.industry,
    energy_municipal: balance.finalEnergy.municipal,
    energy_transport: balance.finalEnergy.transport,
    standard: balance.method.standard,
    electricity: balance.method.electricity,
    data_quality: balance.method.dataQuality,
    source: balance.method.source,
  };
}

/** True when two balances hold the same figures and method (an import of them changes nothing). */
export function sameBalance(a: Balance, b: Balance): boolean {
  if (a.year !== b.year || a.population !== b.population || a.total !== b.total) return false;
  if (balanceSectors.some((s) => a.sectors[s] !== b.sectors[s])) return false;
  if (finalEnergySectors.some((s) => a.finalEnergy[s] !== b.finalEnergy[s])) return false;
  return (
    a.method.standard === b.method.standard &&
    a.method.electricity === b.method.electricity &&
    a.method.dataQuality === b.method.dataQuality &&
    a.method.source === b.method.source
  );
}

// --- plausibility -----------------------------------------------------------------

export const plausibility = {
  /** t CO2e per inhabitant above which a figure is probably wrong (industrial towns reach 30-40). */
  maxPerCapita: 50,
  /** Below this, a figure in kt was probably typed as t. */
  minPerCapita: 1,
  /** Change against the nearest earlier or later balance (fraction). */
  maxChange: 0.5,
  /** Stated population against the municipality's registered one (fraction). */
  maxPopulationDeviation: 0.5,
} as const;

export type WarningCode = "per_capita_high" | "per_capita_low" | "change_high" | "population_mismatch";

export interface PlausibilityWarning {
  readonly code: WarningCode;
  readonly params: Readonly<Record<string, number>>;
}

export interface PlausibilityContext {
  /** Other balances of the same municipality (the one being checked, by year, is ignored). */
  readonly neighbours: ReadonlyArray<{ readonly year: number; readonly total: number }>;
  readonly registeredPopulation?: number | null;
}

/**
 * Figures that are possible but unlikely: shown as warnings the person confirms before
 * anything is stored. Per capita = total ÷ population.
 */
export function plausibilityWarnings(
  balance: Pick<Balance, "year" | "population" | "total">,
  context: PlausibilityContext,
): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const perCapita = balance.total / balance.population;
  if (perCapita > plausibility.maxPerCapita) {
    warnings.push({ code: "per_capita_high", params: { perCapita, limit: plausibility.maxPerCapita } });
  } else if (perCapita < plausibility.minPerCapita) {
    warnings.push({ code: "per_capita_low", params: { perCapita, limit: plausibility.minPerCapita } });
  }
  let earlier: { year: number; total: number } | null = null;
  let later: { year: number; total: number } | null = null;
  for (const other of context.neighbours) {
    if (other.year < balance.year && (earlier === null || other.year > earlier.year)) earlier = other;
    if (other.year > balance.year && (later === null || other.year < later.year)) later = other;
  }
  for (const other of [earlier, later]) {
    if (other === null || other.total <= 0) continue;
    // Change from the earlier to the later of the two years.
    const [from, to] = other.year < balance.year ? [other.total, balance.total] : [balance.total, other.total];
    const change = from > 0 ? (to - from) / from : Number.POSITIVE_INFINITY;
    if (Math.abs(change) > plausibility.maxChange) {
      warnings.push({
        code: "change_high",
        params: { otherYear: other.year, change, limit: plausibility.maxChange },
      });
    }
  }
  const registered = context.registeredPopulation;
  if (registered && registered > 0) {
    const deviation = Math.abs(balance.population - registered) / registered;
    if (deviation > plausibility.maxPopulationDeviation) {
      warnings.push({ code: "population_mismatch", params: { registered, stated: balance.population } });
    }
  }
  return warnings;
}

/** The warning codes as one stable token, to check that a confirmation covers what the server found. */
export function warningToken(warnings: readonly PlausibilityWarning[]): string {
  return [...new Set(warnings.map((w) => (w.code === "change_high" ? `${w.code}:${w.params.otherYear}` : w.code)))]
    .sort()
    .join(",");
}

/** True when every warning was among those the person saw and confirmed. */
export function confirmationCovers(warnings: readonly PlausibilityWarning[], confirmedToken: string): boolean {
  const confirmed = new Set(confirmedToken.split(",").filter(Boolean));
  return warningToken(warnings)
    .split(",")
    .filter(Boolean)
    .every((code) => confirmed.has(code));
}

// --- target -------------------------------------------------------------------------

export const targetFieldShape = {
  base_year: yearCell,
  base_year_total: numberCell(),
  target_year: numberCell({ integer: true, min: earliestYear, max: latestYear }),
  reduction_percent: numberCell({ min: 0, max: 100 }),
  net_zero_year: numberCell({ integer: true, min: earliestYear, max: latestYear }),
};
export const TargetFields = z.object(targetFieldShape);

export type TargetParse = { ok: true; target: BalanceTarget } | { ok: false; problems: Problem[] };

/** Base year, and a reduction by a target year or a net-zero year (or both). base_year_total is in t CO2e. */
export function parseTarget(values: Readonly<Record<string, unknown>>): TargetParse {
  const parsed = TargetFields.safeParse(values);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues) };
  const f = parsed.data;
  const problems: Problem[] = [];
  if (f.target_year !== null && f.reduction_percent === null) {
    problems.push({ field: "reduction_percent", key: "balances.validation.required" });
  }
  if (f.reduction_percent !== null && f.target_year === null) {
    problems.push({ field: "target_year", key: "balances.validation.required" });
  }
  if (f.target_year === null && f.net_zero_year === null) {
    problems.push({ field: "target_year", key: "balances.validation.targetRequired" });
  }
  if (f.target_year !== null && f.target_year <= f.base_year) {
    problems.push({ field: "target_year", key: "balances.validation.afterBaseYear" });
  }
  if (f.net_zero_year !== null && f.net_zero_year <= f.base_year) {
    problems.push({ field: "net_zero_year", key: "balances.validation.afterBaseYear" });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    target: {
      baseYear: f.base_year,
      baseYearTotal: f.base_year_total === null ? null : roundFigure(f.base_year_total),
      targetYear: f.target_year,
      reductionPercent: f.reduction_percent,
      netZeroYear: f.net_zero_year,
    },
  };
}

export type { BalanceSector };
