/**
 * Analysis of one municipality's balances: per-capita figures, energy and transport
 * shares, the trend against the base year and the reduction still needed to reach the
 * target. Pure arithmetic; every figure in t CO2e (per inhabitant where said).
 */
import type { SectorShares } from "#app/domain/results/recommendations";
import { type MethodDifference, methodDifferences } from "./crosswalk";
import {
  type Balance,
  type BalanceSector,
  type BalanceTarget,
  balanceSectors,
  emptySectors,
  sameMethod,
  subtotalsOf,
} from "./model";

export interface PerCapita {
  readonly year: number;
  readonly total: number;
  readonly energy: number | null;
  readonly transport: number | null;
  readonly sectors: Readonly<Record<BalanceSector, number | null>>;
}

/** Emissions per inhabitant: each figure ÷ the population of the balance's year. */
export function perCapita(balance: Pick<Balance, "year" | "population" | "sectors" | "total">): PerCapita {
  if (!(balance.population > 0)) throw new RangeError(`population must be positive, got ${balance.population}`);
  const per = (value: number | null) => (value === null ? null : value / balance.population);
  const sectors = emptySectors();
  for (const sector of balanceSectors) sectors[sector] = per(balance.sectors[sector]);
  const { energy, transport } = subtotalsOf(balance.sectors);
  return {
    year: balance.year,
    total: balance.total / balance.population,
    energy: per(energy),
    transport: per(transport),
    sectors,
  };
}

/**
 * Shares of the energy-related (stationary) and the transport subtotal in the total,
 * each 0..1. A sector not reported counts 0. A total of 0 gives shares of 0.
 */
export function sectorShares(balance: Pick<Balance, "sectors" | "total">): SectorShares {
  const { energy, transport } = subtotalsOf(balance.sectors);
  if (!(balance.total > 0)) return { energyShare: 0, transportShare: 0 };
  const share = (value: number | null) => Math.min(1, Math.max(0, (value ?? 0) / balance.total));
  return { energyShare: share(energy), transportShare: share(transport) };
}

export function latestBalance<T extends { readonly year: number }>(balances: readonly T[]): T | null {
  let latest: T | null = null;
  for (const balance of balances) if (latest === null || balance.year > latest.year) latest = balance;
  return latest;
}

/**
 * The sector shares of the municipality's latest balance, for the recommendation
 * ranking (sector weight = 1 + share); null without any balance.
 */
export function latestSectorShares(
  balances: ReadonlyArray<Pick<Balance, "year" | "sectors" | "total">>,
): SectorShares | null {
  const latest = latestBalance(balances);
  return latest === null ? null : sectorShares(latest);
}

export interface Trend {
  readonly baseYear: number;
  readonly baseTotal: number;
  /** Where the base-year figure comes from: a stored balance or the target's stated figure. */
  readonly baseFrom: "balance" | "target";
  readonly latestYear: number;
  readonly latestTotal: number;
  /** (latest − base) ÷ base: −0.25 is a quarter less than in the base year. */
  readonly change: number;
  /** Average change per year, compounded: (latest ÷ base)^(1 ÷ years) − 1. */
  readonly annualRate: number;
}

/** Base-year emissions: the balance of that year if stored, else the target's stated figure. */
export function baseTotalOf(
  target: BalanceTarget,
  balances: ReadonlyArray<Pick<Balance, "year" | "total">>,
): { total: number; from: "balance" | "target" } | null {
  const stored = balances.find((b) => b.year === target.baseYear);
  if (stored) return { total: stored.total, from: "balance" };
  if (target.baseYearTotal !== null && target.baseYearTotal > 0) return { total: target.baseYearTotal, from: "target" };
  return null;
}

/** The latest balance against the base year; null without a base figure or a later balance. */
export function trendAgainstBase(
  target: BalanceTarget,
  balances: ReadonlyArray<Pick<Balance, "year" | "total">>,
): Trend | null {
  const base = baseTotalOf(target, balances);
  const latest = latestBalance(balances);
  if (base === null || latest === null || latest.year <= target.baseYear || !(base.total > 0)) return null;
  const years = latest.year - target.baseYear;
  return {
    baseYear: target.baseYear,
    baseTotal: base.total,
    baseFrom: base.from,
    latestYear: latest.year,
    latestTotal: latest.total,
    change: (latest.total - base.total) / base.total,
    annualRate: (latest.total / base.total) ** (1 / years) - 1,
  };
}

export interface ReductionPath {
  /** interim: the % reduction by the target year; net_zero: zero by the net-zero year. */
  readonly kind: "interim" | "net_zero";
  readonly targetYear: number;
  readonly targetTotal: number;
  readonly fromYear: number;
  readonly fromTotal: number;
  readonly years: number;
  /**
   * required: a reduction is still needed; reached: the latest balance is at or below
   * the target already; overdue: the target year is not after the latest balance year
   * and the target is not reached.
   */
  readonly status: "required" | "reached" | "overdue";
  /** Linear: (from − target) ÷ years, t CO2e per year. */
  readonly tonnesPerYear: number;
  /** The same as a share of the latest year's emissions, per year. */
  readonly shareOfLatestPerYear: number;
  /** Compounded: 1 − (target ÷ from)^(1 ÷ years); null for net zero (target 0). */
  readonly compoundRate: number | null;
}

/**
 * The average annual reduction needed from the latest balance to reach each part of
 * the target. The interim target is base × (1 − percent ÷ 100); it needs a base-year
 * figure. Net zero is 0 t by the net-zero year.
 */
export function reductionPaths(
  target: BalanceTarget,
  balances: ReadonlyArray<Pick<Balance, "year" | "total">>,
): ReductionPath[] {
  const latest = latestBalance(balances);
  if (latest === null) return [];
  const paths: ReductionPath[] = [];
  const base = baseTotalOf(target, balances);
  if (target.targetYear !== null && target.reductionPercent !== null && base !== null) {
    paths.push(path("interim", target.targetYear, base.total * (1 - target.reductionPercent / 100), latest));
  }
  if (target.netZeroYear !== null) paths.push(path("net_zero", target.netZeroYear, 0, latest));
  return paths;
}

function path(
  kind: ReductionPath["kind"],
  targetYear: number,
  targetTotal: number,
  latest: Pick<Balance, "year" | "total">,
): ReductionPath {
  const years = targetYear - latest.year;
  const gap = latest.total - targetTotal;
  const base = { kind, targetYear, targetTotal, fromYear: latest.year, fromTotal: latest.total, years };
  if (gap <= 0) return { ...base, status: "reached", tonnesPerYear: 0, shareOfLatestPerYear: 0, compoundRate: 0 };
  if (years <= 0) {
    return {
      ...base,
      status: "overdue",
      tonnesPerYear: gap,
      shareOfLatestPerYear: gap / latest.total,
      compoundRate: null,
    };
  }
  const tonnesPerYear = gap / years;
  return {
    ...base,
    status: "required",
    tonnesPerYear,
    shareOfLatestPerYear: tonnesPerYear / latest.total,
    compoundRate: targetTotal > 0 ? 1 - (targetTotal / latest.total) ** (1 / years) : null,
  };
}

export interface MethodChange {
  readonly fromYear: number;
  readonly toYear: number;
  readonly differences: readonly MethodDifference[];
}

/** Consecutive balances made differently: their difference is partly method, not emissions. */
export function methodChanges(balances: ReadonlyArray<Pick<Balance, "year" | "method">>): MethodChange[] {
  const sorted = [...balances].sort((a, b) => a.year - b.year);
  const changes: MethodChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (!before || !after || sameMethod(before.method, after.method)) continue;
    changes.push({
      fromYear: before.year,
      toYear: after.year,
      differences: methodDifferences(before.method, after.method),
    });
  }
  return changes;
}

/** Everything the municipality's balance page shows, derived from its balances and target. */
export function balanceAnalysis(balances: readonly Balance[], target: BalanceTarget | null) {
  const sorted = [...balances].sort((a, b) => a.year - b.year);
  const latest = latestBalance(sorted);
  return {
    latest: latest === null ? null : { balance: latest, perCapita: perCapita(latest), shares: sectorShares(latest) },
    perCapita: sorted.map(perCapita),
    trend: target === null ? null : trendAgainstBase(target, sorted),
    paths: target === null ? [] : reductionPaths(target, sorted),
    methodChanges: methodChanges(sorted),
  };
}
