import { describe, expect, it } from "vitest";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { versionOneSource } from "#questionnaires/v1/index";
import { questionNames } from "./answers";
import { carryOver, confirmTouched } from "./carry-over";

const v1 = QuestionnaireVersion.parse(versionOneSource);

/** Version 2: MOB-01 retired, a new measure MOB-15, MOB-02's meaning changed, one scope option removed. */
const v2 = QuestionnaireVersion.parse({
  ...v1,
  version: 2,
  measures: [
    ...v1.measures.filter((m) => m.id !== "MOB-01"),
    { ...v1.measures.find((m) => m.id === "MOB-03"), id: "MOB-15" },
  ],
  scopeQuestions: v1.scopeQuestions.map((q) =>
    q.id === "de_energy_utility" ? { ...q, options: q.options.filter((o) => o.value !== "minority") } : q,
  ),
  comparability: { "MOB-02": "not_comparable", "MOB-03": "comparable" },
});

describe("carryOver", () => {
  const previous = {
    version: v1,
    year: 2025,
    answers: {
      [questionNames.population]: 38450,
      [questionNames.status("MOB-01")]: "implemented",
      [questionNames.status("MOB-02")]: "planned",
      [questionNames.year("MOB-02")]: 2024,
      [questionNames.status("MOB-03")]: "decided",
      [questionNames.scope("de_energy_utility")]: "minority",
      [questionNames.scope("de_housing_company")]: "yes",
    },
  };
  const result = carryOver(previous, v2, "DE");

  it("keeps unchanged questions' answers and marks them to confirm", () => {
    expect(result.answers).toEqual({
      [questionNames.population]: 38450,
      [questionNames.status("MOB-03")]: "decided",
      [questionNames.scope("de_housing_company")]: "yes",
    });
    expect([...result.marks.carried].sort()).toEqual(Object.keys(result.answers).sort());
    expect(result.marks.fromYear).toBe(2025);
  });

  it("drops answers to removed questions and to options that no longer exist", () => {
    expect(result.dropped.sort()).toEqual(
      [questionNames.scope("de_energy_utility"), questionNames.status("MOB-01")].sort(),
    );
  });

  it("asks changed questions again and keeps the earlier answer to show", () => {
    expect(result.answers[questionNames.status("MOB-02")]).toBeUndefined();
    expect(result.marks.changed).toEqual({
      [questionNames.status("MOB-02")]: "planned",
      [questionNames.year("MOB-02")]: 2024,
    });
  });

  it("leaves new questions empty", () => {
    expect(result.answers[questionNames.status("MOB-15")]).toBeUndefined();
  });

  it("carries nothing from another country's questions", () => {
    const japanese = carryOver(
      { ...previous, answers: { [questionNames.scope("jp_city_category")]: "core_city" } },
      v2,
      "DE",
    );
    expect(japanese.answers).toEqual({});
  });
});

describe("confirmTouched", () => {
  it("removes the markers of questions the respondent answered again", () => {
    const marks = { fromYear: 2025, carried: ["a", "b"], changed: { c: 1, d: 2 } };
    expect(confirmTouched(marks, ["a", "c"])).toEqual({ fromYear: 2025, carried: ["b"], changed: { d: 2 } });
  });
});
