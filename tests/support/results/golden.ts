/**
 * Test-only: the hand-computed example shared by the profile and recommendation tests.
 * Default parameters: depth weights 1/2/3, legal factors mandatory 1, full 1, partial 0.5,
 * none 0, status weights 0 / 0.25 / 0.5 / 0.75 / 1, classes low 1, medium 2, high 3.
 */

import type { ProfileInput } from "#app/domain/results/profile";
import { buildVersion, measure } from "./fixtures";

export const goldenVersion = buildVersion({
  scopeQuestions: [
    { id: "de_utility", country: "DE", options: ["yes", "no", "stake"] },
    { id: "de_state", country: "DE", options: ["bw", "by", "nw"] },
    { id: "de_transit", country: "DE", options: ["yes", "no"] },
    { id: "jp_transit", country: "JP", options: ["yes", "no"] },
  ],
  // Deliberately not in id order: scoring must not care.
  measures: [
    measure({
      id: "MOB-01",
      field: "mobility",
      approach: "regulate",
      depth: 3,
      sector: "transport",
      potential: "high",
      effort: "medium",
      legal: { DE: "partial", JP: "full", US: "none" },
    }),
    measure({
      id: "SUP-01",
      field: "supply_disposal",
      approach: "supply",
      depth: 3,
      sector: "energy",
      potential: "high",
      effort: "high",
      legal: "full",
      conditions: [
        { question: "de_utility", answers: ["no"], practicalFactor: 0 },
        { question: "de_utility", answers: ["stake"], practicalFactor: 0.5 },
      ],
    }),
    measure({
      id: "MUN-01",
      field: "municipal_assets",
      approach: "consume",
      depth: 2,
      sector: "energy",
      legal: "full",
    }),
    measure({
      id: "COM-01",
      field: "communication_cooperation",
      approach: "motivate",
      depth: 1,
      sector: "cross_cutting",
      potential: "low",
      effort: "low",
      legal: "full",
    }),
    measure({
      id: "DEV-01",
      field: "development_planning",
      approach: "regulate",
      depth: 2,
      sector: "energy",
      potential: "medium",
      effort: "medium",
      legal: { DE: "partial", JP: "partial", US: "none" },
      conditions: [{ question: "de_state", answers: ["bw"], legalLevel: "mandatory" }],
    }),
    measure({
      id: "ORG-01",
      field: "internal_organisation",
      approach: "consume",
      depth: 1,
      sector: "cross_cutting",
      legal: "full",
    }),
    measure({
      id: "MOB-02",
      field: "mobility",
      approach: "supply",
      depth: 3,
      sector: "transport",
      potential: "medium",
      effort: "high",
      legal: "full",
      conditions: [
        { question: "de_transit", answers: ["no"], practicalFactor: 0 },
        { question: "jp_transit", answers: ["no"], practicalFactor: 0 },
      ],
    }),
  ],
});

/**
 * A German city in Baden-Württemberg with a stake in its utility and its own transit
 * company; it also (wrongly) answered a Japanese question, which must have no effect.
 *
 *   MOB-01  d 3 × σ (partial 0.5 × 1) = P 1.5;  decided 0.5      → A 0.75
 *   SUP-01  d 3 × σ (full 1 × stake 0.5) = P 1.5; in_progress 0.75 → A 1.125
 *   MUN-01  d 2 × σ 1 = P 2;                    implemented 1    → A 2
 *   COM-01  d 1 × σ 1 = P 1;                    (missing) 0      → A 0
 *   DEV-01  d 2 × σ (BW: mandatory 1 × 1) = P 2; planned 0.25    → A 0.5
 *   ORG-01  not_applicable                       P 0, A 0, not in maximum
 *   MOB-02  d 3 × σ 1 (jp_transit ignored) = P 3; not_started 0 → A 0
 */
export const goldenCity: ProfileInput = {
  country: "DE",
  scopeAnswers: { de_utility: "stake", de_state: "bw", de_transit: "yes", jp_transit: "no" },
  measureStatuses: {
    "MOB-01": "decided",
    "SUP-01": "in_progress",
    "MUN-01": "implemented",
    "DEV-01": "planned",
    "ORG-01": "not_applicable",
    "MOB-02": "not_started",
  },
};
