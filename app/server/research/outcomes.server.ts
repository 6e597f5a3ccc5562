/**
 * How the research workspace and the read API answer each refusal: status, API code and
 * page message key (docs/decisions/0006-outcome-tables.md). The reason field of the
 * reopen form keeps its own keys from its schema.
 */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const researchOutcomes = outcomeTable({
  ...commonOutcomes,
  /** An unknown, repeated or bad query parameter of the JSON API or of a download (docs/api.md). */
  invalid_query: { status: 400, code: "invalid_query", messageKey: "validation.invalidValue" },
  /** A reopen form that names no assessment or no intent. */
  reopen_invalid: { status: 400, code: "invalid_request", messageKey: "research.submissions.reopenInvalid" },
  /** Reopening an assessment that is not (or no longer) submitted. */
  reopen_refused: { status: 409, code: "not_submitted", messageKey: "research.submissions.reopenRefused" },
});

export type ResearchOutcome = keyof typeof researchOutcomes;
