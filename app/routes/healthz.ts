import { sql } from "kysely";
import { db } from "#app/server/core/db.server";

/** Liveness and database check for operations: 200 when the database answers, 503 otherwise. */
export async function loader() {
  try {
    await sql`select 1`.execute(await db());
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("healthz: database check failed", error);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
