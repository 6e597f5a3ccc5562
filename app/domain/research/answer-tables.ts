/**
 * The answers exports: wide (one row per assessment, one column per question) and long
 * (one row per answer, with the question's page and wording and the answer in words).
 */
import { type AnswerValue, measureStatuses, questionNames } from "#app/domain/assessments/answers";
import { answerRows } from "#app/domain/questionnaires/answer-summary";
import { compileSurvey } from "#app/domain/questionnaires/compile-survey";
import type { LocalizedText, QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { countries } from "../vocabulary";
import {
  type AssessmentRecord,
  assessmentCells,
  assessmentColumns,
  type Cell,
  type CodebookEntry,
  type ColumnType,
  type ExportTable,
  entry,
  type LabelContext,
} from "./exports";

/** A question of one or more questionnaire versions, described for the codebook. */
export interface QuestionEntry {
  name: string;
  measureId: string | null;
  label: string;
  type: ColumnType;
  values: ReadonlyArray<{ code: string; label: string }>;
  description: string;
}

/**
 * Every question of the versions, in questionnaire order: general questions, the
 * practical-scope questions of each country, then five questions per measure. A
 * question of several versions appears once, described as in the newest of them.
 */
export function questionEntries(versions: readonly QuestionnaireVersion[], context: LabelContext): QuestionEntry[] {
  const { t, frameTexts: f, locale } = context;
  const loc = (text: LocalizedText) => text[locale];
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const byName = new Map<string, QuestionEntry>();
  const order: string[] = [];
  const add = (question: QuestionEntry) => {
    if (byName.has(question.name)) return;
    order.push(question.name);
    byName.set(question.name, question);
  };
  const general = (name: string, label: LocalizedText, type: ColumnType, unit: string | null = null) => ({
    name,
    measureId: null,
    label: loc(label),
    type,
    values: [],
    description: unit ? t("research.codebook.questionUnit", { unit }) : t("research.codebook.questionGeneral"),
  });
  const choiceValues = <V extends string>(values: readonly V[], labels: Record<V, LocalizedText>) =>
    values.map((code) => ({ code, label: loc(labels[code]) }));
  // General questions first, in the order the questionnaire asks them.
  const ordered = [...newestFirst].reverse();
  add(general(questionNames.population, f.population, "integer", t("research.codebook.units.inhabitants")));
  add(general(questionNames.climateStaff, f.climateStaff, "number", t("research.codebook.units.fte")));
  add({
    ...general(questionNames.climatePlan, f.climatePlan, "code"),
    values: choiceValues(["adopted", "in_preparation", "none"] as const, f.climatePlanStates),
  });
  add({
    ...general(questionNames.targetType, f.targetType, "code"),
    values: choiceValues(["net_zero", "reduction", "none"] as const, f.targetTypes),
  });
  add(general(questionNames.targetYear, f.targetYear, "integer"));
  add(general(questionNames.baseYear, f.baseYear, "integer"));
  add(general(questionNames.targetReduction, f.targetReduction, "number", "%"));
  // Newest version first so its wording wins; order then follows the oldest version that has the question.
  const scopeByName = new Map<string, QuestionEntry>();
  const measureByName = new Map<string, QuestionEntry>();
  for (const version of newestFirst) {
    for (const question of version.scopeQuestions) {
      const name = questionNames.scope(question.id);
      if (scopeByName.has(name)) continue;
      scopeByName.set(name, {
        name,
        measureId: null,
        label: loc(question.text),
        type: "code",
        values: question.options.map((o) => ({ code: o.value, label: loc(o.text) })),
        description: t("research.codebook.questionScope", { country: t(`country.${question.country}`) }),
      });
    }
    for (const measure of version.measures) {
      const title = `${measure.id} ${loc(measure.title)}`;
      const items: Array<[string, string, ColumnType, QuestionEntry["values"]]> = [
        [questionNames.status(measure.id), loc(f.status), "code", choiceValues(measureStatuses, f.statuses)],
        [questionNames.year(measure.id), loc(f.year), "integer", []],
        [questionNames.reason(measure.id), loc(f.reason), "string", []],
        [questionNames.comment(measure.id), loc(f.comment), "string", []],
        [questionNames.evidence(measure.id), loc(f.evidence), "string", []],
      ];
      for (const [name, item, type, values] of items) {
        if (measureByName.has(name)) continue;
        measureByName.set(name, {
          name,
          measureId: measure.id,
          label: `${title}: ${item}`,
          type,
          values,
          description: t("research.codebook.questionMeasure", {
            levels: countries
              .map((c) => `${c} ${t(`catalogue.levels.${measure.legalScope[c].level}.label`)}`)
              .join(", "),
          }),
        });
      }
    }
  }
  for (const version of ordered) {
    for (const country of countries) {
      for (const question of version.scopeQuestions.filter((q) => q.country === country)) {
        const found = scopeByName.get(questionNames.scope(question.id));
        if (found) add(found);
      }
    }
  }
  for (const version of ordered) {
    for (const measure of version.measures) {
      for (const name of [
        questionNames.status(measure.id),
        questionNames.year(measure.id),
        questionNames.reason(measure.id),
        questionNames.comment(measure.id),
        questionNames.evidence(measure.id),
      ]) {
        const found = measureByName.get(name);
        if (found) add(found);
      }
    }
  }
  return order.map((name) => byName.get(name) as QuestionEntry);
}

function answerCell(value: AnswerValue | undefined): Cell {
  return value === undefined ? null : value;
}

export function answersWideTable(
  versions: readonly QuestionnaireVersion[],
  context: LabelContext,
): ExportTable<AssessmentRecord> {
  const questions = questionEntries(versions, context);
  const codebook = [
    ...assessmentColumns(context.t),
    ...questions.map(
      (q): CodebookEntry => ({
        name: q.name,
        appliesTo: "column",
        label: q.label,
        type: q.type,
        unit: null,
        values: q.values,
        description: q.description,
      }),
    ),
  ];
  return {
    dataset: "answers",
    form: "wide",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => [[...assessmentCells(record), ...questions.map((q) => answerCell(record.answers[q.name]))]],
  };
}

export function answersLongTable(
  versions: readonly QuestionnaireVersion[],
  context: LabelContext,
): ExportTable<AssessmentRecord> {
  const { t } = context;
  const questions = questionEntries(versions, context);
  const columns = [
    ...assessmentColumns(t),
    entry(t, { name: "question", type: "code" }),
    entry(t, { name: "measure_id", type: "string" }),
    entry(t, { name: "page", type: "string" }),
    entry(t, { name: "question_text", type: "string" }),
    entry(t, { name: "value", type: "string" }),
    entry(t, { name: "value_text", type: "string" }),
  ];
  const measureOf = new Map(questions.map((q) => [q.name, q.measureId]));
  // One compiled model per version and country: the words of every choice, the page titles.
  const models = new Map<string, ReturnType<typeof compileSurvey>>();
  const modelFor = (record: AssessmentRecord) => {
    const key = `${record.versionId}\u0000${record.country}`;
    let model = models.get(key);
    if (!model) {
      model = compileSurvey(record.version, {
        country: record.country,
        locale: context.locale,
        texts: context.frameTexts,
      });
      models.set(key, model);
    }
    return model;
  };
  return {
    dataset: "answers",
    form: "long",
    codebook: [
      ...columns,
      ...questions.map(
        (q): CodebookEntry => ({
          name: q.name,
          appliesTo: "question",
          label: q.label,
          type: q.type,
          unit: null,
          values: q.values,
          description: q.description,
        }),
      ),
    ],
    header: columns.map((c) => c.name),
    rowsOf: (record) => {
      const base = assessmentCells(record);
      const rows = answerRows(modelFor(record), record.answers);
      const listed = new Set(rows.map((row) => row.name));
      const result: Cell[][] = rows.map((row) => [
        ...base,
        row.name,
        measureOf.get(row.name) ?? null,
        row.page,
        row.question,
        answerCell(record.answers[row.name]),
        row.answer,
      ]);
      // Answers the compiled questionnaire does not show (another country's question, a
      // question of a measure outside the legal scope) are exported too, without words.
      for (const [name, value] of Object.entries(record.answers)) {
        if (listed.has(name)) continue;
        result.push([...base, name, measureOf.get(name) ?? null, null, null, value, null]);
      }
      return result;
    },
  };
}
