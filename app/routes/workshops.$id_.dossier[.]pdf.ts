import type { LoaderFunctionArgs } from "@remix-run/node";
import { dossierLanguage } from "#app/domain/workshops/workshop";
import { db } from "#app/server/db.server";
import { notFound } from "#app/server/errors.server";
import { renderDossierPdf } from "#app/server/pdf/dossier-pdf.server";
import { requireActor } from "#app/server/permissions.server";
import { buildDossier, findWorkshop } from "#app/server/workshops.server";

/** The dossier as a PDF in the workshop's language: for whoever may open the workshop. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const workshop = await findWorkshop(database, actor, params.id ?? "");
  if (!workshop) notFound();
  const locale = dossierLanguage(workshop.languages);
  const dossier = await buildDossier(database, actor, workshop, locale);
  const pdf = await renderDossierPdf(workshop, dossier, locale);
  const fileName = `dossier-${workshop.heldOn}-${workshop.id}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
