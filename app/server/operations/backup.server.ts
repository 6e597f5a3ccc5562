/**
 * Backups of the embedded SQLite database: an online, consistent copy (SQLite's
 * backup API, safe while the server runs) and an integrity check of any copy.
 * PostgreSQL is backed up with its own tools (pg_dump; see docs/operations.md).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";

export async function backupSqlite(sourcePath: string, targetPath: string): Promise<{ pages: number }> {
  mkdirSync(dirname(resolve(targetPath)), { recursive: true });
  const source = new SQLite(sourcePath, { readonly: true, fileMustExist: true });
  try {
    const result = await source.backup(targetPath);
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}

/** "ok" or the problems SQLite's integrity check reports, plus foreign-key violations. */
export function checkSqliteIntegrity(path: string): string[] {
  const database = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = database.pragma("integrity_check") as Array<{ integrity_check: string }>;
    const foreignKeys = database.pragma("foreign_key_check") as Array<Record<string, unknown>>;
    const problems = integrity.map((row) => row.integrity_check).filter((message) => message !== "ok");
    for (const violation of foreignKeys) problems.push(`foreign key violation: ${JSON.stringify(violation)}`);
    return problems;
  } finally {
    database.close();
  }
}
