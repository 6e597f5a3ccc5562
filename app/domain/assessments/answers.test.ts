import { describe, expect, it } from "vitest";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { versionOneSource } from "#questionnaires/v1/index";
import {
  answerFields,
  applyChanges,
  askedMeasures,
  missingAnswers,
  questionNames,
  scoringInput,
  validateChanges,
} from "./answers";

const version = QuestionnaireVersion.parse(versionOneSource);
const fields = answerFields(version, "DE");

describe("validateChanges", () => {
  it("accepts valid answers of every kind", () => {
    const result = validateChanges(fields, {
      [questionNames.population]: 248300,
      [questionNames.climatePlan]: "adopted",
      [questionNames.scope("de_energy_utility")]: "majority",
      [questionNames.status("MOB-01")]: "implemented",
      [questionNames.year("MOB-01")]: 2021,
      [questionNames.comment("MOB-01")]: "  trimmed  ",
      [questionNames.evidence("MOB-01")]: "https://example.org/decision.pdf",
      [questionNames.status("MOB-02")]: null,
    });
    expect(result).toEqual({
      ok: true,
      changes: {
        [questionNames.population]: 248300,
        [questionNames.climatePlan]: "adopted",
        [questionNames.scope("de_energy_utility")]: "majority",
        [questionNames.status("MOB-01")]: "implemented",
        [questionNames.year("MOB-01")]: 2021,
        [questionNames.comment("MOB-01")]: "trimmed",
        [questionNames.evidence("MOB-01")]: "https://example.org/decision.pdf",
        [questionNames.status("MOB-02")]: null,
      },
    });
  });

  it.each([
    ["an unknown question", { nonsense_question: "x" }, "validation.unknownQuestion"],
    [
      "another country's scope question",
      { [questionNames.scope("jp_city_category")]: "core_city" },
      "validation.unknownQuestion",
    ],
    ["a wrong type", { [questionNames.population]: "many" }, "validation.answerNumber"],
    ["a value out of range", { [questionNames.year("MOB-01")]: 1800 }, "validation.answerYear"],
    ["an oversized text", { [questionNames.comment("MOB-01")]: "x".repeat(2001) }, "validation.answerTooLong"],
    ["a status that does not exist", { [questionNames.status("MOB-01")]: "finished" }, "validation.answerChoice"],
    [
      "a link that is not http(s)",
      { [questionNames.evidence("MOB-01")]: "javascript:alert(1)" },
      "validation.answerUrl",
    ],
  ])("reports %s with the question and stores nothing", (_, changes, message) => {
    const result = validateChanges(fields, { [questionNames.population]: 1000, ...changes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ question: Object.keys(changes)[0], message }]);
  });

  it("refuses a body that is not an object", () => {
    expect(validateChanges(fields, ["a"]).ok).toBe(false);
    expect(validateChanges(fields, null).ok).toBe(false);
  });

  it("does not ask about measures outside the legal scope", () => {
    const japaneseFields = answerFields(version, "JP");
    const outOfScope = version.measures.filter((m) => m.legalScope.JP.level === "none");
    expect(outOfScope.length).toBeGreaterThan(0);
    for (const measure of outOfScope) expect(japaneseFields[questionNames.status(measure.id)]).toBeUndefined();
  });
});

describe("applyChanges", () => {
  it("sets values and removes cleared ones without touching the rest", () => {
    const before = { a: 1, b: "x", c: "keep" };
    expect(applyChanges(before, { a: 2, b: null, d: "new", e: "" })).toEqual({ a: 2, c: "keep", d: "new" });
    expect(before).toEqual({ a: 1, b: "x", c: "keep" });
  });
});

describe("missingAnswers", () => {
  it("lists every required question of an empty assessment", () => {
    const missing = missingAnswers(version, "US", {});
    const expected =
      4 + version.scopeQuestions.filter((q) => q.country === "US").length + askedMeasures(version, "US").length;
    expect(missing).toHaveLength(expected);
  });

  it("asks for target years only when a target is set, and for a reason when not applicable", () => {
    const answers = { [questionNames.targetType]: "reduction", [questionNames.status("MOB-01")]: "not_applicable" };
    const missing = missingAnswers(version, "DE", answers);
    expect(missing).toEqual(
      expect.arrayContaining([
        questionNames.targetYear,
        questionNames.baseYear,
        questionNames.targetReduction,
        questionNames.reason("MOB-01"),
      ]),
    );
    expect(missing).not.toContain(questionNames.status("MOB-01"));
  });
});

describe("scoringInput", () => {
  it("reads statuses and scope answers for scoring", () => {
    const input = scoringInput(version, "DE", {
      [questionNames.scope("de_energy_utility")]: "none",
      [questionNames.status("MOB-01")]: "planned",
      [questionNames.comment("MOB-01")]: "ignored",
    });
    expect(input).toEqual({
      country: "DE",
      scopeAnswers: { de_energy_utility: "none" },
      measureStatuses: { "MOB-01": "planned" },
    });
  });
});
