/**
 * Activity profile of one assessment: how much of its own scope for action a city uses,
 * per field of action, impact approach, sector and overall.
 *
 * For every measure m of the questionnaire version, with the city's country and answers:
 *
 *   d(m) = depthWeights[depth(m)]                     (version parameter; default 1, 2, 3)
 *   σ(m) = legalFactors[legal level] × practical factor   (see scope.ts)
 *   P(m) = d(m) × σ(m)                                possible points; 0 if not_applicable
 *   w(m) = statusWeights[status(m)]                   a missing status counts as not_started
 *   A(m) = P(m) × w(m)                                achieved points
 *
 * For a group G (one field, approach or sector, or all measures):
 *
 *   possible          = Σ_{m∈G} P(m)
 *   achieved          = Σ_{m∈G} A(m)
 *   maximum           = Σ_{m∈G, m applicable} d(m)
 *   activity          = achieved / possible    how much of its own scope the city uses
 *   absoluteActivity  = achieved / maximum     what it does regardless of its powers
 *   scope             = possible / maximum     how much it may and can do at all
 *   depthMix[k]       = Σ_{m∈G, depth(m)=k} A(m) / achieved,  k = 1, 2, 3
 *
 * A ratio whose denominator is 0 is null (nothing to measure), never NaN or a made-up 0.
 *
 * Decisions where the design is silent:
 * - `maximum` leaves out measures marked not_applicable: such a measure does not exist
 *   for the city (no port, no district heating), so it must not lower absolute activity
 *   or scope, just as it does not count in `possible`. A measure outside the city's
 *   legal or practical scope (σ = 0) does count in `maximum`: that is exactly what
 *   absolute activity and scope are meant to show.
 * - Measures are scored in the order of their ids (code-unit order, not locale order):
 *   floating-point sums then do not depend on the catalogue's or the answers' order, and
 *   the explanation lines come out in a stable order.
 * - Status ids in `measureStatuses` that the version does not contain are ignored (they
 *   may belong to another version).
 * - Figures are not rounded here; presentation rounds.
 */
import type {
  Country,
  FieldOfAction,
  ImpactApproach,
  ImpactDepth,
  ImplementationStatus,
  LegalScopeLevel,
  Measure,
  QuestionnaireVersion,
  Sector,
} from "#app/domain/questionnaires/schema";
import { fieldsOfAction, impactApproaches, sectors } from "#app/domain/questionnaires/schema";
import { recordOf } from "./records";
import { createScopeEvaluator, type MatchedCondition, type ScopeAnswers } from "./scope";

/** The respondent's answer on a measure: an implementation status, or not applicable. */
export type MeasureStatus = ImplementationStatus | "not_applicable";

export interface ProfileInput {
  readonly country: Country;
  readonly scopeAnswers: ScopeAnswers;
  /** Measure id → status; a measure without an entry counts as not_started. */
  readonly measureStatuses: Readonly<Record<string, MeasureStatus>>;
}

/** Every number behind one measure's contribution, so each figure can be traced back. */
export interface MeasureExplanation {
  readonly measureId: string;
  readonly field: FieldOfAction;
  readonly approach: ImpactApproach;
  readonly sector: Sector;
  readonly depth: ImpactDepth;
  readonly depthWeight: number;
  readonly countryLegalLevel: LegalScopeLevel;
  readonly legalLevel: LegalScopeLevel;
  readonly legalFactor: number;
  readonly practicalFactor: number;
  readonly scopeFactor: number;
  readonly matchedConditions: readonly MatchedCondition[];
  readonly status: MeasureStatus;
  /** True when the respondent gave no status and not_started was assumed. */
  readonly statusMissing: boolean;
  /** null for not_applicable: no weight applies, the measure is out of the count. */
  readonly statusWeight: number | null;
  readonly possible: number;
  readonly achieved: number;
}

export type DepthMix = Readonly<Record<ImpactDepth, number>>;

export type GroupKind = "field" | "approach" | "sector" | "overall";

export interface GroupKeyByKind {
  readonly field: FieldOfAction;
  readonly approach: ImpactApproach;
  readonly sector: Sector;
  readonly overall: "all";
}

export interface GroupScore<K extends GroupKind = GroupKind> {
  readonly kind: K;
  readonly key: GroupKeyByKind[K];
  /** All measures of the group, including those marked not_applicable. */
  readonly measureCount: number;
  readonly notApplicableCount: number;
  readonly possible: number;
  readonly achieved: number;
  readonly maximum: number;
  readonly activity: number | null;
  readonly absoluteActivity: number | null;
  readonly scope: number | null;
  readonly depthMix: DepthMix | null;
}

export interface ActivityProfile {
  /** The questionnaire version the profile was computed with. */
  readonly questionnaireVersion: number;
  readonly country: Country;
  readonly overall: GroupScore<"overall">;
  readonly byField: Readonly<Record<FieldOfAction, GroupScore<"field">>>;
  readonly byApproach: Readonly<Record<ImpactApproach, GroupScore<"approach">>>;
  readonly bySector: Readonly<Record<Sector, GroupScore<"sector">>>;
  /** One line per measure of the version, in measure id order. */
  readonly measures: readonly MeasureExplanation[];
}

/** Code-unit order: identical on every machine, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statusOf(statuses: Readonly<Record<string, MeasureStatus>>, id: string): MeasureStatus | undefined {
  return Object.hasOwn(statuses, id) ? statuses[id] : undefined;
}

/**
 * The explanation line of every measure of the version for this city, in id order.
 * Profile and recommendations both build on these lines, so they can never disagree.
 */
export function scoreMeasures(version: QuestionnaireVersion, input: ProfileInput): readonly MeasureExplanation[] {
  const { scoring } = version;
  const scopeOf = createScopeEvaluator(version, input.country, input.scopeAnswers);
  const measures: Measure[] = [...version.measures].sort((a, b) => compareIds(a.id, b.id));
  measures.forEach((m, i) => {
    // Ids key statuses, recommendations and explanations; a duplicate would make every
    // one of them ambiguous, so refuse rather than score one of the two silently.
    const previous = measures[i - 1];
    if (previous !== undefined && previous.id === m.id) {
      throw new Error(`questionnaire version ${version.version} has measure id ${m.id} twice`);
    }
  });

  return measures.map((measure) => {
    const scope = scopeOf(measure);
    const given = statusOf(input.measureStatuses, measure.id);
    const status: MeasureStatus = given ?? "not_started";
    const depthWeight = scoring.depthWeights[`${measure.depth}`];
    const statusWeight = status === "not_applicable" ? null : scoring.statusWeights[status];
    const possible = statusWeight === null ? 0 : depthWeight * scope.scopeFactor;
    const achieved = statusWeight === null ? 0 : possible * statusWeight;
    return {
      measureId: measure.id,
      field: measure.field,
      approach: measure.approach,
      sector: measure.sector,
      depth: measure.depth,
      depthWeight,
      countryLegalLevel: scope.countryLegalLevel,
      legalLevel: scope.legalLevel,
      legalFactor: scope.legalFactor,
      practicalFactor: scope.practicalFactor,
      scopeFactor: scope.scopeFactor,
      matchedConditions: scope.matchedConditions,
      status,
      statusMissing: given === undefined,
      statusWeight,
      possible,
      achieved,
    };
  });
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function aggregate<K extends GroupKind>(
  kind: K,
  key: GroupKeyByKind[K],
  lines: readonly MeasureExplanation[],
): GroupScore<K> {
  let possible = 0;
  let achieved = 0;
  let maximum = 0;
  let notApplicableCount = 0;
  const achievedByDepth: Record<ImpactDepth, number> = { 1: 0, 2: 0, 3: 0 };
  for (const line of lines) {
    if (line.status === "not_applicable") {
      notApplicableCount += 1;
      continue;
    }
    possible += line.possible;
    achieved += line.achieved;
    maximum += line.depthWeight;
    achievedByDepth[line.depth] += line.achieved;
  }
  return {
    kind,
    key,
    measureCount: lines.length,
    notApplicableCount,
    possible,
    achieved,
    maximum,
    activity: ratio(achieved, possible),
    absoluteActivity: ratio(achieved, maximum),
    scope: ratio(possible, maximum),
    depthMix:
      achieved > 0
        ? {
            1: achievedByDepth[1] / achieved,
            2: achievedByDepth[2] / achieved,
            3: achievedByDepth[3] / achieved,
          }
        : null,
  };
}

function isInGroup<K extends GroupKind>(line: MeasureExplanation, kind: K, key: GroupKeyByKind[K]): boolean {
  switch (kind) {
    case "field":
      return line.field === key;
    case "approach":
      return line.approach === key;
    case "sector":
      return line.sector === key;
    default:
      return true;
  }
}

function groupsOf<K extends "field" | "approach" | "sector">(
  kind: K,
  keys: readonly GroupKeyByKind[K][],
  lines: readonly MeasureExplanation[],
): Record<GroupKeyByKind[K], GroupScore<K>> {
  // Every key is present even without measures, so pages and exports have a fixed shape.
  return recordOf(keys, (key) =>
    aggregate(
      kind,
      key,
      lines.filter((l) => isInGroup(l, kind, key)),
    ),
  );
}

export function computeActivityProfile(version: QuestionnaireVersion, input: ProfileInput): ActivityProfile {
  const measures = scoreMeasures(version, input);
  return {
    questionnaireVersion: version.version,
    country: input.country,
    overall: aggregate("overall", "all", measures),
    byField: groupsOf("field", fieldsOfAction, measures),
    byApproach: groupsOf("approach", impactApproaches, measures),
    bySector: groupsOf("sector", sectors, measures),
    measures,
  };
}

/** The explanation lines behind one group's figures (all of them for "overall"). */
export function explainGroup<K extends GroupKind>(
  profile: ActivityProfile,
  kind: K,
  key: GroupKeyByKind[K],
): readonly MeasureExplanation[] {
  return profile.measures.filter((line) => isInGroup(line, kind, key));
}

/** One figure per field of action, the shape peer comparison takes. */
export function figureByField(
  profile: ActivityProfile,
  figure: "activity" | "absoluteActivity" | "scope",
): Readonly<Record<FieldOfAction, number | null>> {
  return recordOf(fieldsOfAction, (field) => profile.byField[field][figure]);
}
