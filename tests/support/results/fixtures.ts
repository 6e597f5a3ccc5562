/**
 * Test-only: small questionnaire versions built here (never the real catalogue, which
 * changes with research rounds) and fast-check arbitraries for property tests. Every
 * version goes through QuestionnaireVersion.parse, so fixtures stay valid per the schema.
 */
import fc from "fast-check";
import {
  type ClassLevel,
  type Country,
  countries,
  type FieldOfAction,
  fieldsOfAction,
  type ImpactApproach,
  type ImpactDepth,
  impactApproaches,
  implementationStatuses,
  type LegalScopeLevel,
  legalScopeLevels,
  type MeasureSource,
  QuestionnaireVersion,
  type QuestionnaireVersionSource,
  type Sector,
  sectors,
} from "#app/domain/questionnaires/schema";
import type { MeasureStatus, ProfileInput } from "#app/domain/results/profile";

export const text = (s: string) => ({ de: `${s} (de)`, en: s, ja: `${s} (ja)` });

export interface ConditionSpec {
  readonly question: string;
  readonly answers: readonly string[];
  readonly practicalFactor?: number;
  readonly legalLevel?: LegalScopeLevel;
}

export interface MeasureSpec {
  readonly id: string;
  readonly field: FieldOfAction;
  readonly approach: ImpactApproach;
  readonly depth: ImpactDepth;
  readonly sector: Sector;
  readonly effort?: ClassLevel;
  readonly potential?: ClassLevel;
  /** One level for all three countries, or one per country. */
  readonly legal: LegalScopeLevel | Readonly<Record<Country, LegalScopeLevel>>;
  readonly conditions?: readonly ConditionSpec[];
}

export function measure(spec: MeasureSpec): MeasureSource {
  const levelIn = (country: Country): LegalScopeLevel =>
    typeof spec.legal === "string" ? spec.legal : spec.legal[country];
  const legal = (country: Country) => ({
    level: levelIn(country),
    basis: `Test law § ${country}`,
    reason: text(`why ${country}`),
    uncertain: false,
  });
  return {
    id: spec.id,
    field: spec.field,
    approach: spec.approach,
    depth: spec.depth,
    sector: spec.sector,
    effort: spec.effort ?? "medium",
    potential: spec.potential ?? "medium",
    title: text(spec.id),
    description: text(`${spec.id} description`),
    example: text(`${spec.id} example`),
    legalScope: { DE: legal("DE"), JP: legal("JP"), US: legal("US") },
    conditions: (spec.conditions ?? []).map((c, i) => ({
      question: c.question,
      answers: [...c.answers],
      ...(c.practicalFactor === undefined ? {} : { practicalFactor: c.practicalFactor }),
      ...(c.legalLevel === undefined ? {} : { legalLevel: c.legalLevel }),
      note: text(`${spec.id} condition ${i}`),
    })),
  };
}

export interface QuestionSpec {
  readonly id: string;
  readonly country: Country;
  readonly options: readonly string[];
}

export const defaultScoring: QuestionnaireVersionSource["scoring"] = {
  statusWeights: { not_started: 0, planned: 0.25, decided: 0.5, in_progress: 0.75, implemented: 1 },
  depthWeights: { "1": 1, "2": 2, "3": 3 },
  legalFactors: { mandatory: 1, full: 1, partial: 0.5, none: 0 },
  classValues: { low: 1, medium: 2, high: 3 },
  minimumPeerGroupSize: 5,
};

export function buildVersion(parts: {
  readonly measures: readonly MeasureSource[];
  readonly scopeQuestions?: readonly QuestionSpec[];
  readonly scoring?: QuestionnaireVersionSource["scoring"];
  readonly version?: number;
}): QuestionnaireVersion {
  return QuestionnaireVersion.parse({
    version: parts.version ?? 1,
    title: text("Test version"),
    summary: text("Built by the scoring tests"),
    scopeQuestions: (parts.scopeQuestions ?? []).map((q) => ({
      id: q.id,
      country: q.country,
      text: text(q.id),
      options: q.options.map((value) => ({ value, text: text(value) })),
    })),
    measures: parts.measures,
    scoring: parts.scoring ?? defaultScoring,
  });
}

// ---------------------------------------------------------------------------------------
// Arbitraries

/** A fixed pool of questions in all three countries, plus one the version does not know. */
export const questionPool: readonly QuestionSpec[] = [
  { id: "de_utility", country: "DE", options: ["yes", "no", "stake"] },
  { id: "de_state", country: "DE", options: ["bw", "by", "nw"] },
  { id: "jp_transit", country: "JP", options: ["yes", "no"] },
  { id: "jp_size", country: "JP", options: ["designated", "core", "other"] },
  { id: "us_home_rule", country: "US", options: ["yes", "no"] },
];
const unknownQuestion: QuestionSpec = { id: "xx_unknown", country: "DE", options: ["yes", "no"] };
const conditionQuestions = [...questionPool, unknownQuestion];

const measurePrefixes = ["DEV", "MUN", "SUP", "MOB", "ORG", "COM"] as const;
const classLevels: readonly ClassLevel[] = ["low", "medium", "high"];
export const measureStatuses: readonly MeasureStatus[] = [...implementationStatuses, "not_applicable"];

const factor = fc.double({ min: 0, max: 1, noNaN: true });
const positive = fc.double({ min: 0.01, max: 10, noNaN: true });

const conditionArb: fc.Arbitrary<ConditionSpec> = fc
  .record({
    question: fc.constantFrom(...conditionQuestions),
    pick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    practicalFactor: fc.option(fc.oneof(factor, fc.constantFrom(0, 0.5, 1)), { nil: undefined }),
    legalLevel: fc.option(fc.constantFrom(...legalScopeLevels), { nil: undefined }),
    fallbackLevel: fc.constantFrom(...legalScopeLevels),
  })
  .map(({ question, pick, practicalFactor, legalLevel, fallbackLevel }) => {
    const chosen = question.options.filter((_, i) => pick[i] === true);
    const answers = chosen.length > 0 ? chosen : [question.options[0] ?? "yes"];
    // The schema requires a condition to set at least one of the two.
    const level = practicalFactor === undefined && legalLevel === undefined ? fallbackLevel : legalLevel;
    return {
      question: question.id,
      answers,
      ...(practicalFactor === undefined ? {} : { practicalFactor }),
      ...(level === undefined ? {} : { legalLevel: level }),
    };
  });

const measureShapeArb = fc.record({
  field: fc.constantFrom(...fieldsOfAction),
  approach: fc.constantFrom(...impactApproaches),
  depth: fc.constantFrom<ImpactDepth>(1, 2, 3),
  sector: fc.constantFrom(...sectors),
  effort: fc.constantFrom(...classLevels),
  potential: fc.constantFrom(...classLevels),
  legal: fc.record({
    DE: fc.constantFrom(...legalScopeLevels),
    JP: fc.constantFrom(...legalScopeLevels),
    US: fc.constantFrom(...legalScopeLevels),
  }),
  conditions: fc.array(conditionArb, { maxLength: 3 }),
});

/**
 * Scoring parameters as a researcher might set them: status weights rise with the
 * status (the order the design implies), and `none` has factor 0 unless `anyLegalNone`.
 */
export const scoringArb = (options: { anyLegalNone?: boolean } = {}) =>
  fc.oneof(
    fc.constant(defaultScoring),
    fc
      .record({
        status: fc.array(factor, { minLength: 5, maxLength: 5 }),
        depth: fc.array(positive, { minLength: 3, maxLength: 3 }),
        legal: fc.array(factor, { minLength: 4, maxLength: 4 }),
        classes: fc.array(positive, { minLength: 3, maxLength: 3 }),
      })
      .map(({ status, depth, legal, classes }): QuestionnaireVersionSource["scoring"] => {
        const [s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0] = [...status].sort((a, b) => a - b);
        const [d1 = 1, d2 = 2, d3 = 3] = depth;
        const [mandatory = 1, full = 1, partial = 0.5, none = 0] = legal;
        const [low = 1, medium = 2, high = 3] = classes;
        return {
          statusWeights: { not_started: s0, planned: s1, decided: s2, in_progress: s3, implemented: s4 },
          depthWeights: { "1": d1, "2": d2, "3": d3 },
          legalFactors: { mandatory, full, partial, none: options.anyLegalNone ? none : 0 },
          classValues: { low, medium, high },
          minimumPeerGroupSize: 5,
        };
      }),
  );

export const versionArb = (options: { anyLegalNone?: boolean } = {}): fc.Arbitrary<QuestionnaireVersion> =>
  fc
    .record({
      shapes: fc.array(measureShapeArb, { minLength: 1, maxLength: 14 }),
      scoring: scoringArb(options),
    })
    .map(({ shapes, scoring }) =>
      buildVersion({
        scopeQuestions: questionPool,
        scoring,
        measures: shapes.map((shape, i) =>
          measure({
            ...shape,
            id: `${measurePrefixes[i % measurePrefixes.length] ?? "DEV"}-${String(i).padStart(2, "0")}`,
          }),
        ),
      }),
    );

/** A city's input for a version: country, answers (some stray, some missing) and statuses. */
export const profileInputArb = (version: QuestionnaireVersion): fc.Arbitrary<ProfileInput> =>
  fc.record({
    country: fc.constantFrom(...countries),
    scopeAnswers: fc
      .tuple(...conditionQuestions.map((q) => fc.option(fc.constantFrom(...q.options, "junk"), { nil: undefined })))
      .map((picked) =>
        Object.fromEntries(
          conditionQuestions.flatMap((q, i) => {
            const answer = picked[i];
            return answer === undefined ? [] : [[q.id, answer]];
          }),
        ),
      ),
    measureStatuses: fc
      .tuple(...version.measures.map(() => fc.option(fc.constantFrom(...measureStatuses), { nil: undefined })))
      .map((picked) =>
        Object.fromEntries(
          version.measures.flatMap((m, i) => {
            const status = picked[i];
            return status === undefined ? [] : [[m.id, status]];
          }),
        ),
      ),
  });

export const cityArb = (options: { anyLegalNone?: boolean } = {}) =>
  versionArb(options).chain((version) => profileInputArb(version).map((input) => ({ version, input })));

/**
 * The same entries with keys in another order, driven by `sortKeys` (one per entry,
 * reused cyclically; ties reverse the original order so something always moves).
 */
export function reorderKeys<V>(record: Readonly<Record<string, V>>, sortKeys: readonly number[]): Record<string, V> {
  const keyed = Object.entries(record).map((entry, i) => ({
    entry,
    sortKey: sortKeys[i % Math.max(sortKeys.length, 1)] ?? 0,
    i,
  }));
  keyed.sort((a, b) => a.sortKey - b.sortKey || b.i - a.i);
  return Object.fromEntries(keyed.map((k) => k.entry));
}

/** The items in the order given by `sortKeys`, like reorderKeys. */
export function reorder<T>(items: readonly T[], sortKeys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, sortKey: sortKeys[i % Math.max(sortKeys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.sortKey - b.sortKey || b.i - a.i)
    .map((k) => k.item);
}
