import type { LoaderFunctionArgs } from "@remix-run/node";
import { fieldsOfAction } from "#app/domain/vocabulary";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getLocale } from "#app/server/core/i18n.server";
import { apiFailure } from "#app/server/core/outcomes.server";
import { findResultsAssessment } from "#app/server/results/assessment.server";
import { resultsOutcomes } from "#app/server/results/outcomes.server";
import { recommendationsPage } from "#app/server/results/recommendations.server";

/**
 * GET /api/v1/assessments/:id/recommendations — recommended measures per field of action
 * with their efficiency, every factor of it, the reasons as codes, peer uptake and the
 * cities that may be named; marks only for the municipality's own staff and researchers.
 * Permission-checked like the page. Measure titles follow ?lng= (default English).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  const database = await db();
  const assessment = await findResultsAssessment(database, actor, params.id ?? "");
  if (!assessment) return apiFailure(resultsOutcomes, "not_found");
  const page = await recommendationsPage(database, actor, assessment, await getLocale(request));
  return Response.json(
    {
      assessment: {
        id: assessment.id,
        municipality: assessment.municipality,
        reportingYear: assessment.reportingYear,
        status: assessment.status,
        submittedAt: assessment.submittedAt,
        questionnaireVersion: { id: assessment.versionId, number: assessment.version.version },
        provisional: assessment.provisional,
      },
      co2Balance: page.balance,
      uptakeGroup: page.uptakeGroup,
      marksShown: page.marksShown,
      fields: fieldsOfAction.map((field) => ({ field, recommendations: page.byField[field] })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
