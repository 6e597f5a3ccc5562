/**
 * The database factory: one Kysely instance over SQLite (better-sqlite3) or
 * PostgreSQL (pg), chosen by DATABASE_URL. Everything above this file is
 * dialect-agnostic.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type MigrationResultSet, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrations } from "./migrations/index";
import type { Database } from "./schema";

export const defaultSqlitePath = "data/benchmark.sqlite";

export type DatabaseTarget = { dialect: "sqlite"; path: string } | { dialect: "postgres"; connectionString: string };

/** A configuration problem the operator must fix; printed as one line, never as a stack trace. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

/** Reads DATABASE_URL: unset, a path or a file: URL → SQLite; postgres:// → PostgreSQL. */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { dialect: "sqlite", path: defaultSqlitePath };
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new DatabaseConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(value)}`);
    }
    return { dialect: "postgres", connectionString: value };
  }
  if (value.startsWith("file:")) {
    const path = value.replace(/^file:(\/\/)?/, "");
    if (!path) throw new DatabaseConfigError("DATABASE_URL file: URL names no file");
    return { dialect: "sqlite", path };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new DatabaseConfigError(
      `DATABASE_URL must be a file path, a file: URL or a postgres:// URL, not ${redact(value)}`,
    );
  }
  return { dialect: "sqlite", path: value };
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DatabaseTarget["dialect"];
  /** Where the data lives, with any password removed: safe to print. */
  description: string;
}

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.dialect === "postgres") {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: "postgres",
      description: redact(target.connectionString),
    };
  }
  const path = target.path === ":memory:" ? target.path : resolve(target.path);
  let sqlite: SQLite.Database;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    sqlite = new SQLite(path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    // WAL + NORMAL: a committed transaction survives a process crash; an OS crash
    // may lose the last commits but never corrupts the file.
    sqlite.pragma("synchronous = NORMAL");
  } catch (error) {
    throw new DatabaseConfigError(`cannot open SQLite database at ${path}: ${(error as Error).message}`);
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: "sqlite",
    description: path,
  };
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return result;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
