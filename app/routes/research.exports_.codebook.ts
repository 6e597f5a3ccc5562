import type { LoaderFunctionArgs } from "@remix-run/node";
import { CodebookQuery } from "#app/domain/research/filters";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import {
  codebookDownload,
  downloadResponse,
  labelContext,
  readDownloadQuery,
} from "#app/server/research/exports.server";

/**
 * GET /research/exports/codebook?codebook=csv|json&dataset=&form=[&filters]: the codebook
 * of the export with the same parameters (its columns, labels, codes and units).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const query = readDownloadQuery(request, CodebookQuery, "codebook");
  if (!query.ok) return query.response;
  return downloadResponse(await codebookDownload(await db(), actor, query.query, await labelContext(request)));
}
