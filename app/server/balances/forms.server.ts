/**
 * The request side of the balance pages: reads the submitted form or file, validates it
 * with the domain, calls the repository. Routes stay thin: they guard and render.
 */

import type { Kysely } from "kysely";
import { z } from "zod";
import { type PlausibilityWarning, type Problem, parseBalance, parseTarget } from "#app/domain/balances/fields";
import type { Actor } from "#app/server/access/permissions.server";
import { readForm } from "#app/server/core/forms.server";
import type { Database } from "#db/schema";
import { deleteBalance, type ImportPreview, saveBalance, saveTarget } from "./balances.server";

const AnyForm = z.record(z.string(), z.unknown());

/** The text fields of a submitted form (files and other parts dropped). */
async function readValues(request: Request): Promise<Record<string, string> | null> {
  const form = await readForm(request, AnyForm);
  if (!form.ok) return null;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(form.data))
    if (typeof value === "string") values[key] = value.slice(0, 2000);
  return values;
}

export type BalanceFormOutcome =
  | { kind: "saved"; year: number }
  | { kind: "deleted"; year: number }
  | { kind: "not_found" }
  | {
      kind: "form";
      status: 200 | 400 | 409;
      values: Record<string, string>;
      problems: Problem[];
      warnings: PlausibilityWarning[] | null;
      token: string | null;
    };

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
  if (values === null) {
    return {
      kind: "form",
      status: 400,
      values: {},
      problems: [{ field: "form", key: "validation.badForm" }],
      warnings: null,
      token: null,
    };
  }
  if (options.mode === "update") {
    values.year = String(options.year);
    if (values.intent === "delete") {
      if (values.confirmDelete !== "on") {
        return {
          kind: "form",
          status: 400,
          values,
          problems: [{ field: "confirmDelete", key: "balances.validation.confirmDelete" }],
          warnings: null,
          token: null,
        };
      }
      return (await deleteBalance(db, actor, municipalityId, options.year))
        ? { kind: "deleted", year: options.year }
        : { kind: "not_found" };
    }
  }
  const parsed = parseBalance(values);
  if (!parsed.ok) return { kind: "form", status: 400, values, problems: parsed.problems, warnings: null, token: null };
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
      return {
        kind: "form",
        status: 409,
        values,
        problems: [{ field: "year", key: "balances.validation.yearExists" }],
        warnings: null,
        token: null,
      };
    case "needs_confirmation":
      return { kind: "form", status: 200, values, problems: [], warnings: result.warnings, token: result.token };
  }
}

export type TargetFormOutcome =
  | { kind: "saved" }
  | { kind: "not_found" }
  | { kind: "form"; status: 400; values: Record<string, string>; problems: Problem[] };

export async function submitTargetForm(
  db: Kysely<Database>,
  request: Request,
  actor: Actor,
  municipalityId: string,
): Promise<TargetFormOutcome> {
  const values = await readValues(request);
  if (values === null) {
    return { kind: "form", status: 400, values: {}, problems: [{ field: "form", key: "validation.badForm" }] };
  }
  const parsed = parseTarget(values);
  if (!parsed.ok) return { kind: "form", status: 400, values, problems: parsed.problems };
  return (await saveTarget(db, actor, municipalityId, parsed.target)) ? { kind: "saved" } : { kind: "not_found" };
}

/** Upload limit of the production server (server.js rejects larger bodies with 413). */
export const maxUploadBytes = 2 * 1024 * 1024;

export type UploadedCsv =
  | { ok: true; text: string; fileName: string | null; values: Record<string, string> }
  | { ok: false; key: string; values: Record<string, string> };

/**
 * Reads the uploaded CSV file of a multipart form. The file must be UTF-8 (with or
 * without byte order mark): a Shift_JIS or Windows-1252 file would import garbled
 * names, so it is refused with a hint to save it as "CSV UTF-8".
 */
export async function readUploadedCsv(request: Request): Promise<UploadedCsv> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { ok: false, key: "validation.badForm", values: {} };
  }
  const values: Record<string, string> = {};
  let file: File | null = null;
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") values[key] ??= value.slice(0, 2000);
    else if (key === "file" && file === null) file = value;
  }
  if (file === null || file.size === 0) return { ok: false, key: "balances.csv.noFile", values };
  if (file.size > maxUploadBytes) return { ok: false, key: "balances.csv.fileTooLarge", values };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    return { ok: true, text, fileName: file.name || null, values };
  } catch {
    return { ok: false, key: "balances.csv.notUtf8", values };
  }
}

/** What the import page shows of a dry run: counts, and the first problems and rows. */
export function previewForPage(preview: ImportPreview) {
  const shownProblems = 100;
  const shownRows = 50;
  const warningRows = preview.rows.filter((row) => row.warnings.length > 0);
  return {
    recordCount: preview.recordCount,
    counts: preview.counts,
    problems: preview.problems.slice(0, shownProblems),
    problemCount: preview.problems.length,
    warnings: warningRows.slice(0, shownProblems),
    warningRows: preview.warningRows,
    rows: preview.rows.slice(0, shownRows),
  };
}

export type PagePreview = ReturnType<typeof previewForPage>;
