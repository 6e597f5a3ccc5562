/**
 * Scope for action of one measure in one city: the legal level that applies to it, and
 * how much of that the city can practically use, given its answers to the practical-scope
 * questions of its country.
 *
 * Rules (the design leaves the combination of several matching conditions open):
 * - A condition matches when its question is one of the city's country's scope
 *   questions and the city's answer to it is one of the condition's `answers`. A missing
 *   answer matches nothing, so an unanswered question never lowers the scope: the city
 *   is not penalised for a question it skipped (validation decides whether it may skip).
 * - Legal level: the country's level, unless matching conditions set one. If any of
 *   them says `mandatory`, the level is `mandatory` (a duty from a Land, state or size
 *   class binds whatever else holds); otherwise the lowest (most restrictive) of their
 *   levels, so that σ is never overstated when two rules disagree. The result does not
 *   depend on the order of the conditions.
 * - Practical factor: each `practicalFactor` is a cap, so the minimum over matching
 *   conditions; 1 when none sets one.
 * - σ = legal factor × practical factor, with the legal factors of the version.
 */
import type {
  Country,
  LegalScopeLevel,
  LocalizedText,
  Measure,
  QuestionnaireVersion,
} from "#app/domain/questionnaires/schema";

/** Practical-scope answers of one city: question id → chosen option value. */
export type ScopeAnswers = Readonly<Record<string, string>>;

/** A condition of a measure that the city's answers triggered, kept for explanations. */
export interface MatchedCondition {
  /** Position in `measure.conditions`, so the catalogue's condition can be found again. */
  readonly conditionIndex: number;
  readonly question: string;
  readonly answer: string;
  readonly practicalFactor: number | null;
  readonly legalLevel: LegalScopeLevel | null;
  readonly note: LocalizedText;
}

export interface MeasureScope {
  readonly measureId: string;
  /** The level the country scope matrix gives, before conditions. */
  readonly countryLegalLevel: LegalScopeLevel;
  /** The level that applies to this city. */
  readonly legalLevel: LegalScopeLevel;
  readonly legalFactor: number;
  readonly practicalFactor: number;
  /** σ = legalFactor × practicalFactor. */
  readonly scopeFactor: number;
  readonly matchedConditions: readonly MatchedCondition[];
}

const restrictiveness: Readonly<Record<LegalScopeLevel, number>> = {
  none: 0,
  partial: 1,
  full: 2,
  mandatory: 3,
};

function resolveLegalLevel(countryLevel: LegalScopeLevel, matched: readonly MatchedCondition[]): LegalScopeLevel {
  const levels = matched.flatMap((c) => (c.legalLevel === null ? [] : [c.legalLevel]));
  if (levels.length === 0) return countryLevel;
  if (levels.includes("mandatory")) return "mandatory";
  return levels.reduce((lowest, level) => (restrictiveness[level] < restrictiveness[lowest] ? level : lowest));
}

/**
 * Prepares the scope evaluation of one city once (question countries are looked up a
 * single time) and returns the per-measure function.
 */
export function createScopeEvaluator(
  version: Pick<QuestionnaireVersion, "scopeQuestions" | "scoring">,
  country: Country,
  scopeAnswers: ScopeAnswers,
): (measure: Measure) => MeasureScope {
  // Only questions asked in the city's country can trigger conditions: a stray answer to
  // another country's question (or to a question the version does not know) is ignored.
  const ownQuestions = new Set(version.scopeQuestions.filter((q) => q.country === country).map((q) => q.id));
  const legalFactors = version.scoring.legalFactors;

  return (measure) => {
    const matchedConditions: MatchedCondition[] = [];
    measure.conditions.forEach((condition, conditionIndex) => {
      if (!ownQuestions.has(condition.question)) return;
      // Own-property lookup: answers may come from parsed JSON, never from the prototype.
      if (!Object.hasOwn(scopeAnswers, condition.question)) return;
      const answer = scopeAnswers[condition.question];
      if (answer === undefined || !condition.answers.includes(answer)) return;
      matchedConditions.push({
        conditionIndex,
        question: condition.question,
        answer,
        practicalFactor: condition.practicalFactor ?? null,
        legalLevel: condition.legalLevel ?? null,
        note: condition.note,
      });
    });

    const countryLegalLevel = measure.legalScope[country].level;
    const legalLevel = resolveLegalLevel(countryLegalLevel, matchedConditions);
    const legalFactor = legalFactors[legalLevel];
    const practicalFactor = matchedConditions.reduce(
      (factor, c) => (c.practicalFactor === null ? factor : Math.min(factor, c.practicalFactor)),
      1,
    );
    return {
      measureId: measure.id,
      countryLegalLevel,
      legalLevel,
      legalFactor,
      practicalFactor,
      scopeFactor: legalFactor * practicalFactor,
      matchedConditions,
    };
  };
}

/** Scope for action of one measure for a city of `country` with these answers. */
export function measureScope(
  version: Pick<QuestionnaireVersion, "scopeQuestions" | "scoring">,
  measure: Measure,
  country: Country,
  scopeAnswers: ScopeAnswers,
): MeasureScope {
  return createScopeEvaluator(version, country, scopeAnswers)(measure);
}
