/**
 * Peer groups and the figures they compare: what the profile cache stores per submitted
 * assessment, the distributions computed from it, and where one city falls in them.
 *
 * Peer groups (design: "cities comparable to this one"):
 * - `size_class`: same country and size class;
 * - `country`: same country;
 * - `all_countries`: the three countries together. Comparable across countries because
 *   activity is already relative to each city's own scope for action (achieved ÷ possible);
 * - `partners`: the city's active partner cities (sister cities, climate partnerships)
 *   whose sharing setting lets the city see their results.
 *
 * Every group compares each city's *latest submitted* round, on activity.
 *
 * Privacy rules (where the design is silent, the stricter reading):
 * - a distribution is shown only when at least `minimumPeerGroupSize` cities *other than
 *   the city looking* have a figure: the city knows its own value, so counting it would
 *   let a group of five reveal four others' exact values;
 * - a band is one of three coarse places (lower quarter, middle half, upper quarter),
 *   never a rank or a position number.
 */
import type { FieldOfAction } from "#app/domain/questionnaires/schema";
import { fieldsOfAction } from "#app/domain/questionnaires/schema";
import { bandOf, type Distribution, distribution, type PeerBand } from "./peers";
import type { ActivityProfile } from "./profile";
import { recordOf } from "./records";

export const peerGroupKinds = ["size_class", "country", "all_countries", "partners"] as const;
export type PeerGroupKind = (typeof peerGroupKinds)[number];

/** The overall figure and one per field of action: what peer statistics compare. */
export const figureKeys = ["overall", ...fieldsOfAction] as const;
export type FigureKey = "overall" | FieldOfAction;

export type Figures = Readonly<Record<FigureKey, number | null>>;

/** The figures of one profile that the cache keeps (derived, recomputable). */
export interface ProfileFigures {
  readonly activity: Figures;
  readonly absoluteActivity: Figures;
  readonly scope: Figures;
  /** Ids of the measures the city reported as implemented, in id order. */
  readonly implemented: readonly string[];
}

export function profileFigures(profile: ActivityProfile): ProfileFigures {
  const pick = (figure: "activity" | "absoluteActivity" | "scope"): Figures =>
    recordOf(figureKeys, (key) => (key === "overall" ? profile.overall[figure] : profile.byField[key][figure]));
  return {
    activity: pick("activity"),
    absoluteActivity: pick("absoluteActivity"),
    scope: pick("scope"),
    implemented: profile.measures.filter((m) => m.status === "implemented").map((m) => m.measureId),
  };
}

/**
 * The distribution of each figure over a group's members, for every group that has at
 * least one value (whether it may be *shown* is decided when it is read, see
 * `placeInGroup`). Members without a figure for a key do not count towards its n.
 */
export function groupDistributions(members: readonly Figures[]): Record<FigureKey, Distribution | null> {
  return recordOf(figureKeys, (key) => {
    const values: number[] = [];
    for (const member of members) {
      const value = member[key];
      if (value !== null && Number.isFinite(value)) values.push(value);
    }
    return distribution(values, 1);
  });
}

export interface PeerPlace {
  readonly own: number | null;
  /** null when too few other cities have a figure: the group is not shown. */
  readonly distribution: Distribution | null;
  /** null without an own figure or without a shown distribution. */
  readonly band: PeerBand | null;
}

/**
 * Where the city's figure falls in a stored distribution. `ownIncluded` says whether
 * the city's own figure is one of the distribution's values (it is when its latest
 * submitted round is the one being compared); the city does not count towards the
 * minimum group size.
 */
export function placeInGroup(
  own: number | null,
  stored: Distribution | null,
  options: { readonly ownIncluded: boolean; readonly minimumGroupSize: number },
): PeerPlace {
  if (stored === null) return { own, distribution: null, band: null };
  const others = stored.n - (options.ownIncluded && own !== null ? 1 : 0);
  if (others < options.minimumGroupSize) return { own, distribution: null, band: null };
  return { own, distribution: stored, band: own === null ? null : bandOf(own, stored) };
}

/** The same for every figure key at once. */
export function placesInGroup(
  own: Figures,
  stored: Readonly<Partial<Record<FigureKey, Distribution | null>>>,
  options: { readonly ownIncluded: boolean; readonly minimumGroupSize: number },
): Record<FigureKey, PeerPlace> {
  return recordOf(figureKeys, (key) => placeInGroup(own[key], stored[key] ?? null, options));
}

/**
 * A group computed on the spot from the other members' figures (partner cities): the
 * city itself is never among `others`.
 */
export function placesAmongOthers(
  own: Figures,
  others: readonly Figures[],
  minimumGroupSize: number,
): Record<FigureKey, PeerPlace> {
  const stored = groupDistributions(others);
  return placesInGroup(own, stored, { ownIncluded: false, minimumGroupSize });
}

/** How many members implemented each measure: the peer uptake behind recommendations. */
export function uptakeCounts(members: ReadonlyArray<{ readonly implemented: readonly string[] }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const member of members) {
    for (const id of new Set(member.implemented)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
