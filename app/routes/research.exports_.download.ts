import type { LoaderFunctionArgs } from "@remix-run/node";
import { ExportQuery } from "#app/domain/research/filters";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { exportDownload, labelContext } from "#app/server/research/exports.server";

/**
 * GET /research/exports/download?dataset=&form=&format=[&country=&year=&status=&version=]
 * Researchers and admins only (everyone else: 404). Streams the file; a wrong
 * parameter is a 400 naming it, never a partial or different export.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const query = ExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const names = query.error.issues.map((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.join(",") : issue.path.join("."),
    );
    return new Response(`Invalid export parameters: ${names.join(", ")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const download = await exportDownload(await db(), actor, query.data, await labelContext(request));
  return new Response(download.body, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
