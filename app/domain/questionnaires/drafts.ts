/**
 * Drafts of a questionnaire version, as researchers edit them in the browser. A draft
 * may hold what a published version may not yet: a text missing in a language, a
 * condition on a scope question that is still to be written. Everything else is as
 * strict as the published schema, so a save is refused only for values the form cannot
 * hold (an unknown level, a weight above 1) and everything the full check finds is
 * listed next to its field until it is fixed; publishing needs a draft without problems.
 * Pure: no I/O.
 */
import { z } from "zod";
import { type Country, type fieldsOfAction, type Locale, locales } from "#app/domain/vocabulary";
import { type CheckProblem, checkQuestionnaire } from "./check";
import {
  ClassLevel,
  Comparability,
  Country as CountrySchema,
  FieldOfAction,
  ImpactApproach,
  ImpactDepth,
  LegalScopeLevel,
  measureIdPattern,
  QuestionnaireVersion,
  RetiredMeasures,
  ScoringParameters,
  Sector,
} from "./schema";

export const textLimits = { text: 5000, basis: 1000, source: 1000, sources: 50, conditions: 30, options: 30 } as const;

const draftString = (max: number) => z.string().trim().max(max, { error: "versions.errors.tooLong" });

/** A text in three languages, any of which may still be blank in a draft. */
export const DraftText = z.strictObject({
  de: draftString(textLimits.text),
  en: draftString(textLimits.text),
  ja: draftString(textLimits.text),
});
export type DraftText = z.infer<typeof DraftText>;

const DraftLegalScope = z.strictObject({
  level: LegalScopeLevel,
  basis: draftString(textLimits.basis),
  reason: DraftText,
  uncertain: z.boolean(),
  sources: z
    .array(z.string().trim().min(1).max(textLimits.source, { error: "versions.errors.tooLong" }))
    .max(textLimits.sources, { error: "versions.errors.tooMany" })
    .default([]),
});

const DraftCondition = z
  .strictObject({
    question: z.string().min(1, { error: "versions.errors.required" }),
    answers: z.array(z.string()).min(1, { error: "versions.errors.chooseAnswer" }),
    practicalFactor: z
      .number({ error: "versions.errors.number" })
      .min(0, { error: "versions.errors.factorRange" })
      .max(1, { error: "versions.errors.factorRange" })
      .optional(),
    legalLevel: LegalScopeLevel.optional(),
    note: DraftText,
  })
  .refine((c) => c.practicalFactor !== undefined || c.legalLevel !== undefined, {
    error: "versions.errors.conditionEffect",
    path: ["practicalFactor"],
  });

export const DraftMeasure = z.strictObject({
  id: z.string().regex(measureIdPattern, { error: "versions.errors.measureId" }),
  field: FieldOfAction,
  approach: ImpactApproach,
  depth: ImpactDepth,
  sector: Sector,
  effort: ClassLevel,
  potential: ClassLevel,
  title: DraftText,
  description: DraftText,
  example: DraftText,
  legalScope: z.strictObject({ DE: DraftLegalScope, JP: DraftLegalScope, US: DraftLegalScope }),
  conditions: z.array(DraftCondition).max(textLimits.conditions, { error: "versions.errors.tooMany" }).default([]),
});
export type DraftMeasure = z.infer<typeof DraftMeasure>;

export const scopeQuestionIdPattern = /^(de|jp|us)_[a-z0-9_]+$/;
const optionValuePattern = /^[a-z][a-z0-9_]*$/;

export const DraftScopeQuestion = z.strictObject({
  id: z.string().max(60, { error: "versions.errors.tooLong" }).regex(scopeQuestionIdPattern, {
    error: "versions.errors.questionId",
  }),
  country: CountrySchema,
  text: DraftText,
  help: DraftText.optional(),
  options: z
    .array(
      z.strictObject({
        value: z.string().max(60, { error: "versions.errors.tooLong" }).regex(optionValuePattern, {
          error: "versions.errors.optionValue",
        }),
        text: DraftText,
      }),
    )
    .max(textLimits.options, { error: "versions.errors.tooMany" }),
});
export type DraftScopeQuestion = z.infer<typeof DraftScopeQuestion>;

export const DraftMeta = z.strictObject({ title: DraftText, summary: DraftText });
export type DraftMeta = z.infer<typeof DraftMeta>;

export const DraftVersion = z.strictObject({
  version: z.number().int().positive(),
  title: DraftText,
  summary: DraftText,
  scopeQuestions: z.array(DraftScopeQuestion),
  measures: z.array(DraftMeasure),
  scoring: ScoringParameters,
  comparability: Comparability.optional(),
  retired: RetiredMeasures.optional(),
});
export type DraftVersion = z.infer<typeof DraftVersion>;

export type ComparabilityDecision = "comparable" | "not_comparable";

/** A problem of a draft, where it is and what to say (a message key of the app's locales). */
export interface DraftProblem {
  /** A dotted path into the version, e.g. "measures.3.title.ja". */
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A new draft from a published version: the next number, no comparability decisions yet. */
export function draftFromPublished(version: QuestionnaireVersion): DraftVersion {
  const { comparability: _, ...rest } = structuredClone(version);
  return { ...rest, version: version.version + 1 };
}

/** The languages in which a text is still blank. */
export function missingLanguages(text: { readonly [L in Locale]: string } | undefined): Locale[] {
  if (!text) return [];
  return locales.filter((locale) => text[locale].trim() === "");
}

/** Every language missing somewhere in a measure (its texts, its legal reasons, its condition notes). */
export function measureMissingLanguages(measure: DraftMeasure): Locale[] {
  const texts = [
    measure.title,
    measure.description,
    measure.example,
    ...Object.values(measure.legalScope).map((scope) => scope.reason),
    ...measure.conditions.map((condition) => condition.note),
  ];
  return locales.filter((locale) => texts.some((text) => text[locale].trim() === ""));
}

export function scopeQuestionMissingLanguages(question: DraftScopeQuestion): Locale[] {
  const texts = [question.text, ...(question.help ? [question.help] : []), ...question.options.map((o) => o.text)];
  return locales.filter((locale) => texts.some((text) => text[locale].trim() === ""));
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
  for (const issue of schemaIssues(draft)) add(issue);
  // With the blanks filled, the cross-reference checks run even while texts are missing.
  // When the filled draft still fails the schema, its problems are schema problems,
  // reported above; otherwise every problem left is a cross-reference problem.
  const filled = checkQuestionnaire(withBlanksFilled(draft), { earlier });
  if (filled.version) {
    for (const problem of filled.problems) {
      add(
        problemKey(problem) ?? {
          path: problem.path,
          key: "versions.errors.check",
          params: { message: problem.message },
        },
      );
    }
  }
  return problems;
}

function schemaIssues(draft: DraftVersion): DraftProblem[] {
  const result = QuestionnaireVersion.safeParse(draft);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join("."), key: issueKey(issue) }));
}

function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith("versions.")) return issue.message;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return "versions.errors.missingText";
      if (issue.origin === "array") return "versions.errors.tooFew";
      return "versions.errors.range";
    case "too_big":
      return issue.origin === "string" ? "versions.errors.tooLong" : "versions.errors.range";
    case "invalid_value":
      return "versions.errors.choice";
    case "invalid_format":
      return "versions.errors.format";
    case "custom":
      return "versions.errors.conditionEffect";
    default:
      return "versions.errors.invalid";
  }
}

/** The questionnaire check's problems (plain English for the command line) as message keys. */
const checkMessages: ReadonlyArray<[RegExp, string, (match: RegExpMatchArray) => Record<string, string>]> = [
  [/^duplicate measure id (\S+)/, "versions.errors.duplicateId", (m) => ({ id: m[1] ?? "" })],
  [/^(\S+) is in field \S+, whose ids start with (\w+)/, "versions.errors.idPrefix", (m) => ({ prefix: m[2] ?? "" })],
  [/^duplicate scope question id (\S+)/, "versions.errors.duplicateId", (m) => ({ id: m[1] ?? "" })],
  [
    /^\S+ belongs to (\w+); its id must start with (\S+)/,
    "versions.errors.questionPrefix",
    (m) => ({
      prefix: m[2] ?? "",
    }),
  ],
  [/^duplicate option (\S+)/, "versions.errors.duplicateOption", (m) => ({ value: m[1] ?? "" })],
  [/refers to unknown scope question (\S+)/, "versions.errors.unknownQuestion", (m) => ({ id: m[1] ?? "" })],
  [/^(\S+) has no answer (\S+)/, "versions.errors.unknownAnswer", (m) => ({ id: m[1] ?? "", value: m[2] ?? "" })],
  [
    /^(\S+) is neither a measure nor a scope question/,
    "versions.errors.comparabilityUnknown",
    (m) => ({
      id: m[1] ?? "",
    }),
  ],
  [/^no measure in field of action (\w+)/, "versions.errors.emptyField", (m) => ({ field: m[1] ?? "" })],
  [
    /^weight of (\w+) is below that of (\w+)/,
    "versions.errors.weightOrder",
    (m) => ({
      status: m[1] ?? "",
      lower: m[2] ?? "",
    }),
  ],
  [/^implemented must weigh 1/, "versions.errors.implementedWeight", () => ({})],
  [
    /^factor of (\w+) is above that of (\w+)/,
    "versions.errors.factorOrder",
    (m) => ({
      level: m[1] ?? "",
      stronger: m[2] ?? "",
    }),
  ],
  [/^a measure outside the legal scope must count 0/, "versions.errors.noneFactor", () => ({})],
  [/^depth weights must not decrease/, "versions.errors.depthOrder", () => ({})],
  [/^duplicate retired id (\S+)/, "versions.errors.duplicateId", (m) => ({ id: m[1] ?? "" })],
  [/^(\S+) is retired and cannot be used again/, "versions.errors.retiredReused", (m) => ({ id: m[1] ?? "" })],
  [/^(\S+) was used in version (\d+) and retired/, "versions.errors.retiredReused", (m) => ({ id: m[1] ?? "" })],
  [
    /^(\S+) of version (\d+) is neither asked nor listed as retired/,
    "versions.errors.notRetired",
    (m) => ({
      id: m[1] ?? "",
      version: m[2] ?? "",
    }),
  ],
  [/^(\S+) was never a measure of an earlier version/, "versions.errors.retiredUnknown", (m) => ({ id: m[1] ?? "" })],
];

/** A cross-reference problem of the questionnaire check as a message key (null: not known here). */
export function problemKey(problem: CheckProblem): DraftProblem | null {
  for (const [pattern, key, params] of checkMessages) {
    const match = problem.message.match(pattern);
    if (match) return { path: problem.path, key, params: params(match) };
  }
  return null;
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

// ---------------------------------------------------------------------------------------
// Reading the forms. A form is read through get/getAll, as FormData offers them.

export interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const textOf = (form: FormLike, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

function localizedFrom(form: FormLike, name: string): DraftText {
  return { de: textOf(form, `${name}.de`), en: textOf(form, `${name}.en`), ja: textOf(form, `${name}.ja`) };
}

const blankText = (): DraftText => ({ de: "", en: "", ja: "" });
const isBlank = (text: DraftText) => locales.every((locale) => text[locale].trim() === "");

/** The row numbers of a repeated group ("conditions.3.question" → 3), in order. */
function rowIndexes(group: string, names: readonly string[]): number[] {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  for (const name of names) {
    const match = name.match(pattern);
    if (match?.[1] && Number(match[1]) < 1000) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

const numberOrUndefined = (value: string): number | string | undefined => {
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: DraftProblem[]; value: unknown };

function parseWith<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    value,
    problems: result.error.issues.map((issue) => ({ path: issue.path.join("."), key: issueKey(issue) })),
  };
}

/**
 * A measure from its form. Field names follow the paths of the schema ("title.de",
 * "legalScope.JP.level", "conditions.0.answers"), so problems land next to their field.
 */
export function measureFromForm(
  form: FormLike,
  names: readonly string[],
  id: string,
  field: string,
): Parsed<DraftMeasure> {
  const scope = (country: Country) => ({
    level: textOf(form, `legalScope.${country}.level`),
    basis: textOf(form, `legalScope.${country}.basis`),
    reason: localizedFrom(form, `legalScope.${country}.reason`),
    uncertain: form.get(`legalScope.${country}.uncertain`) === "on",
    sources: textOf(form, `legalScope.${country}.sources`)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  });
  const conditions = rowIndexes("conditions", names).map((i) => {
    const factor = numberOrUndefined(textOf(form, `conditions.${i}.practicalFactor`));
    const level = textOf(form, `conditions.${i}.legalLevel`);
    return {
      question: textOf(form, `conditions.${i}.question`),
      answers: form.getAll(`conditions.${i}.answers`).filter((v): v is string => typeof v === "string"),
      ...(factor === undefined ? {} : { practicalFactor: factor }),
      ...(level === "" ? {} : { legalLevel: level }),
      note: localizedFrom(form, `conditions.${i}.note`),
    };
  });
  const depth = numberOrUndefined(textOf(form, "depth"));
  return parseWith(DraftMeasure, {
    id,
    field,
    approach: textOf(form, "approach"),
    depth,
    sector: textOf(form, "sector"),
    effort: textOf(form, "effort"),
    potential: textOf(form, "potential"),
    title: localizedFrom(form, "title"),
    description: localizedFrom(form, "description"),
    example: localizedFrom(form, "example"),
    legalScope: { DE: scope("DE"), JP: scope("JP"), US: scope("US") },
    conditions,
  });
}

/** A scope question from its form; id and country come from the form only for a new one. */
export function scopeQuestionFromForm(
  form: FormLike,
  names: readonly string[],
  fixed: { id: string; country: string } | null,
): Parsed<DraftScopeQuestion> {
  const help = localizedFrom(form, "help");
  const options = rowIndexes("options", names).map((i) => ({
    value: textOf(form, `options.${i}.value`).trim(),
    text: localizedFrom(form, `options.${i}.text`),
  }));
  const country = fixed?.country ?? textOf(form, "country");
  const id = fixed?.id ?? `${country.toLowerCase()}_${textOf(form, "idSuffix").trim()}`;
  return parseWith(DraftScopeQuestion, {
    id,
    country,
    text: localizedFrom(form, "text"),
    ...(isBlank(help) ? {} : { help }),
    options,
  });
}

export function scoringFromForm(form: FormLike): Parsed<z.output<typeof ScoringParameters>> {
  const number = (name: string) => numberOrUndefined(textOf(form, name));
  return parseWith(ScoringParameters, {
    statusWeights: {
      not_started: number("statusWeights.not_started"),
      planned: number("statusWeights.planned"),
      decided: number("statusWeights.decided"),
      in_progress: number("statusWeights.in_progress"),
      implemented: number("statusWeights.implemented"),
    },
    depthWeights: { "1": number("depthWeights.1"), "2": number("depthWeights.2"), "3": number("depthWeights.3") },
    legalFactors: {
      mandatory: number("legalFactors.mandatory"),
      full: number("legalFactors.full"),
      partial: number("legalFactors.partial"),
      none: number("legalFactors.none"),
    },
    classValues: {
      low: number("classValues.low"),
      medium: number("classValues.medium"),
      high: number("classValues.high"),
    },
    minimumPeerGroupSize: number("minimumPeerGroupSize"),
  });
}

export function metaFromForm(form: FormLike): Parsed<DraftMeta> {
  return parseWith(DraftMeta, { title: localizedFrom(form, "title"), summary: localizedFrom(form, "summary") });
}

export function comparabilityFromForm(form: FormLike): ComparabilityDecision | null {
  const value = form.get("comparability");
  return value === "comparable" || value === "not_comparable" ? value : null;
}

// ---------------------------------------------------------------------------------------
// Changing a draft. Each function returns a new draft; the input stays as it was.

export type EditResult = { ok: true; draft: DraftVersion } | { ok: false; key: string };

const fieldPrefixes: Record<(typeof fieldsOfAction)[number], string> = {
  development_planning: "DEV",
  municipal_assets: "MUN",
  supply_disposal: "SUP",
  mobility: "MOB",
  internal_organisation: "ORG",
  communication_cooperation: "COM",
};

/**
 * The id for a new measure in a field: one above every number its prefix ever had, in
 * this draft, its retired list and every earlier version, so a retired id is never
 * given again. Null when the field's two digits are used up.
 */
export function nextMeasureId(
  field: (typeof fieldsOfAction)[number],
  draft: DraftVersion,
  earlier: readonly QuestionnaireVersion[],
): string | null {
  const prefix = fieldPrefixes[field];
  const ids = [
    ...draft.measures.map((m) => m.id),
    ...(draft.retired ?? []),
    ...earlier.flatMap((v) => [...v.measures.map((m) => m.id), ...(v.retired ?? [])]),
  ];
  const highest = ids
    .filter((id) => id.startsWith(`${prefix}-`))
    .map((id) => Number(id.slice(4)))
    .reduce((max, n) => Math.max(max, n), 0);
  return highest >= 99 ? null : `${prefix}-${String(highest + 1).padStart(2, "0")}`;
}

function withComparability(
  draft: DraftVersion,
  item: string,
  decision: ComparabilityDecision | null | undefined,
): DraftVersion {
  if (decision === undefined) return draft;
  const { [item]: _, ...others } = draft.comparability ?? {};
  const comparability = decision ? { ...others, [item]: decision } : others;
  const { comparability: __, ...rest } = draft;
  return Object.keys(comparability).length > 0 ? { ...rest, comparability } : rest;
}

/** Puts a changed measure in place, or a new one at the end of its field of action. */
export function putMeasure(
  draft: DraftVersion,
  measure: DraftMeasure,
  options: { isNew: boolean; comparability?: ComparabilityDecision | null },
): EditResult {
  const index = draft.measures.findIndex((m) => m.id === measure.id);
  if (options.isNew) {
    if (index >= 0 || (draft.retired ?? []).includes(measure.id)) return { ok: false, key: "versions.errors.idTaken" };
    const lastOfField = draft.measures.findLastIndex((m) => m.field === measure.field);
    const measures = [...draft.measures];
    measures.splice(lastOfField >= 0 ? lastOfField + 1 : measures.length, 0, measure);
    return { ok: true, draft: { ...draft, measures } };
  }
  const current = draft.measures[index];
  if (!current) return { ok: false, key: "versions.errors.measureGone" };
  // The id names the field of action: a measure cannot move to another field.
  const measures = draft.measures.map((m, i) => (i === index ? { ...measure, field: current.field } : m));
  return { ok: true, draft: withComparability({ ...draft, measures }, measure.id, options.comparability) };
}

/**
 * Takes a measure out of the draft. One the base version asked is retired (its id is
 * kept so it is never reused); one added in this draft was never published and simply goes.
 */
export function retireMeasure(draft: DraftVersion, id: string, base: QuestionnaireVersion | null): EditResult {
  if (!draft.measures.some((m) => m.id === id)) return { ok: false, key: "versions.errors.measureGone" };
  const measures = draft.measures.filter((m) => m.id !== id);
  const published = base?.measures.some((m) => m.id === id) ?? false;
  const retired = published ? [...(draft.retired ?? []), id] : draft.retired;
  const { retired: _, ...rest } = withComparability({ ...draft, measures }, id, null);
  return { ok: true, draft: retired && retired.length > 0 ? { ...rest, retired } : rest };
}

/** Undoes a retirement made in this draft: the measure comes back as the base version had it. */
export function restoreMeasure(draft: DraftVersion, id: string, base: QuestionnaireVersion | null): EditResult {
  const measure = base?.measures.find((m) => m.id === id);
  const retiredBefore = base?.retired?.includes(id) ?? false;
  if (!measure || retiredBefore || !(draft.retired ?? []).includes(id)) {
    return { ok: false, key: "versions.errors.cannotRestore" };
  }
  const retired = (draft.retired ?? []).filter((r) => r !== id);
  const { retired: _, ...rest } = draft;
  const restored = putMeasure(retired.length > 0 ? { ...rest, retired } : rest, structuredClone(measure), {
    isNew: true,
  });
  return restored;
}

/** The measures retired by this draft (not by an earlier version): these may still come back. */
export function retiredInDraft(draft: DraftVersion, base: QuestionnaireVersion | null): string[] {
  const before = new Set(base?.retired ?? []);
  return (draft.retired ?? []).filter((id) => !before.has(id));
}

export function putScopeQuestion(
  draft: DraftVersion,
  question: DraftScopeQuestion,
  options: { isNew: boolean; comparability?: ComparabilityDecision | null },
): EditResult {
  const index = draft.scopeQuestions.findIndex((q) => q.id === question.id);
  if (options.isNew) {
    if (index >= 0) return { ok: false, key: "versions.errors.idTaken" };
    return { ok: true, draft: { ...draft, scopeQuestions: [...draft.scopeQuestions, question] } };
  }
  if (index < 0) return { ok: false, key: "versions.errors.questionGone" };
  const scopeQuestions = draft.scopeQuestions.map((q, i) => (i === index ? question : q));
  return { ok: true, draft: withComparability({ ...draft, scopeQuestions }, question.id, options.comparability) };
}

/** Removes a scope question no measure's condition refers to. */
export function removeScopeQuestion(draft: DraftVersion, id: string): EditResult {
  if (!draft.scopeQuestions.some((q) => q.id === id)) return { ok: false, key: "versions.errors.questionGone" };
  const usedBy = draft.measures.filter((m) => m.conditions.some((c) => c.question === id));
  if (usedBy.length > 0) return { ok: false, key: "versions.errors.questionInUse" };
  const scopeQuestions = draft.scopeQuestions.filter((q) => q.id !== id);
  return { ok: true, draft: withComparability({ ...draft, scopeQuestions }, id, null) };
}

/** A blank measure for the form of a new one: every level "full", every text still to write. */
export function blankMeasure(id: string, field: (typeof fieldsOfAction)[number]): DraftMeasure {
  const scope = () => ({ level: "full" as const, basis: "", reason: blankText(), uncertain: false, sources: [] });
  return {
    id,
    field,
    approach: "consume",
    depth: 1,
    sector: "cross_cutting",
    effort: "medium",
    potential: "medium",
    title: blankText(),
    description: blankText(),
    example: blankText(),
    legalScope: { DE: scope(), JP: scope(), US: scope() },
    conditions: [],
  };
}

export function blankScopeQuestion(country: Country): DraftScopeQuestion {
  return {
    id: `${country.toLowerCase()}_`,
    country,
    text: blankText(),
    options: [
      { value: "", text: blankText() },
      { value: "", text: blankText() },
    ],
  };
}

/**
 * The draft for the preview in one language: blank texts of that language show a marker
 * instead of nothing, so a missing translation is visible where respondents would read it.
 */
export function draftForPreview(draft: DraftVersion, locale: Locale, marker: string): QuestionnaireVersion {
  const filled = JSON.parse(
    JSON.stringify(draft, (key, value: unknown) => (key === locale && value === "" ? marker : value)),
  ) as DraftVersion;
  return filled as QuestionnaireVersion;
}

export interface Difference {
  path: string;
  theirs: string;
  yours: string;
}

function leaves(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      leaves(item, prefix ? `${prefix}.${i}` : String(i), out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) leaves(item, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) out.set(prefix, String(value));
  return out;
}

/** Where two versions of one part differ, field by field (for a stale save's conflict view). */
export function differences(theirs: unknown, yours: unknown): Difference[] {
  const a = leaves(theirs, "", new Map());
  const b = leaves(yours, "", new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((path) => (a.get(path) ?? "") !== (b.get(path) ?? ""))
    .map((path) => ({ path, theirs: a.get(path) ?? "", yours: b.get(path) ?? "" }));
}

/** Records comparability decisions for several items at once (null clears one). */
export function setComparability(
  draft: DraftVersion,
  decisions: Readonly<Record<string, ComparabilityDecision | null>>,
): EditResult {
  let next = draft;
  for (const [item, decision] of Object.entries(decisions)) {
    const known = draft.measures.some((m) => m.id === item) || draft.scopeQuestions.some((q) => q.id === item);
    if (!known) return { ok: false, key: "versions.errors.measureGone" };
    next = withComparability(next, item, decision);
  }
  return { ok: true, draft: next };
}
