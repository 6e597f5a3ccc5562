import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "#app/server/access/permissions.server";
import { methodNotAllowed } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";
import { downloadResponse } from "#app/server/core/download.server";
import { exportVersion } from "#app/server/questionnaires/files.server";
import { requireVersion } from "#app/server/questionnaires/http.server";

/**
 * GET ?format=zip: the version as the folder questionnaires/vN (to commit);
 * ?format=json (default): the whole version as one canonical JSON file.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const loaded = await requireVersion(await db(), params.id ?? "");
  const format = new URL(request.url).searchParams.get("format") === "zip" ? "zip" : "json";
  return downloadResponse(exportVersion(loaded, format));
}

export function action(_: ActionFunctionArgs) {
  return methodNotAllowed("GET");
}
