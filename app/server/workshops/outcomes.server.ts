/**
 * How the workshop operations' refusals are answered: saving a workshop (its form shows
 * the message on a field) and the dossier's discussion (comments and marks).
 */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const workshopOutcomes = outcomeTable({
  ...commonOutcomes,
  // Only reachable by calling the server directly: the page itself is staff-only (404).
  not_allowed: { status: 400, code: "not_allowed", messageKey: "workshops.notAllowed" },
  unknown_municipality: {
    status: 400,
    code: "unknown_municipality",
    messageKey: "workshops.validation.unknownMunicipality",
  },
});
