import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "#app/domain/balances/csv";
import { requireActor } from "#app/server/access/permissions.server";
import { findAssessment } from "#app/server/assessments/assessments.server";
import { questionnaireView } from "#app/server/assessments/page.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";

/** The answers as CSV (UTF-8 with BOM, formula cells neutralised), one row per answer. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const assessment = await findAssessment(await db(), actor, params.id ?? "");
  if (!assessment) notFound();
  const t = await getTranslator(request);
  const { rows } = questionnaireView(assessment, await getLocale(request));
  const csv = toCsv([
    [
      "questionnaire_version",
      "question_id",
      "page",
      t("questionnaire.export.question"),
      t("questionnaire.export.answer"),
      "value",
    ],
    ...rows.map((row) => [
      assessment.version.version,
      row.name,
      row.page,
      row.question,
      row.answer,
      assessment.answers[row.name] ?? "",
    ]),
  ]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="assessment-${assessment.id}-${assessment.reportingYear}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
