/**
 * The answers of an assessment as rows a person can read: page, question, answer in
 * words. Used for the printable overview, the page without JavaScript and the CSV.
 */
import type { SurveyElement, SurveyModel } from "./compile-survey";

export interface AnswerRow {
  page: string;
  question: string;
  name: string;
  answer: string;
}

export function answerRows(model: SurveyModel, answers: Readonly<Record<string, string | number>>): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const walk = (page: string, elements: readonly SurveyElement[], context: string | null) => {
    for (const element of elements) {
      if (element.type === "panel" && Array.isArray(element.elements)) {
        walk(page, element.elements as SurveyElement[], typeof element.title === "string" ? element.title : null);
        continue;
      }
      const value = answers[element.name];
      if (value === undefined || element.type === "html") continue;
      const title = typeof element.title === "string" ? element.title : element.name;
      rows.push({
        page,
        name: element.name,
        question: context ? `${context}: ${title}` : title,
        answer: choiceText(element, value),
      });
    }
  };
  for (const page of model.pages) walk(page.title, page.elements, null);
  return rows;
}

function choiceText(element: SurveyElement, value: string | number): string {
  const choices = element.choices as Array<{ value: string; text: string }> | undefined;
  return choices?.find((choice) => choice.value === value)?.text ?? String(value);
}
