/**
 * Compiles a questionnaire version into a SurveyJS model for one municipality:
 * general questions, the practical-scope questions of its own country, then one
 * page per field of action. Measures outside the country's legal scope are shown
 * with their legal reason, not asked. Pure: the same inputs give the same model.
 */
import {
  type AnswerValue,
  answerLimits,
  climatePlanStates,
  measureStatuses,
  questionNames,
  scopeQuestionsFor,
  targetTypes,
} from "#app/domain/assessments/answers";
import { type Country, fieldsOfAction, type Locale } from "#app/domain/vocabulary";
import type { LocalizedText, Measure, QuestionnaireVersion } from "./schema";

/** The texts of the questionnaire's fixed frame, from the app's locale files. */
export interface SurveyFrameTexts {
  generalPage: LocalizedText;
  scopePage: LocalizedText;
  scopePageDescription: LocalizedText;
  fieldPages: Record<(typeof fieldsOfAction)[number], LocalizedText>;
  population: LocalizedText;
  climateStaff: LocalizedText;
  climateStaffHelp: LocalizedText;
  climatePlan: LocalizedText;
  climatePlanStates: Record<(typeof climatePlanStates)[number], LocalizedText>;
  targetType: LocalizedText;
  targetTypes: Record<(typeof targetTypes)[number], LocalizedText>;
  targetYear: LocalizedText;
  baseYear: LocalizedText;
  targetReduction: LocalizedText;
  status: LocalizedText;
  statuses: Record<(typeof measureStatuses)[number], LocalizedText>;
  year: LocalizedText;
  comment: LocalizedText;
  evidence: LocalizedText;
  evidenceHelp: LocalizedText;
  reason: LocalizedText;
  notAvailable: LocalizedText;
  example: LocalizedText;
  carriedOver: LocalizedText;
  earlierAnswer: LocalizedText;
}

/** What the previous round left behind, per question name. */
export interface CarryOverMarks {
  fromYear: number;
  /** Answers taken over unchanged: the respondent is asked to confirm them. */
  carried: readonly string[];
  /** Questions whose meaning changed: asked again, with the earlier answer shown. */
  changed: Readonly<Record<string, AnswerValue>>;
}

export interface CompileOptions {
  country: Country;
  locale: Locale;
  texts: SurveyFrameTexts;
  carryOver?: CarryOverMarks | null;
}

type SurveyText = string;
export type SurveyElement = Record<string, unknown> & { type: string; name: string };
export interface SurveyPage {
  name: string;
  title: SurveyText;
  description?: SurveyText;
  elements: SurveyElement[];
}
export interface SurveyModel {
  locale: Locale;
  showProgressBar: boolean;
  progressBarType: "pages";
  progressBarShowPageNumbers: boolean;
  showQuestionNumbers: "off";
  checkErrorsMode: "onComplete";
  textUpdateMode: "onBlur";
  pages: SurveyPage[];
}

/** Fills {placeholders} in every language. */
function fill(text: LocalizedText, values: Record<string, string | number>): LocalizedText {
  const replace = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ""));
  return { de: replace(text.de), en: replace(text.en), ja: replace(text.ja) };
}

/**
 * Researcher-written text shown through SurveyJS's html element is escaped here, so
 * markup in a measure's legal reason shows as text and runs nothing.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * The model carries one language (the page's): a third of the size of all three, and
 * the page reloads on a language switch anyway, with every answer kept on the server.
 */
export function compileSurvey(version: QuestionnaireVersion, options: CompileOptions): SurveyModel {
  const { texts, country } = options;
  const loc = (text: LocalizedText): SurveyText => text[options.locale];
  const choices = <const V extends string>(values: readonly V[], labels: Record<V, LocalizedText>) =>
    values.map((value) => ({ value, text: loc(labels[value]) }));
  const marks = options.carryOver ?? null;
  const describeMarks = (name: string, base?: LocalizedText): SurveyText | undefined => {
    if (marks?.carried.includes(name)) return loc(fill(texts.carriedOver, { year: marks.fromYear }));
    const earlier = marks?.changed[name];
    if (earlier !== undefined)
      return loc(fill(texts.earlierAnswer, { year: marks?.fromYear ?? "", answer: String(earlier) }));
    return base ? loc(base) : undefined;
  };
  const withDescription = (element: SurveyElement, base?: LocalizedText): SurveyElement => {
    const description = describeMarks(element.name, base);
    return description ? { ...element, description } : element;
  };

  const targetTypeName = questionNames.targetType;
  const generalPage: SurveyPage = {
    name: "general",
    title: loc(texts.generalPage),
    elements: [
      withDescription({
        type: "text",
        name: questionNames.population,
        title: loc(texts.population),
        inputType: "number",
        min: 0,
        max: 50_000_000,
        isRequired: true,
      }),
      withDescription(
        {
          type: "text",
          name: questionNames.climateStaff,
          title: loc(texts.climateStaff),
          inputType: "number",
          min: 0,
          max: 10_000,
          step: 0.1,
          isRequired: true,
        },
        texts.climateStaffHelp,
      ),
      withDescription({
        type: "radiogroup",
        name: questionNames.climatePlan,
        title: loc(texts.climatePlan),
        isRequired: true,
        choices: choices(climatePlanStates, texts.climatePlanStates),
      }),
      withDescription({
        type: "radiogroup",
        name: targetTypeName,
        title: loc(texts.targetType),
        isRequired: true,
        choices: choices(targetTypes, texts.targetTypes),
      }),
      withDescription({
        type: "text",
        name: questionNames.targetYear,
        title: loc(texts.targetYear),
        inputType: "number",
        min: answerLimits.earliestYear,
        max: answerLimits.latestYear,
        visibleIf: `{${targetTypeName}} anyof ['net_zero', 'reduction']`,
        isRequired: true,
      }),
      withDescription({
        type: "text",
        name: questionNames.baseYear,
        title: loc(texts.baseYear),
        inputType: "number",
        min: answerLimits.earliestYear,
        max: answerLimits.latestYear,
        visibleIf: `{${targetTypeName}} = 'reduction'`,
        isRequired: true,
      }),
      withDescription({
        type: "text",
        name: questionNames.targetReduction,
        title: loc(texts.targetReduction),
        inputType: "number",
        min: 0,
        max: 100,
        visibleIf: `{${targetTypeName}} = 'reduction'`,
        isRequired: true,
      }),
    ],
  };

  const scopePage: SurveyPage = {
    name: "scope",
    title: loc(texts.scopePage),
    description: loc(texts.scopePageDescription),
    elements: scopeQuestionsFor(version, country).map((question) =>
      withDescription(
        {
          type: "radiogroup",
          name: questionNames.scope(question.id),
          title: loc(question.text),
          isRequired: true,
          choices: question.options.map((option) => ({ value: option.value, text: loc(option.text) })),
        },
        question.help,
      ),
    ),
  };

  const measurePages: SurveyPage[] = fieldsOfAction.map((field) => ({
    name: field,
    title: loc(texts.fieldPages[field]),
    elements: version.measures
      .filter((m) => m.field === field)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((measure) => measurePanel(measure, options, { loc, choices, withDescription })),
  }));

  return {
    locale: options.locale,
    // The page renders its own progress bar and page list with completion per page.
    showProgressBar: false,
    progressBarType: "pages",
    progressBarShowPageNumbers: true,
    showQuestionNumbers: "off",
    checkErrorsMode: "onComplete",
    textUpdateMode: "onBlur",
    pages: [generalPage, scopePage, ...measurePages],
  };
}

interface ElementHelpers {
  loc: (text: LocalizedText) => SurveyText;
  choices: <const V extends string>(
    values: readonly V[],
    labels: Record<V, LocalizedText>,
  ) => Array<{ value: V; text: string }>;
  withDescription: (element: SurveyElement, base?: LocalizedText) => SurveyElement;
}

function measurePanel(
  measure: Measure,
  { country, texts, locale }: CompileOptions,
  { loc, choices, withDescription }: ElementHelpers,
): SurveyElement {
  const scope = measure.legalScope[country];
  const key = questionNames.measureKey(measure.id);
  const title = `${measure.id} ${measure.title[locale]}`;
  // The label carries its own colon: full-width in Japanese.
  const description = `${measure.description[locale]} ${texts.example[locale]}${measure.example[locale]}`;
  if (scope.level === "none") {
    // SurveyJS renders an html element as markup: everything in it is escaped here.
    const html = `<p class="not-available"><strong>${escapeHtml(texts.notAvailable[locale])}</strong> ${escapeHtml(scope.reason[locale])}</p>`;
    return {
      type: "panel",
      name: `${key}_panel`,
      title,
      description,
      elements: [{ type: "html", name: `${key}_not_available`, html }],
    };
  }
  const statusName = questionNames.status(measure.id);
  return {
    type: "panel",
    name: `${key}_panel`,
    title,
    description,
    elements: [
      withDescription({
        type: "radiogroup",
        name: statusName,
        title: loc(texts.status),
        isRequired: true,
        choices: choices(measureStatuses, texts.statuses),
        colCount: 3,
      }),
      withDescription({
        type: "text",
        name: questionNames.year(measure.id),
        title: loc(texts.year),
        inputType: "number",
        min: answerLimits.earliestYear,
        max: answerLimits.latestYear,
        visibleIf: `{${statusName}} anyof ['implemented', 'in_progress']`,
      }),
      withDescription({
        type: "comment",
        name: questionNames.reason(measure.id),
        title: loc(texts.reason),
        maxLength: answerLimits.reasonLength,
        visibleIf: `{${statusName}} = 'not_applicable'`,
        isRequired: true,
      }),
      withDescription({
        type: "comment",
        name: questionNames.comment(measure.id),
        title: loc(texts.comment),
        maxLength: answerLimits.commentLength,
        rows: 2,
      }),
      withDescription(
        {
          type: "text",
          name: questionNames.evidence(measure.id),
          title: loc(texts.evidence),
          inputType: "url",
          maxLength: answerLimits.evidenceLength,
        },
        texts.evidenceHelp,
      ),
    ],
  };
}
