import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiActor } from "#app/server/access/permissions.server";
import { apiError } from "#app/server/core/api.server";
import { db } from "#app/server/core/db.server";
import { getLocale } from "#app/server/core/i18n.server";
import { findResultsAssessment, profilePageData } from "#app/server/results/profiles.server";

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
  if (!assessment) return apiError(404, "not_found");
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
