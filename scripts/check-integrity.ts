// npm run db:check [-- <file>]: SQLite's integrity and foreign-key checks on the database (or a backup).

import { checkSqliteIntegrity } from "#app/server/operations/backup.server";
import { parseDatabaseUrl } from "#db/database";

const target = parseDatabaseUrl(process.env.DATABASE_URL);
const path = process.argv[2] ?? (target.dialect === "sqlite" ? target.path : null);
if (!path) {
  console.error("DATABASE_URL points at PostgreSQL: use its own tools (see docs/operations.md).");
  process.exit(1);
}
const problems = checkSqliteIntegrity(path);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${path}: integrity ok, no foreign-key violations`);
