/**
 * The balance CSV import: the dry run (what a file would change, its problems by line
 * and column), the import in one transaction (all rows or none), and the staging of a
 * checked file until its author confirms it. Rows name municipalities by id or official
 * code, only within balanceWriteScope.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { type CsvProblem, parseBalanceCsv } from "#app/domain/balances/balance-csv";
import { type PlausibilityWarning, plausibilityWarnings, sameBalance } from "#app/domain/balances/fields";
import type { Balance } from "#app/domain/balances/model";
import { audit } from "#app/server/access/audit.server";
import { type Actor, balanceWriteScope, inScopeCondition } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { type BalanceRow, balanceColumns, balanceFromRow, chunks, type Db } from "./balances.server";

export type ImportRowStatus = "new" | "changed" | "unchanged";

export interface ImportPreviewRow {
  line: number;
  municipalityId: string;
  municipalityName: string;
  year: number;
  total: number;
  status: ImportRowStatus;
  warnings: PlausibilityWarning[];
}

export interface ImportPreview {
  recordCount: number;
  problems: CsvProblem[];
  rows: ImportPreviewRow[];
  counts: Record<ImportRowStatus, number>;
  /** Rows with plausibility warnings (the import needs a confirmation). */
  warningRows: number;
}

interface Plan {
  preview: ImportPreview;
  inserts: Array<{ municipalityId: string; balance: Balance; warnings: PlausibilityWarning[] }>;
  updates: Array<{
    id: string;
    municipalityId: string;
    balance: Balance;
    previousTotal: number;
    warnings: PlausibilityWarning[];
  }>;
}

type Found = { id: string; official_code: string | null; name_native: string; population: number };

/** The municipalities in the write scope whose id (or official code) is one of `values`, by that value. */
async function municipalitiesBy(
  db: Db,
  scope: ReturnType<typeof balanceWriteScope>,
  column: "id" | "official_code",
  values: readonly string[],
): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  for (const part of chunks(values)) {
    const rows = await db
      .selectFrom("municipality")
      .select(["id", "official_code", "name_native", "population"])
      .where(column, "in", part)
      .where(inScopeCondition(scope, "municipality.id"))
      .execute();
    for (const row of rows) {
      const key = row[column];
      if (key) found.set(key, row);
    }
  }
  return found;
}

/** Reads a file and works out what importing it would do, without changing anything. */
async function planImport(db: Db, actor: Actor, text: string): Promise<Plan> {
  const parsed = parseBalanceCsv(text);
  const problems: CsvProblem[] = [...parsed.problems];
  const scope = balanceWriteScope(actor);

  const ids = [...new Set(parsed.rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : [])))];
  const codes = [
    ...new Set(parsed.rows.flatMap((r) => (r.municipalityId === null && r.officialCode ? [r.officialCode] : []))),
  ];
  const byId = await municipalitiesBy(db, scope, "id", ids);
  const byCode = await municipalitiesBy(db, scope, "official_code", codes);

  const resolved: Array<{ line: number; municipality: Found; balance: Balance }> = [];
  const seen = new Map<string, number>();
  for (const row of parsed.rows) {
    const municipality = row.municipalityId
      ? byId.get(row.municipalityId)
      : row.officialCode
        ? byCode.get(row.officialCode)
        : undefined;
    if (!municipality) {
      problems.push({
        line: row.line,
        field: row.municipalityId ? "municipality_id" : "official_code",
        key: "balances.csv.unknownMunicipality",
      });
      continue;
    }
    if (row.municipalityId && row.officialCode && municipality.official_code !== row.officialCode) {
      problems.push({ line: row.line, field: "official_code", key: "balances.csv.codeMismatch" });
      continue;
    }
    const key = `${municipality.id}|${row.balance.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, field: "year", key: "balances.csv.duplicateRow", params: { line: earlier } });
      continue;
    }
    seen.set(key, row.line);
    resolved.push({ line: row.line, municipality, balance: row.balance });
  }

  const existing = new Map<string, BalanceRow[]>();
  for (const part of chunks([...new Set(resolved.map((r) => r.municipality.id))])) {
    const rows = await db.selectFrom("co2_balance").selectAll().where("municipality_id", "in", part).execute();
    for (const row of rows) {
      const list = existing.get(row.municipality_id);
      if (list) list.push(row);
      else existing.set(row.municipality_id, [row]);
    }
  }
  const fileYears = new Map<string, Array<{ year: number; total: number }>>();
  for (const r of resolved) {
    const list = fileYears.get(r.municipality.id);
    const entry = { year: r.balance.year, total: r.balance.total };
    if (list) list.push(entry);
    else fileYears.set(r.municipality.id, [entry]);
  }

  const plan: Plan = {
    preview: {
      recordCount: parsed.recordCount,
      problems: problems.sort((a, b) => a.line - b.line),
      rows: [],
      counts: { new: 0, changed: 0, unchanged: 0 },
      warningRows: 0,
    },
    inserts: [],
    updates: [],
  };
  for (const r of resolved) {
    const stored = existing.get(r.municipality.id) ?? [];
    const current = stored.find((row) => row.year === r.balance.year);
    const inFile = fileYears.get(r.municipality.id) ?? [];
    const neighbours = [
      ...stored
        .filter((row) => !inFile.some((f) => f.year === row.year))
        .map((row) => ({ year: row.year, total: row.total_t })),
      ...inFile.filter((f) => f.year !== r.balance.year),
    ];
    const status: ImportRowStatus = !current
      ? "new"
      : sameBalance(balanceFromRow(current), r.balance)
        ? "unchanged"
        : "changed";
    // An unchanged row was accepted before: its figures need no new confirmation.
    const warnings =
      status === "unchanged"
        ? []
        : plausibilityWarnings(r.balance, { neighbours, registeredPopulation: r.municipality.population });
    plan.preview.counts[status] += 1;
    if (warnings.length > 0) plan.preview.warningRows += 1;
    plan.preview.rows.push({
      line: r.line,
      municipalityId: r.municipality.id,
      municipalityName: r.municipality.name_native,
      year: r.balance.year,
      total: r.balance.total,
      status,
      warnings,
    });
    if (status === "new") plan.inserts.push({ municipalityId: r.municipality.id, balance: r.balance, warnings });
    if (status === "changed" && current) {
      plan.updates.push({
        id: current.id,
        municipalityId: r.municipality.id,
        balance: r.balance,
        previousTotal: current.total_t,
        warnings,
      });
    }
  }
  return plan;
}

/** The dry run: what the file would change, its problems by line and column, nothing stored. */
export async function previewBalanceImport(db: Kysely<Database>, actor: Actor, text: string): Promise<ImportPreview> {
  return (await planImport(db, actor, text)).preview;
}

export type ImportResult =
  | { status: "imported"; counts: Record<ImportRowStatus, number> }
  | { status: "invalid"; preview: ImportPreview }
  | { status: "needs_confirmation"; preview: ImportPreview };

/**
 * Imports a file in one transaction: all rows or none. Identical rows are no-ops, so
 * importing the same file twice changes nothing the second time. A file with any
 * problem changes nothing.
 */
export async function applyBalanceImport(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  options: { confirmedWarnings: boolean; importId?: string },
): Promise<ImportResult> {
  return db.transaction().execute(async (trx): Promise<ImportResult> => {
    const plan = await planImport(trx, actor, text);
    if (plan.preview.problems.length > 0 || plan.preview.rows.length === 0)
      return { status: "invalid", preview: plan.preview };
    if (plan.preview.warningRows > 0 && !options.confirmedWarnings)
      return { status: "needs_confirmation", preview: plan.preview };
    const now = new Date().toISOString();
    const auditRows: Array<{ action: "balance_created" | "balance_updated"; municipalityId: string; details: object }> =
      [];
    for (const part of chunks(plan.inserts)) {
      await trx
        .insertInto("co2_balance")
        .values(
          part.map((row) => ({
            id: newId(),
            municipality_id: row.municipalityId,
            ...balanceColumns(row.balance, row.warnings),
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      for (const row of part) {
        auditRows.push({
          action: "balance_created",
          municipalityId: row.municipalityId,
          details: { year: row.balance.year, total: row.balance.total, importId: options.importId ?? null },
        });
      }
    }
    for (const row of plan.updates) {
      await trx
        .updateTable("co2_balance")
        .set({ ...balanceColumns(row.balance, row.warnings), updated_at: now })
        .where("id", "=", row.id)
        .execute();
      auditRows.push({
        action: "balance_updated",
        municipalityId: row.municipalityId,
        details: {
          year: row.balance.year,
          total: row.balance.total,
          previousTotal: row.previousTotal,
          importId: options.importId ?? null,
        },
      });
    }
    for (const part of chunks(auditRows)) {
      await trx
        .insertInto("audit_log")
        .values(
          part.map((entry) => ({
            id: newId(),
            actor_user_id: actor.userId,
            action: entry.action,
            subject_type: "municipality",
            subject_id: entry.municipalityId,
            details: JSON.stringify(entry.details),
            created_at: now,
          })),
        )
        .execute();
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "balances_imported",
      subjectType: "co2_balance_import",
      ...(options.importId ? { subjectId: options.importId } : {}),
      details: { ...plan.preview.counts },
    });
    if (options.importId) {
      await trx.updateTable("co2_balance_import").set({ applied_at: now }).where("id", "=", options.importId).execute();
    }
    return { status: "imported", counts: plan.preview.counts };
  });
}

/** Files wait this long between their dry run and the confirmation. */
const stagedImportHours = 24;

/** Keeps the file of a dry run for its confirmation, and returns the preview. */
export async function stageBalanceImport(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  fileName: string | null,
): Promise<{ importId: string | null; preview: ImportPreview }> {
  const preview = await previewBalanceImport(db, actor, text);
  const now = new Date();
  const expired = new Date(now.getTime() - stagedImportHours * 3_600_000).toISOString();
  await db.deleteFrom("co2_balance_import").where("created_at", "<", expired).execute();
  if (preview.problems.length > 0 || preview.rows.length === 0) return { importId: null, preview };
  const importId = newId();
  await db
    .insertInto("co2_balance_import")
    .values({
      id: importId,
      created_by: actor.userId,
      file_name: fileName ? fileName.slice(0, 200) : null,
      content: text,
      content_hash: createHash("sha256").update(text).digest("hex"),
      created_at: now.toISOString(),
      applied_at: null,
    })
    .execute();
  return { importId, preview };
}

/** Confirms a staged import: only its author, only once, only while it is fresh. */
export async function applyStagedImport(
  db: Kysely<Database>,
  actor: Actor,
  importId: string,
  options: { confirmedWarnings: boolean },
): Promise<ImportResult | null> {
  const expired = new Date(Date.now() - stagedImportHours * 3_600_000).toISOString();
  const staged = await db
    .selectFrom("co2_balance_import")
    .select(["id", "content"])
    .where("id", "=", importId)
    .where("created_by", "=", actor.userId)
    .where("applied_at", "is", null)
    .where("created_at", ">=", expired)
    .executeTakeFirst();
  if (!staged) return null;
  return applyBalanceImport(db, actor, staged.content, { ...options, importId: staged.id });
}
