/** Scoring core: scope for action, activity profile, recommendations and peer statistics. */

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
