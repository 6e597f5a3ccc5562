import { describe, expect, it } from "vitest";
import { questionNames } from "#app/domain/assessments/answers";
import { countries, fieldsOfAction } from "#app/domain/vocabulary";
import { surveyFrameTexts } from "#app/server/assessments/survey-texts.server";
import { versionOneSource } from "#questionnaires/v1/index";
import { compileSurvey, escapeHtml, type SurveyElement, type SurveyModel } from "./compile-survey";
import { QuestionnaireVersion } from "./schema";

const version = QuestionnaireVersion.parse(versionOneSource);
const texts = surveyFrameTexts();

function allElements(model: SurveyModel): SurveyElement[] {
  const out: SurveyElement[] = [];
  const walk = (elements: readonly SurveyElement[]) => {
    for (const element of elements) {
      out.push(element);
      if (Array.isArray(element.elements)) walk(element.elements as SurveyElement[]);
    }
  };
  for (const page of model.pages) walk(page.elements);
  return out;
}

describe("compileSurvey with the real catalogue", () => {
  for (const country of countries) {
    const model = compileSurvey(version, { country, locale: "en", texts });
    const names = new Set(allElements(model).map((e) => e.name));

    it(`${country}: has the general page, the scope page and one page per field of action`, () => {
      expect(model.pages.map((p) => p.name)).toEqual(["general", "scope", ...fieldsOfAction]);
    });

    it(`${country}: every catalogue measure reaches the model, asked only where legal scope is not none`, () => {
      for (const measure of version.measures) {
        const key = questionNames.measureKey(measure.id);
        expect(names.has(`${key}_panel`), measure.id).toBe(true);
        const asked = names.has(questionNames.status(measure.id));
        expect(asked, `${measure.id} in ${country}`).toBe(measure.legalScope[country].level !== "none");
        expect(names.has(`${key}_not_available`)).toBe(!asked);
      }
    });

    it(`${country}: asks only its own country's scope questions`, () => {
      for (const question of version.scopeQuestions) {
        expect(names.has(questionNames.scope(question.id)), question.id).toBe(question.country === country);
      }
    });
  }

  it("puts every measure on the page of its field of action", () => {
    const model = compileSurvey(version, { country: "DE", locale: "de", texts });
    for (const page of model.pages.slice(2)) {
      const measuresOnPage = version.measures.filter((m) => m.field === page.name).length;
      expect(page.elements).toHaveLength(measuresOnPage);
    }
  });

  it("writes the texts in the chosen language", () => {
    const model = compileSurvey(version, { country: "JP", locale: "ja", texts });
    expect(model.locale).toBe("ja");
    expect(model.pages[0]?.title).toBe("自治体の概要");
    const mobility = model.pages.find((p) => p.name === "mobility");
    const measure = version.measures.find((m) => m.field === "mobility");
    expect(mobility?.elements[0]?.title).toBe(`${measure?.id} ${measure?.title.ja}`);
  });

  it("marks carried-over answers and shows earlier answers of changed questions", () => {
    const status = questionNames.status("MOB-01");
    const year = questionNames.year("MOB-01");
    const model = compileSurvey(version, {
      country: "DE",
      locale: "en",
      texts,
      carryOver: { fromYear: 2025, carried: [status], changed: { [year]: 2019 } },
    });
    const elements = allElements(model);
    expect(elements.find((e) => e.name === status)?.description).toBe("Carried over from 2025 – please confirm.");
    expect(elements.find((e) => e.name === year)?.description).toBe(
      "The question has changed; your answer in 2025 was: 2019",
    );
  });
});

describe("researcher-written text in the survey", () => {
  it("is escaped where SurveyJS renders markup", () => {
    const hostile = QuestionnaireVersion.parse({
      ...(versionOneSource as object),
      measures: version.measures.map((m) =>
        m.id === "MOB-08"
          ? {
              ...m,
              legalScope: {
                ...m.legalScope,
                JP: {
                  ...m.legalScope.JP,
                  level: "none",
                  reason: { de: "x", en: "<img src=x onerror=alert(1)>", ja: "x" },
                },
              },
            }
          : m,
      ),
    });
    const model = compileSurvey(hostile, { country: "JP", locale: "en", texts });
    const html = allElements(model).find((e) => e.name === "MOB_08_not_available")?.html;
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
  });

  it("escapes all five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});
