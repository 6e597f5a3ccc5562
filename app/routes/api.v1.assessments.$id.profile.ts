import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getLocale } from "#app/server/core/i18n.server";
import { apiFailure } from "#app/server/core/outcomes.server";
import { findResultsAssessment } from "#app/server/results/assessment.server";
import { resultsOutcomes } from "#app/server/results/outcomes.server";
import { profilePageData } from "#app/server/results/profile-page.server";

/**
 * GET /api/v1/assessments/:id/profile — the activity profile with every measure's
 * explanation line, the peer bands and earlier rounds; permission-checked like the page
 * (a round in progress only for its own staff and researchers, marked provisional).
 * Measure titles follow ?lng= (default English).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  const database = await db();
  const assessment = await findResultsAssessment(database, actor, params.id ?? "");
  if (!assessment) return apiFailure(resultsOutcomes, "not_found");
  const data = await profilePageData(database, assessment, await getLocale(request));
  const { canReadAnswers: _, ...meta } = data.assessment;
  return Response.json(
    {
      ...data,
      assessment: { ...meta, questionnaireVersion: { id: assessment.versionId, number: meta.versionNumber } },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
