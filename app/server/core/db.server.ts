/**
 * The app's one database handle: opened on first use from DATABASE_URL, migrated, and
 * holding the published questionnaire versions every database needs. Demo data is not
 * this module's business: seeding is a start-up step (operations/prepare.server.ts).
 */
import type { Kysely } from "kysely";
import { syncPublishedQuestionnaires } from "#app/server/questionnaires/published.server";
import { type DatabaseHandle, migrateToLatest, openDatabase, parseDatabaseUrl } from "#db/database";
import type { Database } from "#db/schema";

let ready: Promise<DatabaseHandle> | undefined;

export function databaseHandle(): Promise<DatabaseHandle> {
  ready ??= open().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export async function db(): Promise<Kysely<Database>> {
  return (await databaseHandle()).db;
}

async function open(): Promise<DatabaseHandle> {
  const handle = openDatabase(parseDatabaseUrl(process.env.DATABASE_URL));
  await prepareSchema(handle.db);
  return handle;
}

/** Migrations and the published questionnaire versions: what every database holds, demo or not. */
export async function prepareSchema(database: Kysely<Database>): Promise<void> {
  await migrateToLatest(database);
  await syncPublishedQuestionnaires(database);
}
