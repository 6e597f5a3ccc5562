/** How a refused look-up or change of a municipality is answered, on its page and in the JSON API. */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const municipalityOutcomes = outcomeTable({
  /** Missing, or not the caller's to see or to manage: the same answer either way. */
  not_found: commonOutcomes.not_found,
  /** A sharing form without a known level, or a search text too short or too long. */
  invalid: commonOutcomes.invalid,
});
