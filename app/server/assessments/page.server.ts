/** What the questionnaire page and its downloads show, computed on the server. */
import { answerRows } from "#app/domain/questionnaires/answer-summary";
import { compileSurvey } from "#app/domain/questionnaires/compile-survey";
import type { Locale } from "#app/domain/vocabulary";
import type { LoadedAssessment } from "./assessments.server";
import { surveyFrameTexts } from "./survey-texts.server";

export function questionnaireView(assessment: LoadedAssessment, locale: Locale) {
  const model = compileSurvey(assessment.version, {
    country: assessment.municipality.country,
    locale,
    texts: surveyFrameTexts(),
    carryOver: assessment.carryOver,
  });
  return { model, rows: answerRows(model, assessment.answers) };
}
