/** The questionnaire check's problems in words, from the locale files. */
import { type CheckProblem, checkMessageKey } from "#app/domain/questionnaires/check";
import type { Locale } from "#app/domain/vocabulary";
import { i18nServer } from "#app/server/core/i18n.server";

/** Words each problem in one language; the command line reads English. */
export async function checkWording(locale: Locale = "en"): Promise<(problem: CheckProblem) => string> {
  const t = await i18nServer.getFixedT(locale);
  return (problem) => t(checkMessageKey(problem), problem.params);
}
