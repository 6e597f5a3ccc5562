/**
 * The shape of one questionnaire version: measure catalogue, country scope matrix,
 * practical-scope questions and scoring parameters. This zod schema is the single
 * source of that shape; the TypeScript types below are inferred from it.
 */
import { z } from "zod";
import {
  classLevels,
  countries,
  fieldsOfAction,
  impactApproaches,
  implementationStatuses,
  legalScopeLevels,
  locales,
  sectors,
} from "#app/domain/vocabulary";

export * from "#app/domain/vocabulary";

export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
export const Country = z.enum(countries);
export type Country = z.infer<typeof Country>;
export const FieldOfAction = z.enum(fieldsOfAction);
export type FieldOfAction = z.infer<typeof FieldOfAction>;
export const ImpactApproach = z.enum(impactApproaches);
export type ImpactApproach = z.infer<typeof ImpactApproach>;
export const ImpactDepth = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type ImpactDepth = z.infer<typeof ImpactDepth>;
export const Sector = z.enum(sectors);
export type Sector = z.infer<typeof Sector>;
export const ClassLevel = z.enum(classLevels);
export type ClassLevel = z.infer<typeof ClassLevel>;
export const LegalScopeLevel = z.enum(legalScopeLevels);
export type LegalScopeLevel = z.infer<typeof LegalScopeLevel>;
export const ImplementationStatus = z.enum(implementationStatuses);
export type ImplementationStatus = z.infer<typeof ImplementationStatus>;

const nonBlank = z.string().trim().min(1);

/** A text every respondent reads: present and non-blank in all three languages. */
export const LocalizedText = z.strictObject({ de: nonBlank, en: nonBlank, ja: nonBlank });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LegalScope = z.strictObject({
  level: LegalScopeLevel,
  /** The citation: law and section, or the court decision, in its official wording. */
  basis: nonBlank,
  /** One line on why this level applies. */
  reason: LocalizedText,
  /** True where sources were missing or conflicting: the level is a best reading, to verify. */
  uncertain: z.boolean(),
  /** Where the facts come from (URLs or document references). */
  sources: z.array(nonBlank).default([]),
});
export type LegalScope = z.infer<typeof LegalScope>;

export const ScopeQuestionOption = z.strictObject({
  value: z.string().regex(/^[a-z][a-z0-9_]*$/),
  text: LocalizedText,
});

/** A practical-scope question, asked only of municipalities in its country. */
export const ScopeQuestion = z.strictObject({
  id: z.string().regex(/^(de|jp|us)_[a-z0-9_]+$/),
  country: Country,
  text: LocalizedText,
  help: LocalizedText.optional(),
  options: z.array(ScopeQuestionOption).min(2),
});
export type ScopeQuestion = z.infer<typeof ScopeQuestion>;

/**
 * A declarative rule: when the city's answer to `question` is one of `answers`, the
 * measure's practical factor is capped at `practicalFactor` and/or its legal level
 * becomes `legalLevel` (for obligations some Länder, states or size classes add).
 */
export const ScopeCondition = z
  .strictObject({
    question: z.string(),
    answers: z.array(z.string()).min(1),
    practicalFactor: z.number().min(0).max(1).optional(),
    legalLevel: LegalScopeLevel.optional(),
    note: LocalizedText,
  })
  .refine((c) => c.practicalFactor !== undefined || c.legalLevel !== undefined, {
    message: "a condition must set practicalFactor or legalLevel",
  });
export type ScopeCondition = z.infer<typeof ScopeCondition>;

export const measureIdPattern = /^(DEV|MUN|SUP|MOB|ORG|COM)-\d{2}$/;

/** The prefix of each field of action's measure ids: an id names its field. */
export const measureIdPrefixes = {
  development_planning: "DEV",
  municipal_assets: "MUN",
  supply_disposal: "SUP",
  mobility: "MOB",
  internal_organisation: "ORG",
  communication_cooperation: "COM",
} as const satisfies Record<FieldOfAction, string>;

export const Measure = z.strictObject({
  /** Stable across versions; a retired id is never reused. */
  id: z.string().regex(measureIdPattern),
  field: FieldOfAction,
  approach: ImpactApproach,
  depth: ImpactDepth,
  sector: Sector,
  effort: ClassLevel,
  potential: ClassLevel,
  title: LocalizedText,
  description: LocalizedText,
  example: LocalizedText,
  legalScope: z.strictObject({ DE: LegalScope, JP: LegalScope, US: LegalScope }),
  conditions: z.array(ScopeCondition).default([]),
});
export type Measure = z.infer<typeof Measure>;
export type MeasureSource = z.input<typeof Measure>;

const weight = z.number().min(0).max(1);

export const ScoringParameters = z.strictObject({
  statusWeights: z.strictObject({
    not_started: weight,
    planned: weight,
    decided: weight,
    in_progress: weight,
    implemented: weight,
  }),
  depthWeights: z.strictObject({
    "1": z.number().positive(),
    "2": z.number().positive(),
    "3": z.number().positive(),
  }),
  legalFactors: z.strictObject({ mandatory: weight, full: weight, partial: weight, none: weight }),
  /** Numeric value of the low / medium / high classes of potential and effort. */
  classValues: z.strictObject({
    low: z.number().positive(),
    medium: z.number().positive(),
    high: z.number().positive(),
  }),
  /** Peer groups smaller than this are never shown. */
  minimumPeerGroupSize: z.number().int().min(2),
});
export type ScoringParameters = z.infer<typeof ScoringParameters>;

export const QuestionnaireVersionMeta = z.strictObject({
  version: z.number().int().positive(),
  title: LocalizedText,
  /** What changed since the previous version, for researchers and respondents. */
  summary: LocalizedText,
});

/**
 * For measures and scope questions that changed since the previous version: whether
 * earlier answers stay comparable (carried over, to confirm) or not (asked again,
 * with the earlier answer shown). Absent in a first version.
 */
export const Comparability = z.record(z.string(), z.enum(["comparable", "not_comparable"]));

/**
 * Ids of measures no longer asked, from this and every earlier version: kept so that a
 * retired id is never given to another measure. Absent until a measure is retired.
 */
export const RetiredMeasures = z.array(z.string().regex(measureIdPattern));

export const QuestionnaireVersion = QuestionnaireVersionMeta.extend({
  scopeQuestions: z.array(ScopeQuestion),
  measures: z.array(Measure).min(1),
  scoring: ScoringParameters,
  comparability: Comparability.optional(),
  retired: RetiredMeasures.optional(),
});
export type QuestionnaireVersion = z.infer<typeof QuestionnaireVersion>;
export type QuestionnaireVersionSource = z.input<typeof QuestionnaireVersion>;
