/**
 * The answers of one assessment: a flat map from question name to value, the same
 * shape SurveyJS keeps in `survey.data`. The names are derived from the questionnaire
 * version, and so is the zod schema that validates every save on the server.
 */
import { z } from "zod";
import type { Measure, QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { type Country, implementationStatuses } from "#app/domain/vocabulary";
import type { AnswerChanges, AnswerProblem, Answers, AnswerValue } from "./protocol";

// The answer types are those the browser and the API exchange (protocol.ts).
export type { AnswerChanges, AnswerProblem, Answers, AnswerValue };

export const measureStatuses = [...implementationStatuses, "not_applicable"] as const;
export type MeasureAnswerStatus = (typeof measureStatuses)[number];

export const climatePlanStates = ["adopted", "in_preparation", "none"] as const;
export const targetTypes = ["net_zero", "reduction", "none"] as const;

export const answerLimits = {
  commentLength: 2000,
  reasonLength: 1000,
  evidenceLength: 500,
  earliestYear: 1990,
  latestYear: 2100,
} as const;

/** Question names: stable, derived from stable ids, safe inside SurveyJS expressions. */
export const questionNames = {
  population: "general_population",
  climateStaff: "general_climate_staff",
  climatePlan: "general_climate_plan",
  targetType: "general_target_type",
  targetYear: "general_target_year",
  baseYear: "general_base_year",
  targetReduction: "general_target_reduction",
  scope: (questionId: string) => `scope_${questionId}`,
  measureKey: (measureId: string) => measureId.replace("-", "_"),
  status: (measureId: string) => `${questionNames.measureKey(measureId)}_status`,
  year: (measureId: string) => `${questionNames.measureKey(measureId)}_year`,
  comment: (measureId: string) => `${questionNames.measureKey(measureId)}_comment`,
  evidence: (measureId: string) => `${questionNames.measureKey(measureId)}_evidence`,
  reason: (measureId: string) => `${questionNames.measureKey(measureId)}_reason`,
};

/** Measures a city of this country is asked about: legal scope `none` is shown, not asked. */
export function askedMeasures(version: QuestionnaireVersion, country: Country): Measure[] {
  return version.measures.filter((m) => m.legalScope[country].level !== "none");
}

export function scopeQuestionsFor(version: QuestionnaireVersion, country: Country) {
  return version.scopeQuestions.filter((q) => q.country === country);
}

const year = z
  .number({ error: "validation.answerNumber" })
  .int({ error: "validation.answerYear" })
  .min(answerLimits.earliestYear, { error: "validation.answerYear" })
  .max(answerLimits.latestYear, { error: "validation.answerYear" });

const text = (max: number) =>
  z.string({ error: "validation.answerText" }).max(max, { error: "validation.answerTooLong" });

const evidenceUrl = z
  .string({ error: "validation.answerText" })
  .max(answerLimits.evidenceLength, { error: "validation.answerTooLong" })
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { error: "validation.answerUrl" });

const fieldCache = new WeakMap<
  QuestionnaireVersion,
  Partial<Record<Country, Record<string, z.ZodType<AnswerValue>>>>
>();

/**
 * The schema of every answer a city of this country may give in this version.
 * Built once per version object and country: a version never changes once parsed.
 */
export function answerFields(
  version: QuestionnaireVersion,
  country: Country,
): Readonly<Record<string, z.ZodType<AnswerValue>>> {
  const byCountry = fieldCache.get(version) ?? {};
  fieldCache.set(version, byCountry);
  byCountry[country] ??= buildAnswerFields(version, country);
  return byCountry[country];
}

function buildAnswerFields(version: QuestionnaireVersion, country: Country): Record<string, z.ZodType<AnswerValue>> {
  const fields: Record<string, z.ZodType<AnswerValue>> = {
    [questionNames.population]: z
      .number({ error: "validation.answerNumber" })
      .int({ error: "validation.answerWholeNumber" })
      .min(0, { error: "validation.answerRange" })
      .max(50_000_000, { error: "validation.answerRange" }),
    [questionNames.climateStaff]: z
      .number({ error: "validation.answerNumber" })
      .min(0, { error: "validation.answerRange" })
      .max(10_000, { error: "validation.answerRange" }),
    [questionNames.climatePlan]: z.enum(climatePlanStates, { error: "validation.answerChoice" }),
    [questionNames.targetType]: z.enum(targetTypes, { error: "validation.answerChoice" }),
    [questionNames.targetYear]: year,
    [questionNames.baseYear]: year,
    [questionNames.targetReduction]: z
      .number({ error: "validation.answerNumber" })
      .min(0, { error: "validation.answerRange" })
      .max(100, { error: "validation.answerRange" }),
  };
  for (const question of scopeQuestionsFor(version, country)) {
    const values = question.options.map((o) => o.value) as [string, ...string[]];
    fields[questionNames.scope(question.id)] = z.enum(values, { error: "validation.answerChoice" });
  }
  for (const measure of askedMeasures(version, country)) {
    fields[questionNames.status(measure.id)] = z.enum(measureStatuses, { error: "validation.answerChoice" });
    fields[questionNames.year(measure.id)] = year;
    fields[questionNames.comment(measure.id)] = text(answerLimits.commentLength);
    fields[questionNames.evidence(measure.id)] = evidenceUrl;
    fields[questionNames.reason(measure.id)] = text(answerLimits.reasonLength);
  }
  return fields;
}

/**
 * Validates the changes of one save. Unknown questions, wrong types, values out of
 * range and oversized texts are problems; nothing of a save with a problem is stored.
 */
export function validateChanges(
  fields: Readonly<Record<string, z.ZodType<AnswerValue>>>,
  changes: unknown,
): { ok: true; changes: AnswerChanges } | { ok: false; problems: AnswerProblem[] } {
  if (changes === null || typeof changes !== "object" || Array.isArray(changes)) {
    return { ok: false, problems: [{ question: "", message: "validation.answersNotAnObject" }] };
  }
  const problems: AnswerProblem[] = [];
  const valid: Record<string, AnswerValue | null> = {};
  for (const [question, value] of Object.entries(changes)) {
    const schema = Object.hasOwn(fields, question) ? fields[question] : undefined;
    if (!schema) {
      problems.push({ question, message: "validation.unknownQuestion" });
      continue;
    }
    if (value === null) {
      valid[question] = null;
      continue;
    }
    const parsed = schema.safeParse(typeof value === "string" ? value.trim() : value);
    if (parsed.success) valid[question] = parsed.data;
    else problems.push({ question, message: parsed.error.issues[0]?.message ?? "validation.invalidValue" });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes: valid };
}

/** The answers after a save: changed values set, null and empty strings removed. */
export function applyChanges(answers: Answers, changes: AnswerChanges): Record<string, AnswerValue> {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const [question, value] of Object.entries(changes)) {
    if (value === null || value === "") delete next[question];
    else next[question] = value;
  }
  return next;
}

/**
 * What must be answered before submitting: the general and scope questions, a status
 * for every measure that is asked, and a reason for every "not applicable".
 */
export function missingAnswers(version: QuestionnaireVersion, country: Country, answers: Answers): string[] {
  const required = [
    questionNames.population,
    questionNames.climateStaff,
    questionNames.climatePlan,
    questionNames.targetType,
  ];
  const targetType = answers[questionNames.targetType];
  if (targetType === "net_zero" || targetType === "reduction") required.push(questionNames.targetYear);
  if (targetType === "reduction") required.push(questionNames.baseYear, questionNames.targetReduction);
  for (const question of scopeQuestionsFor(version, country)) required.push(questionNames.scope(question.id));
  for (const measure of askedMeasures(version, country)) {
    required.push(questionNames.status(measure.id));
    if (answers[questionNames.status(measure.id)] === "not_applicable") required.push(questionNames.reason(measure.id));
  }
  return required.filter((name) => answers[name] === undefined || answers[name] === "");
}

/** The statuses and scope answers scoring needs, read from the flat answers. */
export function scoringInput(version: QuestionnaireVersion, country: Country, answers: Answers) {
  const scopeAnswers: Record<string, string> = {};
  for (const question of scopeQuestionsFor(version, country)) {
    const value = answers[questionNames.scope(question.id)];
    if (typeof value === "string") scopeAnswers[question.id] = value;
  }
  const measureStatuses: Record<string, MeasureAnswerStatus> = {};
  for (const measure of version.measures) {
    const value = answers[questionNames.status(measure.id)];
    if (typeof value === "string" && (statusValues as readonly string[]).includes(value)) {
      measureStatuses[measure.id] = value as MeasureAnswerStatus;
    }
  }
  return { country, scopeAnswers, measureStatuses };
}

const statusValues: readonly string[] = measureStatuses;
