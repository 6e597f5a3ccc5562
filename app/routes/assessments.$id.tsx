import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { lazy, Suspense, startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AnswerOverview } from "#app/components/assessments/answer-overview";
import { ResultsLinks } from "#app/components/results/results-links";
import { requireActor } from "#app/server/access/permissions.server";
import { findAssessment } from "#app/server/assessments/assessments.server";
import { questionnaireView } from "#app/server/assessments/page.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";

// SurveyJS is loaded only on this page, and only after hydration.
const QuestionnaireSurvey = lazy(() => import("#app/components/assessments/questionnaire-survey"));

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const assessment = await findAssessment(await db(), actor, params.id ?? "");
  if (!assessment) notFound();
  const locale = await getLocale(request);
  const t = await getTranslator(request);
  const { model, rows } = questionnaireView(assessment, locale);
  return {
    title: t("questionnaire.title", { municipality: assessment.municipality.name, year: assessment.reportingYear }),
    assessment: {
      id: assessment.id,
      municipality: assessment.municipality,
      reportingYear: assessment.reportingYear,
      versionNumber: assessment.version.version,
      status: assessment.status,
      revision: assessment.revision,
      answers: assessment.answers,
      currentPage: assessment.currentPage,
      submittedAt: assessment.submittedAt,
      editable: assessment.editable,
    },
    model,
    rows,
  };
}

let documentHydrated = false;

/**
 * False on the server and during hydration, true afterwards. Once the document is
 * hydrated, pages reached by client navigation start at true; the switch is a
 * transition, so loading the SurveyJS chunk never interrupts an urgent render.
 */
function useHydrated() {
  const [hydrated, setHydrated] = useState(documentHydrated);
  useEffect(() => {
    documentHydrated = true;
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}

export default function AssessmentPage() {
  const { title, assessment, model, rows } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const hydrated = useHydrated();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{t("questionnaire.versionNote", { version: assessment.versionNumber })}</p>
      {assessment.status === "submitted" && assessment.submittedAt ? (
        <p className="notice">
          {t("questionnaire.readOnlySubmitted", { date: date.format(new Date(assessment.submittedAt)) })}
        </p>
      ) : !assessment.editable ? (
        <p className="notice">{t("questionnaire.readOnlyReviewer")}</p>
      ) : null}
      <ResultsLinks assessmentId={assessment.id} provisional={assessment.status !== "submitted"} />
      <div className="survey-area">
        {hydrated ? (
          <Suspense fallback={<p role="status">{t("questionnaire.loading")}</p>}>
            <QuestionnaireSurvey assessment={assessment} model={model} />
          </Suspense>
        ) : (
          <p role="status">{t("questionnaire.loading")}</p>
        )}
      </div>
      <AnswerOverview assessmentId={assessment.id} rows={rows} />
    </>
  );
}
