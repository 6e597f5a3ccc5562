/**
 * Why a recommendation ranks where it does, as data: a short list of reasons that pages
 * and exports turn into sentences from their locale's templates (never text in code).
 *
 * The reasons follow the efficiency formula in recommendations.ts, in the order in which
 * they matter to the ranking:
 *   1. a legal obligation not yet met (ranks first, whatever the efficiency);
 *   2. reduction potential and effort (the strongest factors, 1–3 each);
 *   3. the sector's share in the city's latest CO2 balance (weight 1 + share);
 *   4. impact depth (weight 1–3);
 *   5. work already under way (only the remaining part counts);
 *   6. a limited scope for action (σ < 1 lowers the rank);
 *   7. how many comparable cities already implemented it (does not change the rank).
 */
import type { ClassLevel, ImpactDepth, LegalScopeLevel } from "#app/domain/questionnaires/schema";
import type { Recommendation } from "./recommendations";

export type RankReason =
  | { readonly code: "legal_obligation" }
  | { readonly code: "potential_effort"; readonly potential: ClassLevel; readonly effort: ClassLevel }
  | { readonly code: "sector_share"; readonly sector: "energy" | "transport"; readonly share: number }
  | { readonly code: "depth"; readonly depth: ImpactDepth }
  | {
      readonly code: "started";
      readonly status: "planned" | "decided" | "in_progress";
      readonly remainingShare: number;
    }
  | {
      readonly code: "limited_scope";
      readonly scopeFactor: number;
      readonly legalLevel: LegalScopeLevel;
      /** True when the city's own circumstances (not the law) limit it. */
      readonly practical: boolean;
    }
  | { readonly code: "peer_uptake"; readonly implementedCount: number; readonly peerCount: number };

export type RankReasonCode = RankReason["code"];

export function rankReasons(recommendation: Recommendation): RankReason[] {
  const x = recommendation.explanation;
  const reasons: RankReason[] = [];
  if (x.legalObligation) reasons.push({ code: "legal_obligation" });
  reasons.push({ code: "potential_effort", potential: x.potential, effort: x.effort });
  if (x.sectorShare !== null && (x.sector === "energy" || x.sector === "transport")) {
    reasons.push({ code: "sector_share", sector: x.sector, share: x.sectorShare });
  }
  reasons.push({ code: "depth", depth: x.depth });
  if (x.status !== "not_started") {
    reasons.push({ code: "started", status: x.status, remainingShare: x.remainingShare });
  }
  if (x.scopeFactor < 1) {
    reasons.push({
      code: "limited_scope",
      scopeFactor: x.scopeFactor,
      legalLevel: x.legalLevel,
      practical: x.practicalFactor < 1,
    });
  }
  const uptake = recommendation.peerUptake;
  if (uptake !== null) {
    reasons.push({ code: "peer_uptake", implementedCount: uptake.implementedCount, peerCount: uptake.peerCount });
  }
  return reasons;
}
