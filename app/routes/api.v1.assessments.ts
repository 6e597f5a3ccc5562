import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { assessmentStatuses } from "#app/domain/research/filters";
import { countries } from "#app/domain/vocabulary";
import { requireApiActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { json, nextPage, pageParameters, parseQuery } from "#app/server/research/api.server";
import { listAssessments } from "#app/server/research/submissions.server";

const Query = z.object({
  country: z.enum(countries).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  status: z.enum(assessmentStatuses).optional(),
  version: z.coerce.number().int().min(1).max(10_000).optional(),
  municipality: z.string().trim().min(1).max(40).optional(),
  include: z.enum(["answers"]).optional(),
  ...pageParameters,
});

/**
 * GET /api/v1/assessments — the assessments the caller may read (researchers and admins
 * all; respondents their own municipality's), filtered, in pages. `include=answers` adds
 * the answers (the same map as GET /api/v1/assessments/:id).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireApiActor(request);
  const { limit, offset, include, municipality, ...filter } = parseQuery(request, Query);
  const { rows, total } = await listAssessments(
    await db(),
    actor,
    { ...filter, municipalityId: municipality },
    { limit, offset },
  );
  return json({
    assessments: rows.map((row) => ({
      id: row.id,
      municipality: { id: row.municipality.id, name: row.municipality.name, country: row.municipality.country },
      questionnaireVersion: row.questionnaireVersion,
      reportingYear: row.reportingYear,
      status: row.status,
      revision: row.revision,
      updatedAt: row.updatedAt,
      submittedAt: row.submittedAt,
      ...(include === "answers" ? { answers: row.answers } : {}),
    })),
    total,
    limit,
    offset,
    next: nextPage(request, { limit, offset }, total),
  });
}
