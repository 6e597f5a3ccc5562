/**
 * What the editor lists as a draft's problems: every problem of the questionnaire check,
 * under the message key the editor words it with, next to the field it is fixed in.
 * Pure: no I/O.
 */
import type { z } from "zod";
import { type CheckCode, type CheckParams, type CheckProblem, checkQuestionnaire, schemaProblem } from "./check";
import type { DraftVersion } from "./drafts";
import type { QuestionnaireVersion } from "./schema";

/** A problem of a draft, where it is and what to say (a message key of the app's locales). */
export interface DraftProblem {
  /** A dotted path into the version, e.g. "measures.3.title.ja". */
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The editor's message for each kind of check problem, and which of the problem's
 * parameters it names. Problems of the schema name none: their field says enough.
 */
const editorMessages: {
  readonly [C in CheckCode]: { key: string; params?: ReadonlyArray<keyof CheckParams[C]> };
} = {
  textTooShort: { key: "versions.errors.missingText" },
  textTooLong: { key: "versions.errors.tooLong" },
  tooFewItems: { key: "versions.errors.tooFew" },
  tooManyItems: { key: "versions.errors.range" },
  numberTooSmall: { key: "versions.errors.range" },
  numberTooBig: { key: "versions.errors.range" },
  notOneOf: { key: "versions.errors.choice" },
  badFormat: { key: "versions.errors.format" },
  wrongType: { key: "versions.errors.invalid" },
  unknownKeys: { key: "versions.errors.invalid" },
  conditionEffect: { key: "versions.errors.conditionEffect" },
  invalid: { key: "versions.errors.invalid" },
  duplicateMeasureId: { key: "versions.errors.duplicateId", params: ["id"] },
  idPrefix: { key: "versions.errors.idPrefix", params: ["prefix"] },
  duplicateQuestionId: { key: "versions.errors.duplicateId", params: ["id"] },
  questionPrefix: { key: "versions.errors.questionPrefix", params: ["prefix"] },
  duplicateOption: { key: "versions.errors.duplicateOption", params: ["value"] },
  unknownQuestion: { key: "versions.errors.unknownQuestion", params: ["id"] },
  unknownAnswer: { key: "versions.errors.unknownAnswer", params: ["id", "value"] },
  comparabilityUnknown: { key: "versions.errors.comparabilityUnknown", params: ["id"] },
  emptyField: { key: "versions.errors.emptyField", params: ["field"] },
  weightOrder: { key: "versions.errors.weightOrder", params: ["status", "lower"] },
  implementedWeight: { key: "versions.errors.implementedWeight", params: [] },
  factorOrder: { key: "versions.errors.factorOrder", params: ["level", "stronger"] },
  noneFactor: { key: "versions.errors.noneFactor", params: [] },
  depthOrder: { key: "versions.errors.depthOrder", params: [] },
  duplicateRetired: { key: "versions.errors.duplicateId", params: ["id"] },
  retiredReused: { key: "versions.errors.retiredReused", params: ["id"] },
  reusedAfterRetired: { key: "versions.errors.retiredReused", params: ["id"] },
  notRetired: { key: "versions.errors.notRetired", params: ["id", "version"] },
  retiredUnknown: { key: "versions.errors.retiredUnknown", params: ["id"] },
};

/** A check problem as the editor shows it. */
export function draftProblem(problem: CheckProblem): DraftProblem {
  const message = editorMessages[problem.code];
  if (!message.params) return { path: problem.path, key: message.key };
  const named = problem.params as Readonly<Record<string, string | number>>;
  const params = Object.fromEntries((message.params as readonly string[]).map((name) => [name, named[name] ?? ""]));
  return { path: problem.path, key: message.key, params };
}

/**
 * The message key of a zod issue of the draft's own schemas: their refusals name their
 * key (`versions.errors.tooLong`), every other issue is worded as the check words it.
 */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith("versions.")) return issue.message;
  return editorMessages[schemaProblem(issue).code].key;
}

const placeholder = "…";

/** The draft with every blank text filled, so that the checks beyond the texts can run. */
function withBlanksFilled(draft: DraftVersion): DraftVersion {
  return JSON.parse(JSON.stringify(draft, (_, value: unknown) => (value === "" ? placeholder : value))) as DraftVersion;
}

/**
 * Everything the zod schema and the questionnaire check find in a draft, with message
 * keys: the schema's problems (blank texts, too few options) and the cross-references
 * (unknown scope questions, reused ids, scoring order), even while texts are missing.
 */
export function draftProblems(draft: DraftVersion, earlier: readonly QuestionnaireVersion[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: DraftProblem) => {
    const signature = `${problem.path}|${problem.key}|${JSON.stringify(problem.params ?? {})}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    problems.push(problem);
  };
  const strict = checkQuestionnaire(draft, { earlier });
  if (strict.ok) return [];
  // Without a version the schema refused it: these are the schema's problems.
  if (!strict.version) for (const problem of strict.problems) add(draftProblem(problem));
  // With the blanks filled, the cross-reference checks run even while texts are missing.
  // When the filled draft still fails the schema, its problems are schema problems,
  // reported above; otherwise every problem left is a cross-reference problem.
  const filled = checkQuestionnaire(withBlanksFilled(draft), { earlier });
  if (filled.version) for (const problem of filled.problems) add(draftProblem(problem));
  return problems;
}

/** The problems under one part of the draft, with paths relative to it ("measures.3." → ""). */
export function problemsUnder(problems: readonly DraftProblem[], prefix: string): DraftProblem[] {
  const start = `${prefix}.`;
  return problems
    .filter((p) => p.path === prefix || p.path.startsWith(start))
    .map((p) => ({ ...p, path: p.path === prefix ? "" : p.path.slice(start.length) }));
}

/** The first problem per field, for a form: field name → problem. */
export function problemsByField(problems: readonly DraftProblem[]): Record<string, DraftProblem> {
  const byField: Record<string, DraftProblem> = {};
  for (const problem of problems) byField[problem.path || "form"] ??= problem;
  return byField;
}

export interface ProblemSummary {
  measures: Record<string, number>;
  scopeQuestions: Record<string, number>;
  /** Problems of the version as a whole, with where they are. */
  other: Array<DraftProblem & { where: "scoring" | "meta" | "retired" | "version" }>;
}

/** The draft's problems grouped by the page on which they are fixed. */
export function summariseProblems(draft: DraftVersion, problems: readonly DraftProblem[]): ProblemSummary {
  const summary: ProblemSummary = { measures: {}, scopeQuestions: {}, other: [] };
  for (const problem of problems) {
    const [part, index] = problem.path.split(".");
    if (part === "measures" && index !== undefined && /^\d+$/.test(index)) {
      const id = draft.measures[Number(index)]?.id ?? index;
      summary.measures[id] = (summary.measures[id] ?? 0) + 1;
    } else if (part === "scopeQuestions" && index !== undefined && /^\d+$/.test(index)) {
      const id = draft.scopeQuestions[Number(index)]?.id ?? index;
      summary.scopeQuestions[id] = (summary.scopeQuestions[id] ?? 0) + 1;
    } else {
      const where =
        part === "scoring"
          ? "scoring"
          : part === "title" || part === "summary"
            ? "meta"
            : part === "retired"
              ? "retired"
              : "version";
      summary.other.push({ ...problem, where });
    }
  }
  return summary;
}

export interface LocatedProblem extends DraftProblem {
  /** The measure or scope question the problem is in, when it is in one. */
  item: { kind: "measure" | "scopeQuestion"; id: string } | null;
  /** The path within that item (or the whole path). */
  field: string;
}

/** Problems with the id of the measure or question they belong to, for lists across the draft. */
export function locateProblems(draft: DraftVersion, problems: readonly DraftProblem[]): LocatedProblem[] {
  return problems.map((problem) => {
    const match = problem.path.match(/^(measures|scopeQuestions)\.(\d+)(?:\.(.*))?$/);
    if (!match) return { ...problem, item: null, field: problem.path };
    const index = Number(match[2]);
    const id = match[1] === "measures" ? draft.measures[index]?.id : draft.scopeQuestions[index]?.id;
    return {
      ...problem,
      item: id ? { kind: match[1] === "measures" ? "measure" : "scopeQuestion", id } : null,
      field: match[3] ?? "",
    };
  });
}
