// npm run profiles:recompute: rebuilds the derived profile figures and peer distributions
// of DATABASE_URL (SQLite by default) from the submitted answers.
import { recomputeAllProfiles } from "#app/server/results/recompute.server";
import { migrateToLatest, openDatabase, parseDatabaseUrl } from "#db/database";

const handle = openDatabase(parseDatabaseUrl(process.env.DATABASE_URL));
try {
  await migrateToLatest(handle.db);
  const start = performance.now();
  const summary = await recomputeAllProfiles(handle.db);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `${handle.description}: ${summary.profiles} profiles of ${summary.municipalities} municipalities, ${summary.groups} peer groups in ${seconds} s`,
  );
} catch (error) {
  console.error(`Recomputing profiles failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await handle.db.destroy();
}
