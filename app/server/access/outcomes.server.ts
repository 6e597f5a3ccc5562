/**
 * How the access operations' refusals are answered: invitations and password-reset links,
 * signing in, one's own account, account administration and personal API tokens.
 */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const accessOutcomes = outcomeTable({
  ...commonOutcomes,
  // Invitations and one-time links.
  role_not_allowed: { status: 403, code: "role_not_allowed", messageKey: "invitations.roleNotAllowed" },
  unknown_municipality: { status: 400, code: "unknown_municipality", messageKey: "validation.municipalityRequired" },
  unknown_workshop: { status: 400, code: "unknown_workshop", messageKey: "invitations.workshopUnknown" },
  link_invalid: { status: 404, code: "link_invalid", messageKey: "invitations.invalidLink" },
  link_used: { status: 409, code: "link_used", messageKey: "invitations.invalidLink" },
  password_required: { status: 400, code: "password_required", messageKey: "validation.passwordTooShort" },
  sign_in_first: { status: 403, code: "sign_in_first", messageKey: "invitations.signInFirst" },
  // Signing in.
  invalid_credentials: { status: 401, code: "invalid_credentials", messageKey: "auth.wrongCredentials" },
  locked: { status: 429, code: "locked", messageKey: "auth.locked" },
  // One's own account.
  wrong_password: { status: 400, code: "wrong_password", messageKey: "account.wrongCurrentPassword" },
  // The JSON API's actor (docs/api.md) and personal API tokens.
  unauthenticated: { status: 401, code: "unauthenticated", messageKey: "home.signInPrompt" },
  token_read_only: { status: 403, code: "token_read_only", messageKey: "research.tokens.readOnly" },
  forbidden: { status: 403, code: "forbidden", messageKey: "research.tokens.notAllowed" },
  too_many: { status: 409, code: "too_many", messageKey: "research.tokens.tooMany" },
  token_not_found: { status: 404, code: "not_found", messageKey: "research.tokens.revokeFailed" },
});
