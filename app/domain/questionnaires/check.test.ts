import { beforeAll, describe, expect, it } from "vitest";
import { fieldsOfAction } from "#app/domain/vocabulary";
import { checkWording } from "#app/server/questionnaires/check-wording.server";
import { type CheckProblem, checkQuestionnaire } from "./check";
import type { MeasureSource, QuestionnaireVersionSource } from "./schema";

const text = (s: string) => ({ de: `${s} (de)`, en: s, ja: `${s}（ja）` });
const prefixes = ["DEV", "MUN", "SUP", "MOB", "ORG", "COM"] as const;
const scope = (level: "mandatory" | "full" | "partial" | "none") => ({
  level,
  basis: "§ 1 Test Act",
  reason: text("reason"),
  uncertain: false,
});

function validVersion(): QuestionnaireVersionSource & { measures: MeasureSource[] } {
  return {
    version: 1,
    title: text("title"),
    summary: text("summary"),
    scopeQuestions: [
      {
        id: "de_energy_utility",
        country: "DE",
        text: text("utility?"),
        options: [
          { value: "majority", text: text("majority") },
          { value: "none", text: text("none") },
        ],
      },
    ],
    measures: fieldsOfAction.map((field, i) => ({
      id: `${prefixes[i]}-01`,
      field,
      approach: "consume",
      depth: 2,
      sector: "energy",
      effort: "low",
      potential: "medium",
      title: text(`measure ${i}`),
      description: text("description"),
      example: text("example"),
      legalScope: { DE: scope("full"), JP: scope("partial"), US: scope("none") },
      conditions:
        i === 2
          ? [{ question: "de_energy_utility", answers: ["none"], practicalFactor: 0.3, note: text("no utility") }]
          : [],
    })),
    scoring: {
      statusWeights: { not_started: 0, planned: 0.25, decided: 0.5, in_progress: 0.75, implemented: 1 },
      depthWeights: { "1": 1, "2": 2, "3": 3 },
      legalFactors: { mandatory: 1, full: 1, partial: 0.5, none: 0 },
      classValues: { low: 1, medium: 2, high: 3 },
      minimumPeerGroupSize: 5,
    },
  };
}

function problemsOf(source: unknown): CheckProblem[] {
  return checkQuestionnaire(source).problems;
}

let english: (problem: CheckProblem) => string;
beforeAll(async () => {
  english = await checkWording("en");
});

/** The problems as the command line prints them: where, and the English sentence. */
function sentencesOf(source: unknown): Array<{ path: string; message: string }> {
  return problemsOf(source).map((problem) => ({ path: problem.path, message: english(problem) }));
}

function measureAt(source: ReturnType<typeof validVersion>, index: number): MeasureSource {
  const measure = source.measures[index];
  if (!measure) throw new Error(`fixture has no measure ${index}`);
  return measure;
}

describe("checkQuestionnaire", () => {
  it("accepts a valid version", () => {
    const result = checkQuestionnaire(validVersion());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("catches a duplicate measure id", () => {
    const source = validVersion();
    source.measures.push({ ...measureAt(source, 0) });
    expect(sentencesOf(source)).toContainEqual({
      path: "measures.6.id",
      message: "duplicate measure id DEV-01 (also measures.0)",
    });
  });

  it("catches a text missing in one language", () => {
    const source = validVersion();
    measureAt(source, 1).title = { de: "Titel", en: "Title", ja: " " };
    expect(problemsOf(source).map((p) => p.path)).toContain("measures.1.title.ja");
  });

  it("catches a measure without a scope entry for a country", () => {
    const source = validVersion();
    const { DE, JP } = measureAt(source, 0).legalScope;
    (measureAt(source, 0) as { legalScope: unknown }).legalScope = { DE, JP };
    expect(problemsOf(source).map((p) => p.path)).toContain("measures.0.legalScope.US");
  });

  it("catches a scope entry without a legal basis", () => {
    const source = validVersion();
    measureAt(source, 0).legalScope.DE.basis = "";
    expect(problemsOf(source).map((p) => p.path)).toContain("measures.0.legalScope.DE.basis");
  });

  it("catches a condition on a question that does not exist", () => {
    const source = validVersion();
    measureAt(source, 2).conditions = [
      { question: "de_no_such_question", answers: ["yes"], practicalFactor: 0.5, note: text("n") },
    ];
    expect(sentencesOf(source)).toContainEqual({
      path: "measures.2.conditions.0.question",
      message: "SUP-01 refers to unknown scope question de_no_such_question",
    });
  });

  it("catches a condition on an answer the question does not offer", () => {
    const source = validVersion();
    measureAt(source, 2).conditions = [
      { question: "de_energy_utility", answers: ["minority"], practicalFactor: 0.5, note: text("n") },
    ];
    expect(sentencesOf(source)).toContainEqual({
      path: "measures.2.conditions.0.answers.0",
      message: "de_energy_utility has no answer minority (SUP-01)",
    });
  });

  it("catches numbers out of range", () => {
    const source = validVersion();
    measureAt(source, 2).conditions = [
      { question: "de_energy_utility", answers: ["none"], practicalFactor: 1.5, note: text("n") },
    ];
    (measureAt(source, 3) as { depth: number }).depth = 4;
    source.scoring.statusWeights.planned = -0.1;
    const paths = problemsOf(source).map((p) => p.path);
    expect(paths).toContain("measures.2.conditions.0.practicalFactor");
    expect(paths).toContain("measures.3.depth");
    expect(paths).toContain("scoring.statusWeights.planned");
  });

  it("catches status weights that would let a higher status score less", () => {
    const source = validVersion();
    source.scoring.statusWeights.decided = 0.2;
    expect(problemsOf(source).map((p) => p.path)).toContain("scoring.statusWeights.decided");
  });

  it("catches a measure filed under the wrong field prefix, and an empty field", () => {
    const source = validVersion();
    measureAt(source, 0).field = "mobility";
    const messages = sentencesOf(source).map((p) => p.message);
    expect(messages).toContain("DEV-01 is in field mobility, whose ids start with MOB");
    expect(messages).toContain("no measure in field of action development_planning");
  });

  it("catches duplicate scope questions and options, and a question filed under another country", () => {
    const source = validVersion();
    const question = source.scopeQuestions[0];
    if (!question) throw new Error("fixture has no question");
    source.scopeQuestions.push({ ...question, country: "JP" });
    question.options.push({ value: "none", text: text("again") });
    const problems = problemsOf(source);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["scopeQuestions.1.id", "scopeQuestions.0.options.2.value"]),
    );
  });

  it("rejects unknown keys, so a typo cannot silently drop data", () => {
    const source = validVersion();
    (measureAt(source, 0) as unknown as Record<string, unknown>).titel = text("typo");
    expect(problemsOf(source).length).toBeGreaterThan(0);
  });
});
