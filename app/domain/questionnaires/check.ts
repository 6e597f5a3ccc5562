/**
 * Every check a questionnaire version must pass before it can be used or published:
 * the zod schema, then the cross-references a schema cannot express. A problem is a
 * code with its parameters, not a sentence: the locale files word it
 * (`versions.check.<code>`), for the command line and for the editor alike.
 */
import { z } from "zod";
import {
  type Country,
  type FieldOfAction,
  fieldsOfAction,
  type ImplementationStatus,
  implementationStatuses,
  type LegalScopeLevel,
  legalScopeLevels,
} from "#app/domain/vocabulary";
import { measureIdPrefixes, QuestionnaireVersion } from "./schema";

type None = Record<never, never>;

/** What each kind of problem names besides its place. */
export interface CheckParams {
  // The schema's problems, by the kind of zod issue. `bound` is a comparison such as ">=1".
  textTooShort: { bound: string };
  textTooLong: { bound: string };
  tooFewItems: { bound: string };
  tooManyItems: { bound: string };
  numberTooSmall: { bound: string };
  numberTooBig: { bound: string };
  notOneOf: { values: string };
  badFormat: { pattern: string };
  wrongType: { expected: string; received: string };
  unknownKeys: { keys: string; count: number };
  /** The schema's one refinement: a condition must have an effect. */
  conditionEffect: None;
  invalid: None;
  // Cross-references within the version.
  duplicateMeasureId: { id: string; other: string };
  idPrefix: { id: string; field: FieldOfAction; prefix: string };
  duplicateQuestionId: { id: string };
  questionPrefix: { id: string; country: Country; prefix: string };
  duplicateOption: { value: string; question: string };
  unknownQuestion: { id: string; measure: string };
  unknownAnswer: { id: string; value: string; measure: string };
  comparabilityUnknown: { id: string };
  emptyField: { field: FieldOfAction };
  weightOrder: { status: ImplementationStatus; lower: ImplementationStatus };
  implementedWeight: None;
  factorOrder: { level: LegalScopeLevel; stronger: LegalScopeLevel };
  noneFactor: None;
  depthOrder: None;
  // Retired ids, within the version and across versions.
  duplicateRetired: { id: string };
  retiredReused: { id: string };
  reusedAfterRetired: { id: string; version: number };
  notRetired: { id: string; version: number };
  retiredUnknown: { id: string };
}

export type CheckCode = keyof CheckParams;

export type CheckProblem = {
  [C in CheckCode]: {
    /** Where: a dotted path into the version, e.g. "measures.3.conditions.0.question". */
    path: string;
    code: C;
    params: CheckParams[C];
  };
}[CheckCode];

export type CheckResult =
  | { ok: true; version: QuestionnaireVersion; problems: [] }
  | { ok: false; version?: QuestionnaireVersion; problems: CheckProblem[] };

export interface CheckContext {
  /**
   * The versions published before this one. With them, the check also makes sure that
   * a measure id once used is never given to another measure: every earlier id is
   * either still asked or listed under `retired`, and a retired id stays retired.
   */
  earlier?: readonly QuestionnaireVersion[];
}

/** The locale key that words a problem. */
export function checkMessageKey(problem: CheckProblem): string {
  return `versions.check.${problem.code}`;
}

export function checkQuestionnaire(source: unknown, context: CheckContext = {}): CheckResult {
  // With the input in each issue, a wrong type can name what it received.
  const parsed = QuestionnaireVersion.safeParse(source, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(schemaProblem) };
  const version = parsed.data;
  const problems = [...crossReferenceProblems(version), ...retiredIdProblems(version, context.earlier ?? [])];
  return problems.length === 0 ? { ok: true, version, problems: [] } : { ok: false, version, problems };
}

const comparison = (issue: { inclusive?: boolean; exact?: boolean }, inclusive: string, exclusive: string) =>
  issue.exact ? "=" : issue.inclusive ? inclusive : exclusive;

/** A value as zod's own messages name it: strings quoted. */
const quoted = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/** A zod issue as a check problem: the kind of issue and what it names. */
export function schemaProblem(issue: z.core.$ZodIssue): CheckProblem {
  const path = issue.path.join(".");
  switch (issue.code) {
    case "too_small": {
      const bound = `${comparison(issue, ">=", ">")}${issue.minimum}`;
      if (issue.origin === "string") return { path, code: "textTooShort", params: { bound } };
      if (issue.origin === "array") return { path, code: "tooFewItems", params: { bound } };
      return { path, code: "numberTooSmall", params: { bound } };
    }
    case "too_big": {
      const bound = `${comparison(issue, "<=", "<")}${issue.maximum}`;
      if (issue.origin === "string") return { path, code: "textTooLong", params: { bound } };
      if (issue.origin === "array") return { path, code: "tooManyItems", params: { bound } };
      return { path, code: "numberTooBig", params: { bound } };
    }
    case "invalid_value":
      return { path, code: "notOneOf", params: { values: issue.values.map(quoted).join("|") } };
    case "invalid_format":
      return { path, code: "badFormat", params: { pattern: issue.pattern ?? issue.format } };
    case "invalid_type":
      return {
        path,
        code: "wrongType",
        params: { expected: issue.expected, received: z.core.util.parsedType(issue.input) },
      };
    case "unrecognized_keys":
      return {
        path,
        code: "unknownKeys",
        params: { keys: issue.keys.map(quoted).join(", "), count: issue.keys.length },
      };
    case "custom":
      return { path, code: "conditionEffect", params: {} };
    default:
      return { path, code: "invalid", params: {} };
  }
}

/** Retired ids within the version, and (given the earlier versions) across versions. */
function retiredIdProblems(version: QuestionnaireVersion, earlier: readonly QuestionnaireVersion[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const retired = version.retired ?? [];
  const retiredIndex = new Map<string, number>();
  retired.forEach((id, index) => {
    if (retiredIndex.has(id)) problems.push({ path: `retired.${index}`, code: "duplicateRetired", params: { id } });
    else retiredIndex.set(id, index);
  });
  version.measures.forEach((measure, index) => {
    if (retiredIndex.has(measure.id)) {
      problems.push({ path: `measures.${index}.id`, code: "retiredReused", params: { id: measure.id } });
    }
  });
  if (earlier.length === 0) return problems;

  const ordered = [...earlier].sort((a, b) => a.version - b.version);
  const latest = ordered.at(-1);
  /** Every id an earlier version asked or retired → the first version that did. */
  const used = new Map<string, number>();
  for (const previous of ordered) {
    for (const id of [...previous.measures.map((m) => m.id), ...(previous.retired ?? [])]) {
      if (!used.has(id)) used.set(id, previous.version);
    }
  }
  const asked = new Set(version.measures.map((m) => m.id));
  const askedBefore = new Set(latest?.measures.map((m) => m.id));
  version.measures.forEach((measure, index) => {
    const first = used.get(measure.id);
    if (first !== undefined && !askedBefore.has(measure.id)) {
      problems.push({
        path: `measures.${index}.id`,
        code: "reusedAfterRetired",
        params: { id: measure.id, version: first },
      });
    }
  });
  for (const [id, first] of used) {
    if (!asked.has(id) && !retiredIndex.has(id)) {
      problems.push({ path: "retired", code: "notRetired", params: { id, version: first } });
    }
  }
  retired.forEach((id, index) => {
    if (!used.has(id)) problems.push({ path: `retired.${index}`, code: "retiredUnknown", params: { id } });
  });
  return problems;
}

function crossReferenceProblems(version: QuestionnaireVersion): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const report = (problem: CheckProblem) => problems.push(problem);

  const firstMeasureIndex = new Map<string, number>();
  version.measures.forEach((measure, index) => {
    const path = `measures.${index}.id`;
    const earlier = firstMeasureIndex.get(measure.id);
    if (earlier !== undefined) {
      report({ path, code: "duplicateMeasureId", params: { id: measure.id, other: `measures.${earlier}` } });
    } else firstMeasureIndex.set(measure.id, index);
    const prefix = measureIdPrefixes[measure.field];
    if (measure.id.slice(0, 3) !== prefix) {
      report({ path, code: "idPrefix", params: { id: measure.id, field: measure.field, prefix } });
    }
  });

  const questions = new Map<string, ReadonlySet<string>>();
  version.scopeQuestions.forEach((question, index) => {
    const path = `scopeQuestions.${index}.id`;
    if (questions.has(question.id)) report({ path, code: "duplicateQuestionId", params: { id: question.id } });
    const prefix = `${question.country.toLowerCase()}_`;
    if (!question.id.startsWith(prefix)) {
      report({ path, code: "questionPrefix", params: { id: question.id, country: question.country, prefix } });
    }
    const values = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      if (values.has(option.value)) {
        report({
          path: `scopeQuestions.${index}.options.${optionIndex}.value`,
          code: "duplicateOption",
          params: { value: option.value, question: question.id },
        });
      }
      values.add(option.value);
    });
    questions.set(question.id, values);
  });

  version.measures.forEach((measure, index) => {
    measure.conditions.forEach((condition, conditionIndex) => {
      const path = `measures.${index}.conditions.${conditionIndex}`;
      const options = questions.get(condition.question);
      if (!options) {
        report({
          path: `${path}.question`,
          code: "unknownQuestion",
          params: { id: condition.question, measure: measure.id },
        });
        return;
      }
      condition.answers.forEach((answer, answerIndex) => {
        if (!options.has(answer)) {
          report({
            path: `${path}.answers.${answerIndex}`,
            code: "unknownAnswer",
            params: { id: condition.question, value: answer, measure: measure.id },
          });
        }
      });
    });
  });

  for (const item of Object.keys(version.comparability ?? {})) {
    if (!firstMeasureIndex.has(item) && !questions.has(item)) {
      report({ path: `comparability.${item}`, code: "comparabilityUnknown", params: { id: item } });
    }
  }

  for (const field of fieldsOfAction) {
    if (!version.measures.some((m) => m.field === field)) {
      report({ path: "measures", code: "emptyField", params: { field } });
    }
  }

  const { statusWeights, legalFactors, depthWeights } = version.scoring;
  // A higher status or a wider legal scope must never lower a score.
  implementationStatuses.slice(1).forEach((status, i) => {
    const lower = implementationStatuses[i];
    if (lower && statusWeights[status] < statusWeights[lower]) {
      report({ path: `scoring.statusWeights.${status}`, code: "weightOrder", params: { status, lower } });
    }
  });
  if (statusWeights.implemented !== 1) {
    report({ path: "scoring.statusWeights.implemented", code: "implementedWeight", params: {} });
  }
  const strongestFirst = [...legalScopeLevels];
  strongestFirst.slice(1).forEach((level, i) => {
    const stronger = strongestFirst[i];
    if (stronger && legalFactors[level] > legalFactors[stronger]) {
      report({ path: `scoring.legalFactors.${level}`, code: "factorOrder", params: { level, stronger } });
    }
  });
  if (legalFactors.none !== 0) report({ path: "scoring.legalFactors.none", code: "noneFactor", params: {} });
  if (!(depthWeights["1"] <= depthWeights["2"] && depthWeights["2"] <= depthWeights["3"])) {
    report({ path: "scoring.depthWeights", code: "depthOrder", params: {} });
  }
  return problems;
}
