// npm run db:backup [-- <target file>]: a consistent copy of the SQLite database, then an
// integrity check of the copy. Safe while the server runs. PostgreSQL: use pg_dump.

import { backupSqlite, checkSqliteIntegrity } from "#app/server/operations/backup.server";
import { parseDatabaseUrl } from "#db/database";

const target = parseDatabaseUrl(process.env.DATABASE_URL);
if (target.dialect !== "sqlite") {
  console.error("DATABASE_URL points at PostgreSQL: back it up with pg_dump (see docs/operations.md).");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = process.argv[2] ?? `data/backups/benchmark-${stamp}.sqlite`;
const { pages } = await backupSqlite(target.path, destination);
const problems = checkSqliteIntegrity(destination);
if (problems.length > 0) {
  console.error(`Backup written to ${destination}, but its integrity check failed:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`Backup of ${target.path} written to ${destination} (${pages} pages); integrity check: ok`);
