/**
 * Partner suggestions: for a city S, cities C in another country whose profiles
 * complement it – strong where S is weak, within comparable scope – with the measures
 * each could learn from the other.
 *
 * Per field of action f where both cities have figures (activity and scope not null):
 *
 *   comparable(f)  ⇔  |scope_S(f) − scope_C(f)| ≤ scopeTolerance
 *   gainS(f)       =  max(0, activity_C(f) − activity_S(f))   what S can learn in f
 *   gainC(f)       =  max(0, activity_S(f) − activity_C(f))   what C can learn in f
 *
 *   score = Σ_{comparable f} gainS(f) + ½ · Σ_{comparable f} gainC(f)
 *
 * Activity is relative to each city's own scope, so a Japanese city with few powers that
 * uses all of them counts as strong; comparing only fields of comparable scope keeps a
 * city from being told to learn what it may not do. C is suggested when Σ gainS ≥
 * minimumGain (it is strong somewhere S is weak); the reciprocal half-weight favours
 * exchanges that run both ways. Order: score descending, then id.
 *
 * Measures S could learn from C: measures C has implemented that S has within scope
 * (σ > 0) and not yet implemented (nor marked not applicable); measures in the fields
 * where C is stronger come first, then deeper ones, then by id. And vice versa.
 */
import type { ActivityProfile, MeasureExplanation } from "#app/domain/results/profile";
import { type Country, type FieldOfAction, fieldsOfAction } from "../vocabulary";

export const suggestionParameters = {
  scopeTolerance: 0.25,
  minimumGain: 0.15,
  /** A field counts as a strength of the other city from this difference in activity. */
  strongFieldGain: 0.15,
  measuresPerDirection: 5,
  suggestions: 5,
} as const;

export interface PartnerCity {
  readonly municipalityId: string;
  readonly country: Country;
  readonly profile: ActivityProfile;
}

export interface PartnerSuggestion {
  readonly municipalityId: string;
  readonly score: number;
  /** Fields where the suggested city is stronger (the subject can learn), largest gain first. */
  readonly theirStrengths: readonly FieldOfAction[];
  /** Fields where the subject is stronger (the suggested city can learn), largest gain first. */
  readonly ourStrengths: readonly FieldOfAction[];
  /** Measure ids the subject could learn from the suggested city. */
  readonly learnFromThem: readonly string[];
  /** Measure ids the suggested city could learn from the subject. */
  readonly learnFromUs: readonly string[];
}

interface FieldGain {
  readonly field: FieldOfAction;
  readonly gain: number;
}

function fieldGains(learner: ActivityProfile, teacher: ActivityProfile, tolerance: number): FieldGain[] {
  const gains: FieldGain[] = [];
  for (const field of fieldsOfAction) {
    const a = learner.byField[field];
    const b = teacher.byField[field];
    if (a.activity === null || b.activity === null || a.scope === null || b.scope === null) continue;
    if (Math.abs(a.scope - b.scope) > tolerance) continue;
    gains.push({ field, gain: Math.max(0, b.activity - a.activity) });
  }
  return gains;
}

function strengths(gains: readonly FieldGain[], threshold: number): FieldOfAction[] {
  return gains
    .filter((g) => g.gain >= threshold)
    .sort((x, y) => y.gain - x.gain || fieldsOfAction.indexOf(x.field) - fieldsOfAction.indexOf(y.field))
    .map((g) => g.field);
}

function isOpen(line: MeasureExplanation): boolean {
  return line.scopeFactor > 0 && line.status !== "implemented" && line.status !== "not_applicable";
}

/** Measures the teacher implemented that the learner could still take up, strongest fields first. */
export function measuresToLearn(
  learner: ActivityProfile,
  teacher: ActivityProfile,
  preferredFields: readonly FieldOfAction[],
  limit: number = suggestionParameters.measuresPerDirection,
): string[] {
  const implemented = new Set(teacher.measures.filter((m) => m.status === "implemented").map((m) => m.measureId));
  const fieldOrder = (field: FieldOfAction) => {
    const index = preferredFields.indexOf(field);
    return index === -1 ? preferredFields.length : index;
  };
  return learner.measures
    .filter((line) => implemented.has(line.measureId) && isOpen(line))
    .sort(
      (a, b) =>
        fieldOrder(a.field) - fieldOrder(b.field) ||
        b.depth - a.depth ||
        (a.measureId < b.measureId ? -1 : a.measureId > b.measureId ? 1 : 0),
    )
    .slice(0, limit)
    .map((line) => line.measureId);
}

const sum = (gains: readonly FieldGain[]) => gains.reduce((total, g) => total + g.gain, 0);

export function suggestPartners(
  subject: PartnerCity,
  candidates: readonly PartnerCity[],
  parameters: typeof suggestionParameters = suggestionParameters,
): PartnerSuggestion[] {
  const suggestions: PartnerSuggestion[] = [];
  for (const candidate of candidates) {
    if (candidate.municipalityId === subject.municipalityId || candidate.country === subject.country) continue;
    const forSubject = fieldGains(subject.profile, candidate.profile, parameters.scopeTolerance);
    const forCandidate = fieldGains(candidate.profile, subject.profile, parameters.scopeTolerance);
    const gainSubject = sum(forSubject);
    if (gainSubject < parameters.minimumGain) continue;
    const theirStrengths = strengths(forSubject, parameters.strongFieldGain);
    const ourStrengths = strengths(forCandidate, parameters.strongFieldGain);
    suggestions.push({
      municipalityId: candidate.municipalityId,
      score: gainSubject + 0.5 * sum(forCandidate),
      theirStrengths,
      ourStrengths,
      learnFromThem: measuresToLearn(
        subject.profile,
        candidate.profile,
        theirStrengths,
        parameters.measuresPerDirection,
      ),
      learnFromUs: measuresToLearn(candidate.profile, subject.profile, ourStrengths, parameters.measuresPerDirection),
    });
  }
  return suggestions
    .sort(
      (a, b) =>
        b.score - a.score || (a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : 0),
    )
    .slice(0, parameters.suggestions);
}
