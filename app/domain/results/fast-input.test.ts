import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnswerValue, questionNames, scoringInput } from "#app/domain/assessments/answers";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { countries } from "#app/domain/vocabulary";
import { sampleAnswers } from "#app/server/demo/sample-answers";
import { versionOneSource } from "#questionnaires/v1/index";
import { scoringInputFromJson } from "./fast-input";

const version = QuestionnaireVersion.parse(versionOneSource);
const measureIds = version.measures.map((m) => m.id);

/** Text a respondent might type, including quotes, backslashes and look-alike keys. */
const nastyText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '"MOB_01_status":"implemented"',
    '\\"MOB_01_status\\":\\"implemented\\"',
    '","scope_de_energy_utility":"none',
    'a\\", "DEV_01_status":"not_started',
    "\\",
    '"',
  ),
);

describe("scoringInputFromJson", () => {
  it("equals scoringInput on the parsed answers, whatever the comments contain", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countries),
        fc.nat(),
        fc.array(fc.tuple(fc.constantFrom(...measureIds), nastyText), { maxLength: 8 }),
        fc.array(fc.tuple(fc.constantFrom(...measureIds), fc.constantFrom("implemented", "junk", "Planned", "")), {
          maxLength: 4,
        }),
        (country, seed, comments, overrides) => {
          const answers: Record<string, AnswerValue> = sampleAnswers(version, {
            country,
            kind: "city",
            population: 30_000,
            engagement: (seed % 100) / 100,
            seed,
          });
          for (const [id, text] of comments) answers[questionNames.comment(id)] = text;
          for (const [id, value] of overrides) answers[questionNames.status(id)] = value;
          const json = JSON.stringify(answers);
          expect(scoringInputFromJson(version, country, json)).toEqual(
            scoringInput(version, country, JSON.parse(json) as Record<string, AnswerValue>),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ignores another country's scope questions and numbers where a status belongs", () => {
    const json = JSON.stringify({ scope_jp_public_housing: "yes", MOB_01_status: 3, MOB_02_status: "decided" });
    expect(scoringInputFromJson(version, "DE", json)).toEqual({
      country: "DE",
      scopeAnswers: {},
      measureStatuses: { "MOB-02": "decided" },
    });
  });
});
