/**
 * How the results' refusals are answered, by the pages and the JSON API alike
 * (docs/decisions/0006-outcome-tables.md).
 */
import { commonOutcomes, type OutcomeTable, outcomeTable } from "#app/server/core/outcomes.server";
import type { MarkResult } from "./marks.server";

export const resultsOutcomes = outcomeTable({
  /** The assessment does not exist, or the actor may not see its results (or mark them): no hint which. */
  not_found: commonOutcomes.not_found,
  /** A mark form the schema refused without a message of its own for the reason field. */
  bad_mark: { status: 400, code: "invalid_request", messageKey: "profile.recommendations.marks.invalid" },
  /** A mark on a measure the assessment's questionnaire version does not contain. */
  unknown_measure: { status: 400, code: "unknown_measure", messageKey: "profile.recommendations.marks.invalid" },
}) satisfies OutcomeTable<Exclude<MarkResult, "saved" | "cleared">>;
