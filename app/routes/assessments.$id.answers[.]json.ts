import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireActor } from "#app/server/access/permissions.server";
import { findAssessment } from "#app/server/assessments/assessments.server";
import { questionnaireView } from "#app/server/assessments/page.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getLocale } from "#app/server/core/i18n.server";

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
