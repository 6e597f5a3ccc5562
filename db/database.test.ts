import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { DatabaseConfigError, defaultSqlitePath, openDatabase, parseDatabaseUrl } from "./database";

describe("parseDatabaseUrl", () => {
  it("defaults to the SQLite file in data/", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: "sqlite", path: defaultSqlitePath });
    expect(parseDatabaseUrl("  ")).toEqual({ dialect: "sqlite", path: defaultSqlitePath });
  });

  it("takes a plain path or a file: URL as SQLite", () => {
    expect(parseDatabaseUrl("/var/lib/mcb/db.sqlite")).toEqual({ dialect: "sqlite", path: "/var/lib/mcb/db.sqlite" });
    expect(parseDatabaseUrl("file:./local.sqlite")).toEqual({ dialect: "sqlite", path: "./local.sqlite" });
    expect(parseDatabaseUrl("file:///tmp/x.sqlite")).toEqual({ dialect: "sqlite", path: "/tmp/x.sqlite" });
  });

  it("takes postgres:// and postgresql:// as PostgreSQL", () => {
    expect(parseDatabaseUrl("postgres://u:p@localhost:5432/db")).toEqual({
      dialect: "postgres",
      connectionString: "postgres://u:p@localhost:5432/db",
    });
    expect(parseDatabaseUrl("postgresql://localhost/db").dialect).toBe("postgres");
  });

  it("refuses other schemes with a message that hides the password", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@db/x")).toThrow(DatabaseConfigError);
    expect(() => parseDatabaseUrl("mysql://root:secret@db/x")).toThrow(/root:\*\*\*@db/);
    expect(() => parseDatabaseUrl("file:")).toThrow(DatabaseConfigError);
  });
});

describe("openDatabase (SQLite)", () => {
  it("creates the folder on demand and turns on WAL and foreign keys", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcb-open-"));
    try {
      const handle = openDatabase({ dialect: "sqlite", path: join(dir, "nested", "deeper", "db.sqlite") });
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
      expect(journal.rows[0]?.journal_mode).toBe("wal");
      const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db);
      expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
      await handle.db.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports an unopenable path as a configuration error", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcb-bad-"));
    const blocker = join(dir, "file");
    writeFileSync(blocker, "not a folder");
    try {
      expect(() => openDatabase({ dialect: "sqlite", path: join(blocker, "db.sqlite") })).toThrow(DatabaseConfigError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
