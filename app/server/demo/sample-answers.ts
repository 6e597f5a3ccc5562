/**
 * Plausible, complete, deterministic answers for fictional cities: the demo's submitted
 * rounds and the synthetic national-scale benchmark. Not used for real data.
 *
 * A city's `engagement` (0..1) moves every measure's status towards implemented; the
 * measure's effort pulls it back a little, and a per-measure random term keeps cities of
 * the same engagement apart. Scope answers follow the city's kind where a question asks
 * for it (county status, city category) and are random otherwise. Every answer is valid
 * for the version (the tests check it against answerFields) and nothing is missing.
 */
import {
  type AnswerValue,
  askedMeasures,
  missingAnswers,
  questionNames,
  scopeQuestionsFor,
} from "#app/domain/assessments/answers";
import type { Country, QuestionnaireVersion } from "#app/domain/questionnaires/schema";

export interface SampleCity {
  readonly country: Country;
  readonly kind: string;
  readonly population: number;
  /** 0 (hardly active) … 1 (very active). */
  readonly engagement: number;
  /** Seeds the random choices: the same seed gives the same answers. */
  readonly seed: number;
}

/** Mulberry32: a small, fast, well-distributed 32-bit generator; deterministic per seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A stable 32-bit number for a text (FNV-1a), to seed per city. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const notApplicableReason: Readonly<Record<Country, string>> = {
  DE: "Keine entsprechende Anlage im Gemeindegebiet.",
  JP: "市内に該当する施設がないため。",
  US: "The city has no such facility.",
};

/** Answers derived from the kind of local government, where a scope question asks for it. */
function kindAnswer(questionId: string, kind: string): string | undefined {
  if (questionId === "de_county_status") return kind === "district_free_city" ? "district_free" : "county_member";
  if (questionId === "jp_city_category") {
    if (kind === "designated_city" || kind === "core_city") return kind;
    return kind === "town" || kind === "village" ? "town_village" : "other_city";
  }
  return undefined;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)] ?? items[0];
  if (item === undefined) throw new RangeError("pick from no items");
  return item;
}

function statusFor(score: number) {
  if (score < 0.18) return "not_started";
  if (score < 0.3) return "planned";
  if (score < 0.4) return "decided";
  if (score < 0.52) return "in_progress";
  return "implemented";
}

export function sampleAnswers(version: QuestionnaireVersion, city: SampleCity): Record<string, AnswerValue> {
  const random = seededRandom(city.seed);
  const level = Math.min(1, Math.max(0, city.engagement));
  const answers: Record<string, AnswerValue> = {};

  answers[questionNames.population] = Math.round(city.population);
  const staffPerHundredThousand = 0.5 + level * 3 + random();
  answers[questionNames.climateStaff] =
    Math.round(Math.max(0, (city.population / 100_000) * staffPerHundredThousand) * 10) / 10;
  answers[questionNames.climatePlan] = level > 0.55 ? "adopted" : level > 0.3 ? "in_preparation" : "none";
  if (level > 0.5) {
    answers[questionNames.targetType] = "net_zero";
    answers[questionNames.targetYear] = pick(random, [2035, 2040, 2045, 2050]);
  } else if (level > 0.25) {
    answers[questionNames.targetType] = "reduction";
    answers[questionNames.targetYear] = 2030;
    answers[questionNames.baseYear] = city.country === "JP" ? 2013 : city.country === "DE" ? 1990 : 2005;
    answers[questionNames.targetReduction] = 30 + Math.round(level * 40);
  } else {
    answers[questionNames.targetType] = "none";
  }

  for (const question of scopeQuestionsFor(version, city.country)) {
    const options = question.options.map((o) => o.value);
    answers[questionNames.scope(question.id)] = kindAnswer(question.id, city.kind) ?? pick(random, options);
  }

  for (const measure of askedMeasures(version, city.country)) {
    if (random() < 0.03) {
      answers[questionNames.status(measure.id)] = "not_applicable";
      answers[questionNames.reason(measure.id)] = notApplicableReason[city.country];
      continue;
    }
    const effortPenalty = measure.effort === "high" ? 0.12 : measure.effort === "medium" ? 0.05 : 0;
    const score = level * 0.75 + (random() - 0.5) * 0.7 - effortPenalty + 0.12;
    const status = statusFor(score);
    answers[questionNames.status(measure.id)] = status;
    if (status === "implemented" || status === "in_progress") {
      answers[questionNames.year(measure.id)] = 2012 + Math.floor(random() * 13);
    }
  }

  const missing = missingAnswers(version, city.country, answers);
  if (missing.length > 0) throw new Error(`sample answers miss ${missing.join(", ")}`);
  return answers;
}
