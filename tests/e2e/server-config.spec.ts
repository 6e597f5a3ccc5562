/** Bad configuration stops the production server with one clear line, not a stack trace. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { e2ePort } from "./support/paths";
import { expect, test } from "./support/test";

function startServer(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["server.js"], {
    env: { ...process.env, HOST: "127.0.0.1", SEED_DEMO: "false", ...env },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

test("a DATABASE_URL of an unknown kind", () => {
  const { status, stderr } = startServer({ PORT: "0", DATABASE_URL: "mysql://root:secret@db.example/benchmark" });
  expect(status).toBe(1);
  expect(stderr.split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^Cannot start: .*DATABASE_URL must be a file path, a file: URL or a postgres:\/\/ URL/);
  expect(stderr).not.toContain("secret");
});

test("a SQLite path that cannot be opened", () => {
  const dir = mkdtempSync(join(tmpdir(), "mcb-config-"));
  const blocker = join(dir, "not-a-folder");
  writeFileSync(blocker, "");
  try {
    const { status, stderr } = startServer({ PORT: "0", DATABASE_URL: join(blocker, "db.sqlite") });
    expect(status).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Cannot start: .*cannot open SQLite database/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a port that is already in use (the e2e server's own)", () => {
  const dir = mkdtempSync(join(tmpdir(), "mcb-config-"));
  try {
    const { status, stderr } = startServer({ PORT: String(e2ePort), DATABASE_URL: join(dir, "db.sqlite") });
    expect(status).toBe(1);
    expect(stderr).toBe(`Cannot start: port ${e2ePort} is already in use. Stop the other program or set PORT.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a PORT that is not a number", () => {
  const { status, stderr } = startServer({ PORT: "eighty" });
  expect(status).toBe(1);
  expect(stderr).toBe('Cannot start: PORT must be a number from 0 to 65535, not "eighty"');
});
