import { describe, expect, it } from "vitest";
import { askedMeasures, questionNames } from "#app/domain/assessments/answers";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { versionOneSource } from "#questionnaires/v1/index";
import { completeAnswers } from "#tests/support/research-fixtures";
import { analysisGroupSize, createAnalysisAccumulator, measureImplementation, uptakeShare } from "./analysis";

const version = QuestionnaireVersion.parse(versionOneSource);

describe("measureImplementation", () => {
  const measures = [
    { id: "DEV-01", field: "development_planning" as const },
    { id: "MOB-01", field: "mobility" as const },
  ];

  it("counts implemented of answered per country; not applicable and unknown statuses do not count", () => {
    const result = measureImplementation(measures, [
      { country: "DE", measureId: "DEV-01", status: "implemented", cities: 3 },
      { country: "DE", measureId: "DEV-01", status: "planned", cities: 1 },
      { country: "DE", measureId: "DEV-01", status: "not_applicable", cities: 5 },
      { country: "JP", measureId: "DEV-01", status: "not_started", cities: 2 },
      { country: "JP", measureId: "DEV-01", status: "garbage", cities: 9 },
      { country: "US", measureId: "XYZ-99", status: "implemented", cities: 9 },
    ]);
    expect(result.map((r) => r.measureId)).toEqual(["DEV-01", "MOB-01"]);
    expect(result[0]?.byCountry.DE).toEqual({ answered: 4, implemented: 3, share: 0.75 });
    expect(result[0]?.byCountry.JP).toEqual({ answered: 2, implemented: 0, share: 0 });
    expect(result[0]?.byCountry.US).toEqual({ answered: 0, implemented: 0, share: null });
    expect(result[1]?.byCountry.DE.share).toBeNull();
  });
});

describe("createAnalysisAccumulator", () => {
  it("shows no distribution below five cities, and the quartiles from five on", () => {
    const accumulator = createAnalysisAccumulator();
    for (let seed = 0; seed < 5; seed++) {
      accumulator.add({ country: "DE", version, answers: completeAnswers(version, "DE", seed) });
    }
    for (let seed = 0; seed < 4; seed++) {
      accumulator.add({ country: "JP", version, answers: completeAnswers(version, "JP", seed) });
    }
    const result = accumulator.result();
    expect(result.minimumGroupSize).toBe(analysisGroupSize([version]));
    expect(result.minimumGroupSize).toBeGreaterThanOrEqual(5);
    expect(result.cities).toEqual({ DE: 5, JP: 4, US: 0 });
    const de = result.distributions.activity.overall.DE;
    expect(de.n).toBe(5);
    expect(de.distribution).not.toBeNull();
    const d = de.distribution;
    if (d) {
      expect(d.min).toBeLessThanOrEqual(d.q1);
      expect(d.q1).toBeLessThanOrEqual(d.median);
      expect(d.median).toBeLessThanOrEqual(d.q3);
      expect(d.q3).toBeLessThanOrEqual(d.max);
    }
    expect(result.distributions.activity.overall.JP).toEqual({ n: 4, distribution: null });
    expect(result.distributions.absoluteActivity.mobility.US).toEqual({ n: 0, distribution: null });
  });

  it("counts uptake per legal level from the statuses cities gave", () => {
    const accumulator = createAnalysisAccumulator();
    const answers = completeAnswers(version, "US", 0);
    const asked = askedMeasures(version, "US");
    // One not applicable (with its reason): it leaves the count.
    const first = asked[0];
    if (!first) throw new Error("no measure asked in the US");
    answers[questionNames.status(first.id)] = "not_applicable";
    answers[questionNames.reason(first.id)] = "No such facility";
    accumulator.add({ country: "US", version, answers });
    const result = accumulator.result();
    const levels = result.uptakeByLevel;
    const total = levels.mandatory.US.cities + levels.full.US.cities + levels.partial.US.cities + levels.none.US.cities;
    expect(total).toBe(asked.length - 1);
    const implemented = asked.slice(1).filter((m) => answers[questionNames.status(m.id)] === "implemented").length;
    expect(
      levels.mandatory.US.implemented +
        levels.full.US.implemented +
        levels.partial.US.implemented +
        levels.none.US.implemented,
    ).toBe(implemented);
    expect(result.uptakeByLevel.full.DE).toEqual({ cities: 0, implemented: 0 });
    // Every status given is counted once, not applicable included (measureImplementation leaves it out).
    expect(result.statusCounts.reduce((sum, c) => sum + c.cities, 0)).toBe(asked.length);
    const dev = measureImplementation(
      asked.map((m) => ({ id: m.id, field: m.field })),
      result.statusCounts,
    );
    expect(dev.reduce((sum, m) => sum + m.byCountry.US.answered, 0)).toBe(asked.length - 1);
    expect(result.uptakeByMeasure.find((m) => m.measureId === first.id)).toBeUndefined();
    expect(uptakeShare({ cities: 4, implemented: 1 })).toBe(0.25);
    expect(uptakeShare({ cities: 0, implemented: 0 })).toBeNull();
  });
});
