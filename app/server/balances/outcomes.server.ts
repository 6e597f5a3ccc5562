/**
 * How the balance pages and the balance API answer each refusal: status, API code and
 * page message key (docs/decisions/0006-outcome-tables.md). A form's own problems (a
 * figure out of range, a total that does not add up) keep their per-field keys from the
 * domain; their status is `invalid`'s.
 */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const balanceOutcomes = outcomeTable({
  ...commonOutcomes,
  /** "New balance" for a year that has one already. */
  exists: { status: 409, code: "balance_exists", messageKey: "balances.validation.yearExists" },
  /** Deleting without ticking the confirmation. */
  delete_unconfirmed: {
    status: 400,
    code: "confirmation_required",
    messageKey: "balances.validation.confirmDelete",
  },
  no_file: { status: 400, code: "no_file", messageKey: "balances.csv.noFile" },
  file_too_large: { status: 400, code: "file_too_large", messageKey: "balances.csv.fileTooLarge" },
  not_utf8: { status: 400, code: "not_utf8", messageKey: "balances.csv.notUtf8" },
  /** A file with problems: its dry run is shown, nothing can be imported. */
  import_invalid: { status: 400, code: "import_invalid", messageKey: "balances.import.problemsCaption" },
  /** Confirming a dry run that expired, was imported already or belongs to someone else. */
  import_expired: { status: 404, code: "import_expired", messageKey: "balances.import.expired" },
});

export type BalanceOutcome = keyof typeof balanceOutcomes;
