import type { LoaderFunctionArgs } from "@remix-run/node";
import { questionnaireView } from "#app/server/assessment-page.server";
import { findAssessment } from "#app/server/assessments.server";
import { db } from "#app/server/db.server";
import { notFound } from "#app/server/errors.server";
import { getLocale } from "#app/server/i18n.server";
import { requireActor } from "#app/server/permissions.server";

/** The answers as a JSON download: raw values by question, and the same in words. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const assessment = await findAssessment(await db(), actor, params.id ?? "");
  if (!assessment) notFound();
  const { rows } = questionnaireView(assessment, await getLocale(request));
  const body = {
    assessment: assessment.id,
    municipality: assessment.municipality,
    reportingYear: assessment.reportingYear,
    questionnaireVersion: assessment.version.version,
    status: assessment.status,
    revision: assessment.revision,
    answers: assessment.answers,
    readable: rows,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="assessment-${assessment.id}-${assessment.reportingYear}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
