import { describe, expect, it } from "vitest";
import { answerFields, missingAnswers, questionNames, scoringInput } from "#app/domain/assessments/answers";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { computeActivityProfile } from "#app/domain/results/profile";
import { countries } from "#app/domain/vocabulary";
import { versionOneSource } from "#questionnaires/v1/index";
import { sampleAnswers, seededRandom, seedOf } from "./sample-answers";

const version = QuestionnaireVersion.parse(versionOneSource);
const kinds = { DE: "district_free_city", JP: "core_city", US: "city" } as const;

describe("sampleAnswers", () => {
  it("gives complete answers that the server's validation accepts, in every country", () => {
    for (const country of countries) {
      for (const engagement of [0, 0.3, 0.6, 1]) {
        const answers = sampleAnswers(version, {
          country,
          kind: kinds[country],
          population: 120_000,
          engagement,
          seed: seedOf(`${country}-${engagement}`),
        });
        expect(missingAnswers(version, country, answers)).toEqual([]);
        const fields = answerFields(version, country);
        for (const [name, value] of Object.entries(answers)) {
          const field = fields[name];
          expect(field, name).toBeDefined();
          expect(field?.safeParse(value).success, `${name} = ${value}`).toBe(true);
        }
      }
    }
  });

  it("is deterministic per seed and differs between seeds", () => {
    const city = { country: "DE" as const, kind: "municipality", population: 8_000, engagement: 0.5, seed: 7 };
    expect(sampleAnswers(version, city)).toEqual(sampleAnswers(version, city));
    expect(sampleAnswers(version, { ...city, seed: 8 })).not.toEqual(sampleAnswers(version, city));
  });

  it("derives the county status and the city category from the kind", () => {
    const de = sampleAnswers(version, {
      country: "DE",
      kind: "district_free_city",
      population: 1,
      engagement: 1,
      seed: 1,
    });
    expect(de[questionNames.scope("de_county_status")]).toBe("district_free");
    const jp = sampleAnswers(version, { country: "JP", kind: "town", population: 1, engagement: 1, seed: 1 });
    expect(jp[questionNames.scope("jp_city_category")]).toBe("town_village");
  });

  it("makes engaged cities more active on average", () => {
    const meanActivity = (engagement: number) => {
      let sum = 0;
      for (let seed = 0; seed < 30; seed++) {
        const answers = sampleAnswers(version, {
          country: "DE",
          kind: "municipality",
          population: 20_000,
          engagement,
          seed,
        });
        sum += computeActivityProfile(version, scoringInput(version, "DE", answers)).overall.activity ?? 0;
      }
      return sum / 30;
    };
    expect(meanActivity(0.8)).toBeGreaterThan(meanActivity(0.2) + 0.2);
  });
});

describe("seededRandom", () => {
  it("stays within [0, 1)", () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
