import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupSqlite, checkSqliteIntegrity } from "#app/server/operations/backup.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { openDatabase } from "#db/database";

describe("SQLite backup and restore", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "mcb-backup-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies a live database consistently, and the copy opens with every row", async () => {
    const live = openDatabase({ dialect: "sqlite", path: join(dir, "live.sqlite") });
    await prepareDatabase(live.db, { seedDemo: true });
    const backupPath = join(dir, "backups", "copy.sqlite");
    const { pages } = await backupSqlite(join(dir, "live.sqlite"), backupPath);
    expect(pages).toBeGreaterThan(0);
    expect(checkSqliteIntegrity(backupPath)).toEqual([]);

    const restored = openDatabase({ dialect: "sqlite", path: backupPath });
    const count = async (db: typeof live.db) =>
      Number(
        (
          await db
            .selectFrom("assessment")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count(restored.db)).toBe(await count(live.db));
    await restored.db.destroy();
    await live.db.destroy();
  });
});
