import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { requireActor } from "#app/server/access/permissions.server";
import { startNextRound } from "#app/server/assessments/assessments.server";
import { methodNotAllowed } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";

export function loader() {
  return methodNotAllowed("POST");
}

/** POST: the municipality's staff start its next round (answers carried over) and go there. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const result = await startNextRound(await db(), actor, params.id ?? "");
  if (result.outcome === "not_found") notFound();
  throw redirect(`/assessments/${result.id}`);
}
