import type { SurveyFrameTexts } from "#app/domain/questionnaires/compile-survey";
import type { LocalizedText } from "#app/domain/questionnaires/schema";
import { resources } from "#app/server/core/i18n.server";

type Zipped<T> = { [K in keyof T]: T[K] extends string ? LocalizedText : Zipped<T[K]> };

/** Turns three locale trees of the same shape into one tree of {de, en, ja} leaves. */
function zipLocales<T extends object>(en: T, de: T, ja: T): Zipped<T> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(en) as Array<keyof T & string>) {
    const value = en[key];
    result[key] =
      typeof value === "string"
        ? { en: value, de: de[key] as string, ja: ja[key] as string }
        : zipLocales(value as object, de[key] as object, ja[key] as object);
  }
  return result as Zipped<T>;
}

let cached: SurveyFrameTexts | undefined;

/** The questionnaire frame's texts in all three languages, from the locale files. */
export function surveyFrameTexts(): SurveyFrameTexts {
  cached ??= zipLocales(
    resources.en.translation.questionnaire.survey,
    resources.de.translation.questionnaire.survey,
    resources.ja.translation.questionnaire.survey,
  ) satisfies SurveyFrameTexts;
  return cached;
}
