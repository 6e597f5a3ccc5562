// npm run db:migrate: applies pending migrations to DATABASE_URL (SQLite by default).
import { migrateToLatest, openDatabase, parseDatabaseUrl } from "#db/database";

const handle = openDatabase(parseDatabaseUrl(process.env.DATABASE_URL));
try {
  const { results = [] } = await migrateToLatest(handle.db);
  if (results.length === 0) console.log(`${handle.description}: up to date`);
  for (const result of results) console.log(`${handle.description}: ${result.migrationName} ${result.status}`);
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await handle.db.destroy();
}
