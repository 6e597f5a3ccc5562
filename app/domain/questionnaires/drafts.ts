/**
 * Drafts of a questionnaire version, as researchers edit them in the browser. A draft
 * may hold what a published version may not yet: a text missing in a language, a
 * condition on a scope question that is still to be written. Everything else is as
 * strict as the published schema, so a save is refused only for values the form cannot
 * hold (an unknown level, a weight above 1) and everything the full check finds is
 * listed next to its field until it is fixed (draft-problems.ts); publishing needs a draft
 * without problems. Its forms are read in draft-forms.ts and it is changed in draft-edits.ts.
 * Pure: no I/O.
 */
import { z } from "zod";
import { type Country, type Locale, locales } from "#app/domain/vocabulary";
import {
  ClassLevel,
  Comparability,
  Country as CountrySchema,
  FieldOfAction,
  ImpactApproach,
  ImpactDepth,
  LegalScopeLevel,
  measureIdPattern,
  type QuestionnaireVersion,
  RetiredMeasures,
  ScoringParameters,
  Sector,
} from "./schema";

/** The most a draft holds; the forms take their limits from here. */
export const textLimits = {
  text: 5000,
  basis: 1000,
  source: 1000,
  sources: 50,
  conditions: 30,
  options: 30,
  /** A scope question's id and an answer's value. */
  identifier: 60,
} as const;

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
  id: z.string().max(textLimits.identifier, { error: "versions.errors.tooLong" }).regex(scopeQuestionIdPattern, {
    error: "versions.errors.questionId",
  }),
  country: CountrySchema,
  text: DraftText,
  help: DraftText.optional(),
  options: z
    .array(
      z.strictObject({
        value: z.string().max(textLimits.identifier, { error: "versions.errors.tooLong" }).regex(optionValuePattern, {
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

const blankText = (): DraftText => ({ de: "", en: "", ja: "" });

/** A blank measure for the form of a new one: every level "full", every text still to write. */
export function blankMeasure(id: string, field: FieldOfAction): DraftMeasure {
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
