import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiActor } from "#app/server/access/permissions.server";
import { findAssessment } from "#app/server/assessments/assessments.server";
import { assessmentOutcomes } from "#app/server/assessments/outcomes.server";
import { db } from "#app/server/core/db.server";
import { apiFailure } from "#app/server/core/outcomes.server";

/** GET /api/v1/assessments/:id — the assessment with its answers, for whoever may read it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  const assessment = await findAssessment(await db(), actor, params.id ?? "");
  if (!assessment) return apiFailure(assessmentOutcomes, "not_found");
  return Response.json(
    {
      id: assessment.id,
      municipality: assessment.municipality,
      questionnaireVersion: { id: assessment.versionId, number: assessment.version.version },
      reportingYear: assessment.reportingYear,
      status: assessment.status,
      revision: assessment.revision,
      answers: assessment.answers,
      currentPage: assessment.currentPage,
      updatedAt: assessment.updatedAt,
      submittedAt: assessment.submittedAt,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
