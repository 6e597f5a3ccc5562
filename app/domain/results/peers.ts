/**
 * Peer statistics: where a city stands within its peer group, as a distribution
 * (quartiles and n) and a coarse band, never as a rank. Groups smaller than the version's
 * minimum peer group size are not shown at all, so no single city can be singled out.
 */
import type { FieldOfAction } from "#app/domain/questionnaires/schema";
import { fieldsOfAction } from "#app/domain/questionnaires/schema";
import { recordOf } from "./records";

export interface Distribution {
  readonly n: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/** Below the lower quartile, between the quartiles (inclusive), above the upper quartile. */
export type PeerBand = "bottom_quarter" | "middle_half" | "top_quarter";

export const peerBands: readonly PeerBand[] = ["bottom_quarter", "middle_half", "top_quarter"];

function valueAt(sorted: readonly number[], index: number): number {
  const value = sorted[index];
  if (value === undefined) throw new RangeError(`no value at index ${index}`);
  return value;
}

/**
 * Quantile of already sorted values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R, NumPy and spreadsheets, so researchers can
 * reproduce the figures): h = (n − 1)·p, q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]),
 * 0-based.
 */
export function quantile(sorted: readonly number[], probability: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`probability must be within 0..1, got ${probability}`);
  }
  const h = (sorted.length - 1) * probability;
  const lowerIndex = Math.floor(h);
  const lower = valueAt(sorted, lowerIndex);
  const upper = valueAt(sorted, Math.min(lowerIndex + 1, sorted.length - 1));
  const fraction = h - lowerIndex;
  if (fraction === 0) return lower;
  // Far-apart extremes overflow upper − lower to Infinity; the weighted form does not.
  const difference = upper - lower;
  const interpolated = Number.isFinite(difference)
    ? lower + fraction * difference
    : lower * (1 - fraction) + upper * fraction;
  // Rounding in the interpolation could step a hair outside [lower, upper] and break the
  // ordering min ≤ q1 ≤ median ≤ q3 ≤ max that the charts rely on.
  return Math.min(Math.max(interpolated, lower), upper);
}

/**
 * Distribution of the values, or null when fewer than `minimumGroupSize` (the group may
 * not be shown). Values must be finite.
 */
export function distribution(values: readonly number[], minimumGroupSize: number): Distribution | null {
  if (!Number.isInteger(minimumGroupSize) || minimumGroupSize < 1) {
    throw new RangeError(`minimum group size must be a positive integer, got ${minimumGroupSize}`);
  }
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`peer value must be finite, got ${value}`);
  }
  if (values.length < minimumGroupSize) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: valueAt(sorted, 0),
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: valueAt(sorted, sorted.length - 1),
  };
}

export function bandOf(value: number, of: Distribution): PeerBand {
  if (Number.isNaN(value)) throw new RangeError("band of NaN");
  if (value < of.q1) return "bottom_quarter";
  if (value > of.q3) return "top_quarter";
  return "middle_half";
}

/** One figure per field; a missing or null entry means the city has no figure there. */
export type FieldFigures = Readonly<Partial<Record<FieldOfAction, number | null>>>;

export interface PeerFieldComparison {
  readonly own: number | null;
  /** null when fewer peers than the minimum group size have a figure for this field. */
  readonly distribution: Distribution | null;
  /** null when the city has no figure or the distribution may not be shown. */
  readonly band: PeerBand | null;
}

/**
 * Compares a city's figure per field (activity or absolute activity) with its peers'.
 * The peers are taken as given: whether the city itself belongs in `peersByField` is
 * the caller's choice of peer group. Peers without a figure in a field do not count
 * towards that field's n.
 */
export function peerComparison(
  ownByField: FieldFigures,
  peersByField: readonly FieldFigures[],
  minimumGroupSize: number,
): Readonly<Record<FieldOfAction, PeerFieldComparison>> {
  return recordOf(fieldsOfAction, (field): PeerFieldComparison => {
    const own = ownByField[field] ?? null;
    const values = peersByField.flatMap((peer) => {
      const value = peer[field];
      return value === null || value === undefined ? [] : [value];
    });
    const peers = distribution(values, minimumGroupSize);
    const band = own === null || peers === null ? null : bandOf(own, peers);
    return { own, distribution: peers, band };
  });
}
