/**
 * The app's one database handle: opened on first use from DATABASE_URL, migrated,
 * and (unless SEED_DEMO=false) seeded with the demo on an empty database.
 */
import type { Kysely } from "kysely";
import { seedDemoIfEmpty } from "#app/server/demo/seed.server";
import { syncPublishedQuestionnaires } from "#app/server/questionnaires/published.server";
import { type DatabaseHandle, migrateToLatest, openDatabase, parseDatabaseUrl } from "#db/database";
import type { Database } from "#db/schema";

let ready: Promise<DatabaseHandle> | undefined;

export function databaseHandle(): Promise<DatabaseHandle> {
  ready ??= prepare().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export async function db(): Promise<Kysely<Database>> {
  return (await databaseHandle()).db;
}

async function prepare(): Promise<DatabaseHandle> {
  const handle = openDatabase(parseDatabaseUrl(process.env.DATABASE_URL));
  await prepareDatabase(handle.db, { seedDemo: process.env.SEED_DEMO !== "false" });
  return handle;
}

/** Migrations, published questionnaire versions, demo data: what every fresh database needs. */
export async function prepareDatabase(database: Kysely<Database>, options: { seedDemo: boolean }) {
  await migrateToLatest(database);
  await syncPublishedQuestionnaires(database);
  if (options.seedDemo) await seedDemoIfEmpty(database);
}
