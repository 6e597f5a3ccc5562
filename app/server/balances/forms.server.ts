/**
 * The request side of the balance and target forms: reads the submitted form, validates
 * it with the domain, calls the storage, and answers refusals through the outcome table.
 * Routes stay thin: they guard and render.
 */

import type { Kysely } from "kysely";
import { z } from "zod";
import { type PlausibilityWarning, type Problem, parseBalance, parseTarget } from "#app/domain/balances/fields";
import type { Actor } from "#app/server/access/permissions.server";
import { readForm } from "#app/server/core/forms.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import type { Database } from "#db/schema";
import { deleteBalance, saveBalance, saveTarget } from "./editing.server";
import { type BalanceOutcome, balanceOutcomes } from "./outcomes.server";

const AnyForm = z.record(z.string(), z.unknown());

/** Longer than any field of the forms needs (the longest is the source, maxSourceLength); the rest is cut. */
export const maxFormValueLength = 2000;

/** The text fields of a submitted form (files and other parts dropped). */
async function readValues(request: Request): Promise<Record<string, string> | null> {
  const form = await readForm(request, AnyForm);
  if (!form.ok) return null;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(form.data))
    if (typeof value === "string") values[key] = value.slice(0, maxFormValueLength);
  return values;
}

/** The form again, with its values and problems, and the status the outcome table gives. */
interface FormAgain {
  kind: "form";
  status: number;
  values: Record<string, string>;
  problems: Problem[];
}

/** A form refused for one reason, shown at one field. */
function refused(outcome: BalanceOutcome, values: Record<string, string>, field: string): FormAgain {
  const { status, messageKey } = outcomeAnswer(balanceOutcomes, outcome);
  return { kind: "form", status, values, problems: [{ field, key: messageKey }] };
}

/** A form whose fields the domain refused, each with its own message. */
function invalid(values: Record<string, string>, problems: Problem[]): FormAgain {
  return { kind: "form", status: outcomeAnswer(balanceOutcomes, "invalid").status, values, problems };
}

export type BalanceFormOutcome =
  | { kind: "saved"; year: number }
  | { kind: "deleted"; year: number }
  | { kind: "not_found" }
  | (FormAgain & { warnings: PlausibilityWarning[] | null; token: string | null });

const noWarnings = { warnings: null, token: null };

/**
 * Handles a post of the balance form: "create" for a new year, "update" for the year in
 * the address (the form cannot move a balance to another year), or deleting it.
 */
export async function submitBalanceForm(
  db: Kysely<Database>,
  request: Request,
  actor: Actor,
  municipalityId: string,
  options: { mode: "create" } | { mode: "update"; year: number },
): Promise<BalanceFormOutcome> {
  const values = await readValues(request);
  if (values === null) return { ...refused("bad_form", {}, "form"), ...noWarnings };
  if (options.mode === "update") {
    values.year = String(options.year);
    if (values.intent === "delete") {
      if (values.confirmDelete !== "on")
        return { ...refused("delete_unconfirmed", values, "confirmDelete"), ...noWarnings };
      return (await deleteBalance(db, actor, municipalityId, options.year))
        ? { kind: "deleted", year: options.year }
        : { kind: "not_found" };
    }
  }
  const parsed = parseBalance(values);
  if (!parsed.ok) return { ...invalid(values, parsed.problems), ...noWarnings };
  const confirmedToken = values.confirm === "on" ? (values.confirmedToken ?? "") : null;
  const result = await saveBalance(db, actor, municipalityId, parsed.balance, {
    mode: options.mode,
    confirmedToken,
  });
  switch (result.status) {
    case "saved":
      return { kind: "saved", year: parsed.balance.year };
    case "not_found":
      return { kind: "not_found" };
    case "exists":
      return { ...refused("exists", values, "year"), ...noWarnings };
    case "needs_confirmation":
      // Not a refusal: the form comes back with the warnings to confirm.
      return { kind: "form", status: 200, values, problems: [], warnings: result.warnings, token: result.token };
  }
}

export type TargetFormOutcome = { kind: "saved" } | { kind: "not_found" } | FormAgain;

export async function submitTargetForm(
  db: Kysely<Database>,
  request: Request,
  actor: Actor,
  municipalityId: string,
): Promise<TargetFormOutcome> {
  const values = await readValues(request);
  if (values === null) return refused("bad_form", {}, "form");
  const parsed = parseTarget(values);
  if (!parsed.ok) return invalid(values, parsed.problems);
  return (await saveTarget(db, actor, municipalityId, parsed.target)) ? { kind: "saved" } : { kind: "not_found" };
}
