import type { LoaderFunctionArgs } from "@remix-run/node";
import { dossierLanguage } from "#app/domain/workshops/workshop";
import { requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { buildDossier } from "#app/server/workshops/dossier.server";
import { renderDossierPdf } from "#app/server/workshops/dossier-pdf.server";
import { findWorkshop } from "#app/server/workshops/workshops.server";

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
