/**
 * Recommended next measures for one city.
 *
 * Candidates: measures within scope (σ > 0) whose status is neither implemented nor
 * not_applicable. For each:
 *
 *   efficiency = potential × d × σ × (1 − w) × sectorWeight ÷ effort
 *
 * with potential and effort the version's class values (default low 1, medium 2,
 * high 3), d the depth weight (the same weight the profile uses, so a researcher who
 * changes it changes both), σ the scope factor, w the status weight (work already done
 * lowers what is left to gain) and
 *
 *   sectorWeight = 1 + share of the measure's sector in the city's latest CO2 balance
 *
 * for energy and transport measures; 1 for cross-cutting measures or without a balance.
 *
 * Order: legal obligations not yet met (effective legal level mandatory) first, then
 * efficiency descending, then measure id ascending, so equal inputs always give the same
 * list. Explanations are data only; pages turn them into sentences in their language.
 */
import type {
  ClassLevel,
  FieldOfAction,
  ImpactApproach,
  ImpactDepth,
  LegalScopeLevel,
  Measure,
  QuestionnaireVersion,
  Sector,
} from "#app/domain/questionnaires/schema";
import { fieldsOfAction } from "#app/domain/questionnaires/schema";
import { compareIds, type MeasureExplanation, type MeasureStatus, type ProfileInput, scoreMeasures } from "./profile";
import { recordOf } from "./records";
import type { MatchedCondition } from "./scope";

/** Shares of the energy and transport sectors in the city's latest CO2 balance, 0..1. */
export interface SectorShares {
  readonly energyShare: number;
  readonly transportShare: number;
}

/** How many cities of the peer group already implemented a measure (people to talk to). */
export interface PeerUptake {
  readonly implementedCount: number;
  readonly peerCount: number;
}

export interface RecommendationInput extends ProfileInput {
  /** The latest CO2 balance; absent or null when the city has none. */
  readonly co2Balance?: SectorShares | null;
  /** Measure id → uptake among peers; passed through untouched, never used to rank. */
  readonly peerUptake?: Readonly<Record<string, PeerUptake>>;
}

/** Every factor of the efficiency, as data. */
export interface RecommendationExplanation {
  readonly legalObligation: boolean;
  readonly legalLevel: LegalScopeLevel;
  readonly countryLegalLevel: LegalScopeLevel;
  readonly legalFactor: number;
  readonly practicalFactor: number;
  readonly scopeFactor: number;
  readonly matchedConditions: readonly MatchedCondition[];
  readonly potential: ClassLevel;
  readonly potentialValue: number;
  readonly effort: ClassLevel;
  readonly effortValue: number;
  readonly depth: ImpactDepth;
  readonly depthWeight: number;
  readonly status: Exclude<MeasureStatus, "implemented" | "not_applicable">;
  readonly statusWeight: number;
  /** 1 − status weight: the part of the measure still to be done. */
  readonly remainingShare: number;
  readonly sector: Sector;
  /** The sector's share in the balance; null for cross-cutting measures or without a balance. */
  readonly sectorShare: number | null;
  readonly sectorWeight: number;
}

export interface Recommendation {
  readonly measureId: string;
  readonly field: FieldOfAction;
  readonly approach: ImpactApproach;
  readonly legalObligation: boolean;
  readonly efficiency: number;
  readonly explanation: RecommendationExplanation;
  readonly peerUptake: PeerUptake | null;
}

export interface Recommendations {
  /** All recommendations in order (obligations, efficiency, id). */
  readonly ranked: readonly Recommendation[];
  /** The same, per field of action, in the same order; all six fields present. */
  readonly byField: Readonly<Record<FieldOfAction, readonly Recommendation[]>>;
}

type CandidateStatus = RecommendationExplanation["status"];

function isCandidateStatus(status: MeasureStatus): status is CandidateStatus {
  return status !== "implemented" && status !== "not_applicable";
}

function checkShare(name: string, share: number): void {
  // A share outside 0..1 means the balance analysis upstream is wrong; ranking on it
  // would silently mislead, so fail loudly.
  if (!Number.isFinite(share) || share < 0 || share > 1) {
    throw new RangeError(`${name} must be within 0..1, got ${share}`);
  }
}

function sectorShareOf(sector: Sector, balance: SectorShares | null | undefined): number | null {
  if (balance === null || balance === undefined) return null;
  switch (sector) {
    case "energy":
      return balance.energyShare;
    case "transport":
      return balance.transportShare;
    default:
      return null;
  }
}

/** Obligations first, then efficiency descending, then id ascending. */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
  if (a.legalObligation !== b.legalObligation) return a.legalObligation ? -1 : 1;
  // Comparisons rather than subtraction: Infinity − Infinity would be NaN.
  if (a.efficiency > b.efficiency) return -1;
  if (a.efficiency < b.efficiency) return 1;
  return compareIds(a.measureId, b.measureId);
}

function recommend(
  line: MeasureExplanation & { readonly status: CandidateStatus; readonly statusWeight: number },
  measure: Measure,
  version: QuestionnaireVersion,
  input: RecommendationInput,
): Recommendation {
  const { classValues } = version.scoring;
  const potentialValue = classValues[measure.potential];
  const effortValue = classValues[measure.effort];
  const remainingShare = 1 - line.statusWeight;
  const sectorShare = sectorShareOf(measure.sector, input.co2Balance);
  const sectorWeight = 1 + (sectorShare ?? 0);
  const legalObligation = line.legalLevel === "mandatory";
  const efficiency =
    (potentialValue * line.depthWeight * line.scopeFactor * remainingShare * sectorWeight) / effortValue;
  const uptake = input.peerUptake;
  return {
    measureId: line.measureId,
    field: line.field,
    approach: line.approach,
    legalObligation,
    efficiency,
    explanation: {
      legalObligation,
      legalLevel: line.legalLevel,
      countryLegalLevel: line.countryLegalLevel,
      legalFactor: line.legalFactor,
      practicalFactor: line.practicalFactor,
      scopeFactor: line.scopeFactor,
      matchedConditions: line.matchedConditions,
      potential: measure.potential,
      potentialValue,
      effort: measure.effort,
      effortValue,
      depth: line.depth,
      depthWeight: line.depthWeight,
      status: line.status,
      statusWeight: line.statusWeight,
      remainingShare,
      sector: measure.sector,
      sectorShare,
      sectorWeight,
    },
    peerUptake: uptake !== undefined && Object.hasOwn(uptake, line.measureId) ? (uptake[line.measureId] ?? null) : null,
  };
}

export function recommendMeasures(version: QuestionnaireVersion, input: RecommendationInput): Recommendations {
  if (input.co2Balance) {
    checkShare("energyShare", input.co2Balance.energyShare);
    checkShare("transportShare", input.co2Balance.transportShare);
  }
  const measuresById = new Map(version.measures.map((m) => [m.id, m]));
  const ranked: Recommendation[] = [];
  for (const line of scoreMeasures(version, input)) {
    const { status, statusWeight } = line;
    if (!isCandidateStatus(status) || statusWeight === null || !(line.scopeFactor > 0)) continue;
    const measure = measuresById.get(line.measureId);
    if (measure === undefined) continue; // unreachable: lines come from these measures
    ranked.push(recommend({ ...line, status, statusWeight }, measure, version, input));
  }
  ranked.sort(compareRecommendations);
  const byField = recordOf(fieldsOfAction, (field): readonly Recommendation[] =>
    ranked.filter((r) => r.field === field),
  );
  return { ranked, byField };
}
