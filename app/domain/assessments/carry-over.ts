/**
 * Carrying answers into the next round: by stable question names, onto the newer
 * questionnaire version. Unchanged questions keep their answers (to confirm), removed
 * questions are dropped, new ones start empty, and questions whose meaning changed
 * are asked again with the earlier answer shown.
 */
import type { CarryOverMarks } from "#app/domain/questionnaires/compile-survey";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Country } from "#app/domain/vocabulary";
import { type Answers, type AnswerValue, answerFields, questionNames } from "./answers";

export interface CarryOverResult {
  answers: Record<string, AnswerValue>;
  marks: CarryOverMarks;
  /** Answers left behind because their question no longer exists or no longer accepts them. */
  dropped: string[];
}

export function carryOver(
  previous: { version: QuestionnaireVersion; answers: Answers; year: number },
  next: QuestionnaireVersion,
  country: Country,
): CarryOverResult {
  const fields = answerFields(next, country);
  const itemOf = itemLookup(next, country);
  const answers: Record<string, AnswerValue> = {};
  const carried: string[] = [];
  const changed: Record<string, AnswerValue> = {};
  const dropped: string[] = [];

  for (const name of Object.keys(previous.answers).sort()) {
    const value = previous.answers[name];
    const field = fields[name];
    if (value === undefined || !field) {
      dropped.push(name);
      continue;
    }
    const item = itemOf.get(name);
    if (item && next.comparability?.[item] === "not_comparable") {
      changed[name] = value;
      continue;
    }
    if (!field.safeParse(value).success) {
      dropped.push(name);
      continue;
    }
    answers[name] = value;
    carried.push(name);
  }
  return { answers, marks: { fromYear: previous.year, carried, changed }, dropped };
}

/** Question name → the measure or scope question it belongs to. */
function itemLookup(version: QuestionnaireVersion, country: Country): Map<string, string> {
  const items = new Map<string, string>();
  for (const question of version.scopeQuestions.filter((q) => q.country === country)) {
    items.set(questionNames.scope(question.id), question.id);
  }
  for (const measure of version.measures) {
    for (const name of [
      questionNames.status(measure.id),
      questionNames.year(measure.id),
      questionNames.comment(measure.id),
      questionNames.evidence(measure.id),
      questionNames.reason(measure.id),
    ]) {
      items.set(name, measure.id);
    }
  }
  return items;
}

/** A touched question is confirmed: its carried-over marker goes. */
export function confirmTouched(marks: CarryOverMarks, touched: readonly string[]): CarryOverMarks {
  if (touched.length === 0) return marks;
  const done = new Set(touched);
  const changed = Object.fromEntries(Object.entries(marks.changed).filter(([name]) => !done.has(name)));
  return { ...marks, carried: marks.carried.filter((name) => !done.has(name)), changed };
}
