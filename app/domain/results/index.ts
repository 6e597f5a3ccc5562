/** Scoring core: scope for action, activity profile, recommendations and peer statistics. */

export {
  type FigureKey,
  type Figures,
  figureKeys,
  groupDistributions,
  type PeerGroupKind,
  type PeerPlace,
  type ProfileFigures,
  peerGroupKinds,
  placeInGroup,
  placesAmongOthers,
  placesInGroup,
  profileFigures,
  uptakeCounts,
} from "./peer-groups";
export {
  bandOf,
  type Distribution,
  distribution,
  type FieldFigures,
  type PeerBand,
  type PeerFieldComparison,
  peerBands,
  peerComparison,
  quantile,
} from "./peers";
export {
  type ActivityProfile,
  computeActivityProfile,
  type DepthMix,
  explainGroup,
  figureByField,
  type GroupKeyByKind,
  type GroupKind,
  type GroupScore,
  type MeasureExplanation,
  type MeasureStatus,
  type ProfileInput,
  scoreMeasures,
} from "./profile";
export { type RankReason, type RankReasonCode, rankReasons } from "./reasons";
export {
  compareRecommendations,
  type PeerUptake,
  type Recommendation,
  type RecommendationExplanation,
  type RecommendationInput,
  type Recommendations,
  recommendMeasures,
  type SectorShares,
} from "./recommendations";
export {
  createScopeEvaluator,
  type MatchedCondition,
  type MeasureScope,
  measureScope,
  type ScopeAnswers,
} from "./scope";
