/**
 * Real databases for integration tests: a fresh SQLite file per test always, and a
 * fresh PostgreSQL database per test when TEST_DATABASE_URL points at a server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "#db/database";
import type { Database } from "#db/schema";

export type TestDialect = DatabaseHandle["dialect"];

/** The dialects this run can test: SQLite, plus PostgreSQL when configured. */
export const testDialects: TestDialect[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDatabase {
  db: Kysely<Database>;
  dialect: TestDialect;
  /** A DATABASE_URL that reaches the same database (for code that opens its own handle). */
  url: string;
  destroy(): Promise<void>;
}

export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "mcb-test-"));
    const path = join(dir, "test.sqlite");
    const handle = openDatabase({ dialect: "sqlite", path });
    return {
      db: handle.db,
      dialect,
      url: path,
      async destroy() {
        await handle.db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `mcb_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ dialect: "postgres", connectionString: url.toString() });
  return {
    db: handle.db,
    dialect,
    url: url.toString(),
    async destroy() {
      await handle.db.destroy();
      await withAdminClient(adminUrl, async (client) => {
        // pg-pool's end() resolves before its backends are gone; dropping "with (force)"
        // then would kill a client still ending (an uncaught FATAL 57P01). Wait for them.
        for (let attempt = 0; attempt < 100; attempt++) {
          const { rows } = await client.query<{ n: string }>(
            "select count(*) as n from pg_stat_activity where datname = $1",
            [name],
          );
          if (Number(rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      });
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
