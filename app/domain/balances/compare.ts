/**
 * Across municipalities: per-capita emissions as distributions (n, min, quartiles, max)
 * by country and sector, never as ranks. A group smaller than the minimum size is not
 * shown. Balances made under different methods are compared only together with the
 * list of differences, which the page shows as a warning.
 */

import { type Distribution, distribution } from "#app/domain/results/peers";
import type { Country } from "../vocabulary";
import { perCapita } from "./analysis";
import { groupDifferences, type MethodDifference, methodMix } from "./crosswalk";
import {
  type AccountingStandard,
  type Balance,
  type BalanceSector,
  balanceSectors,
  type ElectricityMethod,
} from "./model";

/** Design rule: a group of fewer than five cities is never shown. */
export const minimumComparisonGroupSize = 5;

export const comparisonMeasures = ["total", "energy", "transport", ...balanceSectors] as const;
export type ComparisonMeasure = (typeof comparisonMeasures)[number];

export interface ComparisonRow extends Pick<Balance, "year" | "population" | "sectors" | "total"> {
  readonly municipalityId: string;
  readonly country: Country;
  readonly standard: AccountingStandard;
  readonly electricity: ElectricityMethod;
}

export interface GroupComparison {
  /** A country, or every country together. */
  readonly group: Country | "all";
  /** Municipalities with a balance in this group. */
  readonly municipalities: number;
  readonly years: { readonly from: number; readonly to: number } | null;
  /** Per-capita distribution per measure; null when fewer than the minimum have a figure. */
  readonly measures: Readonly<Record<ComparisonMeasure, Distribution | null>>;
  readonly methods: ReadonlyArray<{ standard: AccountingStandard; electricity: ElectricityMethod; count: number }>;
  /** Empty when every balance in the group was made the same way. */
  readonly differences: readonly MethodDifference[];
}

/** Each municipality's latest row (the caller may have filtered to one year already). */
export function latestPerMunicipality<T extends { municipalityId: string; year: number }>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const seen = latest.get(row.municipalityId);
    if (!seen || row.year > seen.year) latest.set(row.municipalityId, row);
  }
  return [...latest.values()];
}

function measureValue(row: ComparisonRow, measure: ComparisonMeasure): number | null {
  const figures = perCapita(row);
  if (measure === "total") return figures.total;
  if (measure === "energy") return figures.energy;
  if (measure === "transport") return figures.transport;
  return figures.sectors[measure as BalanceSector];
}

function compareGroup(
  group: Country | "all",
  rows: readonly ComparisonRow[],
  minimumGroupSize: number,
): GroupComparison {
  const measures = {} as Record<ComparisonMeasure, Distribution | null>;
  for (const measure of comparisonMeasures) {
    const values = rows.flatMap((row) => {
      const value = measureValue(row, measure);
      return value === null ? [] : [value];
    });
    measures[measure] = distribution(values, minimumGroupSize);
  }
  const methods = methodMix(rows);
  const years =
    rows.length === 0 ? null : { from: Math.min(...rows.map((r) => r.year)), to: Math.max(...rows.map((r) => r.year)) };
  return { group, municipalities: rows.length, years, measures, methods, differences: groupDifferences(methods) };
}

/**
 * One comparison per country that has balances, then all countries together. Uses
 * each municipality's latest row only.
 */
export function perCapitaComparison(
  rows: readonly ComparisonRow[],
  minimumGroupSize: number = minimumComparisonGroupSize,
): GroupComparison[] {
  const latest = latestPerMunicipality(rows);
  const countries = [...new Set(latest.map((r) => r.country))].sort();
  const groups = countries.map((country) =>
    compareGroup(
      country,
      latest.filter((r) => r.country === country),
      minimumGroupSize,
    ),
  );
  if (countries.length > 1) groups.push(compareGroup("all", latest, minimumGroupSize));
  return groups;
}
