import type { LoaderFunctionArgs } from "@remix-run/node";
import { ExportQuery } from "#app/domain/research/filters";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { downloadResponse, exportDownload, labelContext, readDownloadQuery } from "#app/server/research/exports.server";

/**
 * GET /research/exports/download?dataset=&form=&format=[&country=&year=&status=&version=]
 * Researchers and admins only (everyone else: 404). Streams the file; a wrong
 * parameter is a 400 naming it, never a partial or different export.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const query = readDownloadQuery(request, ExportQuery, "export");
  if (!query.ok) return query.response;
  return downloadResponse(await exportDownload(await db(), actor, query.query, await labelContext(request)));
}
