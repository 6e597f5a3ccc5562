import type { LoaderFunctionArgs } from "@remix-run/node";
import { CodebookQuery } from "#app/domain/research/filters";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { codebookDownload, labelContext } from "#app/server/research/exports.server";

/**
 * GET /research/exports/codebook?codebook=csv|json&dataset=&form=[&filters]: the codebook
 * of the export with the same parameters (its columns, labels, codes and units).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const query = CodebookQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const names = query.error.issues.map((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.join(",") : issue.path.join("."),
    );
    return new Response(`Invalid codebook parameters: ${names.join(", ")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const codebook = await codebookDownload(await db(), actor, query.data, await labelContext(request));
  return new Response(codebook.body, {
    headers: {
      "Content-Type": codebook.contentType,
      "Content-Disposition": `attachment; filename="${codebook.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
