/**
 * Start-up: the schema, the published questionnaires and, unless SEED_DEMO=false, the
 * demo on an empty database. The production server (entry.server's `startup`) and
 * `npm run dev` (scripts/prepare.ts) run it before the first request.
 */
import type { Kysely } from "kysely";
import { databaseHandle, prepareSchema } from "#app/server/core/db.server";
import { seedDemoIfEmpty } from "#app/server/demo/seed.server";
import type { Database } from "#db/schema";

export async function prepareDatabase(database: Kysely<Database>, options: { seedDemo: boolean }): Promise<void> {
  await prepareSchema(database);
  if (options.seedDemo) await seedDemoIfEmpty(database);
}

export function demoWanted(): boolean {
  return process.env.SEED_DEMO !== "false";
}

/** Opens the app's database and prepares it; what the server prints at start. */
export async function startup(): Promise<{ database: string; dialect: string }> {
  const handle = await databaseHandle();
  if (demoWanted()) await seedDemoIfEmpty(handle.db);
  return { database: handle.description, dialect: handle.dialect };
}
