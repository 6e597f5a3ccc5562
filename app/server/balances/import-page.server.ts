/**
 * The request side of the import page (/research/balances): reads the uploaded file,
 * runs the dry run or confirms a staged one, and answers with what the page shows,
 * refusals through the outcome table.
 */
import { data } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Actor } from "#app/server/access/permissions.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import type { Database } from "#db/schema";
import { maxFormValueLength } from "./forms.server";
import { applyStagedImport, type ImportPreview, type ImportRowStatus, stageBalanceImport } from "./import.server";
import { type BalanceOutcome, balanceOutcomes } from "./outcomes.server";

/** Upload limit of the production server (server.js rejects larger bodies with 413). */
export const maxUploadBytes = 2 * 1024 * 1024;

export type UploadedCsv =
  | { ok: true; text: string; fileName: string | null; values: Record<string, string> }
  | { ok: false; outcome: BalanceOutcome; values: Record<string, string> };

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
    return { ok: false, outcome: "bad_form", values: {} };
  }
  const values: Record<string, string> = {};
  let file: File | null = null;
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") values[key] ??= value.slice(0, maxFormValueLength);
    else if (key === "file" && file === null) file = value;
  }
  if (file === null || file.size === 0) return { ok: false, outcome: "no_file", values };
  if (file.size > maxUploadBytes) return { ok: false, outcome: "file_too_large", values };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    return { ok: true, text, fileName: file.name || null, values };
  } catch {
    return { ok: false, outcome: "not_utf8", values };
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

export type ImportPageAnswer =
  | { kind: "preview"; importId: string | null; fileName: string | null; preview: PagePreview }
  | { kind: "imported"; counts: Record<ImportRowStatus, number> }
  | { kind: "error"; key: string };

function refused(outcome: BalanceOutcome) {
  const { status, messageKey } = outcomeAnswer(balanceOutcomes, outcome);
  return data<ImportPageAnswer>({ kind: "error", key: messageKey }, { status });
}

/** A dry run to show; one with problems is answered as the table's `import_invalid`. */
function dryRun(importId: string | null, fileName: string | null, preview: ImportPreview, invalid: boolean) {
  return data<ImportPageAnswer>(
    { kind: "preview", importId, fileName, preview: previewForPage(preview) },
    invalid ? { status: outcomeAnswer(balanceOutcomes, "import_invalid").status } : {},
  );
}

/**
 * A post of the import page: a file to check (the dry run, staged for its confirmation
 * when it has no problems), or the confirmation of a staged dry run.
 */
export async function answerImportPost(db: Kysely<Database>, actor: Actor, request: Request) {
  const upload = await readUploadedCsv(request);
  if (upload.values.intent === "import") {
    const importId = upload.values.importId ?? "";
    const result = await applyStagedImport(db, actor, importId, { confirmedWarnings: upload.values.confirm === "on" });
    if (result === null) return refused("import_expired");
    if (result.status === "imported") return data<ImportPageAnswer>({ kind: "imported", counts: result.counts });
    return dryRun(upload.values.importId ?? null, null, result.preview, result.status === "invalid");
  }
  if (!upload.ok) return refused(upload.outcome);
  const staged = await stageBalanceImport(db, actor, upload.text, upload.fileName);
  return dryRun(staged.importId, upload.fileName, staged.preview, staged.importId === null);
}
