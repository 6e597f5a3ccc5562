/** How the partnership operations' refusals are answered: recording a partnership, and interest. */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const partnershipOutcomes = outcomeTable({
  ...commonOutcomes,
  unknown_municipality: {
    status: 400,
    code: "unknown_municipality",
    messageKey: "partnerships.validation.municipalityRequired",
  },
});
