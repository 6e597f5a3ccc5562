/**
 * How the outcomes of a feature's operations are answered over HTTP. Each feature keeps
 * one table (`<feature>/outcomes.server.ts`): for every way an operation can fail, the
 * HTTP status, the code the JSON API answers and the message key a page shows. Page
 * actions and API routes answer through that table instead of a `switch` of their own
 * (docs/decisions/0006-outcome-tables.md).
 */
import { data } from "@remix-run/node";
import { apiError } from "./api.server";

export interface OutcomeAnswer {
  readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;
  /** Stable, snake_case: the `error` of a JSON answer (docs/api.md). */
  readonly code: string;
  /** A key in the locale files: what a page shows. */
  readonly messageKey: string;
}

export type OutcomeTable<O extends string = string> = { readonly [K in O]: OutcomeAnswer };

/** Declares a table and keeps its literal keys, so `apiFailure(table, "typo")` does not compile. */
export function outcomeTable<const T extends Record<string, OutcomeAnswer>>(table: T): T {
  return table;
}

/** Outcomes every feature shares. */
export const commonOutcomes = outcomeTable({
  not_found: { status: 404, code: "not_found", messageKey: "error.notFoundBody" },
  bad_form: { status: 400, code: "invalid_request", messageKey: "validation.badForm" },
  invalid: { status: 400, code: "invalid_request", messageKey: "validation.invalidValue" },
});

/** A failure as the JSON API answers it: `{ error: code, ...extra }` with the table's status. */
export function apiFailure<T extends OutcomeTable>(
  table: T,
  outcome: keyof T & string,
  extra: Record<string, unknown> = {},
): Response {
  const answer = table[outcome] as OutcomeAnswer;
  return apiError(answer.status, answer.code, extra);
}

/**
 * A failure as a page action answers it: `{ errors: { [field]: messageKey }, ...extra }`
 * with the table's status, the shape `readForm` gives for a refused form.
 */
export function formFailure<T extends OutcomeTable, E extends Record<string, unknown> = Record<never, never>>(
  table: T,
  outcome: keyof T & string,
  extra?: E,
  field = "form",
) {
  const answer = table[outcome] as OutcomeAnswer;
  return data({ errors: { [field]: answer.messageKey }, ...(extra as E) }, { status: answer.status });
}

/** The table's answer for an outcome, for pages whose action answers in a shape of their own. */
export function outcomeAnswer<T extends OutcomeTable>(table: T, outcome: keyof T & string): OutcomeAnswer {
  return table[outcome] as OutcomeAnswer;
}
