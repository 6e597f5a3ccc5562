/**
 * Research exports as tables: answers, activity profiles and CO2 balances, each in a
 * wide form (one row per assessment, or per balance) and a long form (one row per
 * answer, profile group or balance figure). Every table carries the questionnaire
 * version on every row and describes each of its columns in a codebook. Pure: the
 * server feeds records in batches and writes the cells as CSV or XLSX.
 */
import {
  type Answers,
  type AnswerValue,
  measureStatuses,
  questionNames,
  scoringInput,
} from "#app/domain/assessments/answers";
import { answerRows } from "#app/domain/questionnaires/answer-summary";
import { compileSurvey, type SurveyFrameTexts } from "#app/domain/questionnaires/compile-survey";
import type { LocalizedText, QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { computeActivityProfile, type GroupScore } from "#app/domain/results";
import { type Balance, balanceSectors, finalEnergySectors, subtotalsOf } from "../balances/model";
import { type Country, countries, fieldsOfAction, impactApproaches, type Locale, sectors } from "../vocabulary";

export const exportDatasets = ["answers", "profiles", "balances"] as const;
export type ExportDataset = (typeof exportDatasets)[number];
export const exportForms = ["wide", "long"] as const;
export type ExportForm = (typeof exportForms)[number];
export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A cell: numbers stay numbers (numeric cells in XLSX), null is empty. */
export type Cell = string | number | null;

export type ColumnType = "string" | "integer" | "number" | "code" | "datetime";

/** One line of the codebook: a column of the file, or (long answers) a value of its `question` column. */
export interface CodebookEntry {
  name: string;
  appliesTo: "column" | "question";
  label: string;
  type: ColumnType;
  unit: string | null;
  values: ReadonlyArray<{ code: string; label: string }>;
  description: string;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What labels need: the app's translations in the export's language and the questionnaire frame. */
export interface LabelContext {
  locale: Locale;
  t: Translate;
  frameTexts: SurveyFrameTexts;
}

/** One assessment as the answers and profile exports read it. */
export interface AssessmentRecord {
  assessmentId: string;
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string;
  officialCode: string | null;
  country: Country;
  region: string;
  sizeClass: string;
  population: number;
  reportingYear: number;
  status: "in_progress" | "submitted";
  submittedAt: string | null;
  updatedAt: string;
  versionId: string;
  version: QuestionnaireVersion;
  answers: Answers;
}

/** One CO2 balance, with the questionnaire version of the municipality's round of that year (if any). */
export interface BalanceRecord {
  municipalityId: string;
  municipalityName: string;
  municipalityNameEn: string;
  officialCode: string | null;
  country: Country;
  versionId: string | null;
  versionNumber: number | null;
  balance: Balance;
  updatedAt: string;
}

export interface ExportTable<R> {
  dataset: ExportDataset;
  form: ExportForm;
  /** The codebook: the file's columns in order, then (long answers) the questions. */
  codebook: CodebookEntry[];
  header: string[];
  rowsOf(record: R): Cell[][];
}

// --- columns ---------------------------------------------------------------------------

type Spec = Omit<CodebookEntry, "appliesTo" | "label" | "description" | "unit" | "values"> & {
  unit?: string | null;
  values?: CodebookEntry["values"];
};

function entry(t: Translate, spec: Spec): CodebookEntry {
  return {
    name: spec.name,
    appliesTo: "column",
    label: t(`research.codebook.columns.${spec.name}.label`),
    type: spec.type,
    unit: spec.unit ?? null,
    values: spec.values ?? [],
    description: t(`research.codebook.columns.${spec.name}.description`),
  };
}

function codes<V extends string>(values: readonly V[], label: (value: V) => string) {
  return values.map((code) => ({ code, label: label(code) }));
}

function versionColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, { name: "questionnaire_version", type: "integer" }),
    entry(t, { name: "questionnaire_version_id", type: "string" }),
  ];
}

function municipalityColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, { name: "municipality_id", type: "string" }),
    entry(t, { name: "municipality_name", type: "string" }),
    entry(t, { name: "municipality_name_en", type: "string" }),
    entry(t, { name: "official_code", type: "string" }),
    entry(t, { name: "country", type: "code", values: codes(countries, (c) => t(`country.${c}`)) }),
  ];
}

const sizeClassValues = ["very_small", "small", "medium", "large", "very_large"] as const;

function assessmentColumns(t: Translate): CodebookEntry[] {
  return [
    ...versionColumns(t),
    entry(t, { name: "assessment_id", type: "string" }),
    ...municipalityColumns(t),
    entry(t, { name: "region", type: "string" }),
    entry(t, {
      name: "size_class",
      type: "code",
      values: codes(sizeClassValues, (s) => t(`municipality.sizeClasses.${s}`)),
    }),
    entry(t, { name: "municipality_population", type: "integer", unit: t("research.codebook.units.inhabitants") }),
    entry(t, { name: "reporting_year", type: "integer" }),
    entry(t, {
      name: "status",
      type: "code",
      values: codes(["in_progress", "submitted"] as const, (s) => t(`assessmentStatus.${s}`)),
    }),
    entry(t, { name: "submitted_at", type: "datetime" }),
    entry(t, { name: "updated_at", type: "datetime" }),
  ];
}

function assessmentCells(record: AssessmentRecord): Cell[] {
  return [
    record.version.version,
    record.versionId,
    record.assessmentId,
    record.municipalityId,
    record.municipalityName,
    record.municipalityNameEn,
    record.officialCode,
    record.country,
    record.region,
    record.sizeClass,
    record.population,
    record.reportingYear,
    record.status,
    record.submittedAt,
    record.updatedAt,
  ];
}

// --- questions -------------------------------------------------------------------------

/** A question of one or more questionnaire versions, described for the codebook. */
export interface QuestionEntry {
  name: string;
  measureId: string | null;
  label: string;
  type: ColumnType;
  values: ReadonlyArray<{ code: string; label: string }>;
  description: string;
}

/**
 * Every question of the versions, in questionnaire order: general questions, the
 * practical-scope questions of each country, then five questions per measure. A
 * question of several versions appears once, described as in the newest of them.
 */
export function questionEntries(versions: readonly QuestionnaireVersion[], context: LabelContext): QuestionEntry[] {
  const { t, frameTexts: f, locale } = context;
  const loc = (text: LocalizedText) => text[locale];
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const byName = new Map<string, QuestionEntry>();
  const order: string[] = [];
  const add = (question: QuestionEntry) => {
    if (byName.has(question.name)) return;
    order.push(question.name);
    byName.set(question.name, question);
  };
  const general = (name: string, label: LocalizedText, type: ColumnType, unit: string | null = null) => ({
    name,
    measureId: null,
    label: loc(label),
    type,
    values: [],
    description: unit ? t("research.codebook.questionUnit", { unit }) : t("research.codebook.questionGeneral"),
  });
  const choiceValues = <V extends string>(values: readonly V[], labels: Record<V, LocalizedText>) =>
    values.map((code) => ({ code, label: loc(labels[code]) }));
  // General questions first, in the order the questionnaire asks them.
  const ordered = [...newestFirst].reverse();
  add(general(questionNames.population, f.population, "integer", t("research.codebook.units.inhabitants")));
  add(general(questionNames.climateStaff, f.climateStaff, "number", t("research.codebook.units.fte")));
  add({
    ...general(questionNames.climatePlan, f.climatePlan, "code"),
    values: choiceValues(["adopted", "in_preparation", "none"] as const, f.climatePlanStates),
  });
  add({
    ...general(questionNames.targetType, f.targetType, "code"),
    values: choiceValues(["net_zero", "reduction", "none"] as const, f.targetTypes),
  });
  add(general(questionNames.targetYear, f.targetYear, "integer"));
  add(general(questionNames.baseYear, f.baseYear, "integer"));
  add(general(questionNames.targetReduction, f.targetReduction, "number", "%"));
  // Newest version first so its wording wins; order then follows the oldest version that has the question.
  const scopeByName = new Map<string, QuestionEntry>();
  const measureByName = new Map<string, QuestionEntry>();
  for (const version of newestFirst) {
    for (const question of version.scopeQuestions) {
      const name = questionNames.scope(question.id);
      if (scopeByName.has(name)) continue;
      scopeByName.set(name, {
        name,
        measureId: null,
        label: loc(question.text),
        type: "code",
        values: question.options.map((o) => ({ code: o.value, label: loc(o.text) })),
        description: t("research.codebook.questionScope", { country: t(`country.${question.country}`) }),
      });
    }
    for (const measure of version.measures) {
      const title = `${measure.id} ${loc(measure.title)}`;
      const items: Array<[string, string, ColumnType, QuestionEntry["values"]]> = [
        [questionNames.status(measure.id), loc(f.status), "code", choiceValues(measureStatuses, f.statuses)],
        [questionNames.year(measure.id), loc(f.year), "integer", []],
        [questionNames.reason(measure.id), loc(f.reason), "string", []],
        [questionNames.comment(measure.id), loc(f.comment), "string", []],
        [questionNames.evidence(measure.id), loc(f.evidence), "string", []],
      ];
      for (const [name, item, type, values] of items) {
        if (measureByName.has(name)) continue;
        measureByName.set(name, {
          name,
          measureId: measure.id,
          label: `${title}: ${item}`,
          type,
          values,
          description: t("research.codebook.questionMeasure", {
            levels: countries
              .map((c) => `${c} ${t(`catalogue.levels.${measure.legalScope[c].level}.label`)}`)
              .join(", "),
          }),
        });
      }
    }
  }
  for (const version of ordered) {
    for (const country of countries) {
      for (const question of version.scopeQuestions.filter((q) => q.country === country)) {
        const found = scopeByName.get(questionNames.scope(question.id));
        if (found) add(found);
      }
    }
  }
  for (const version of ordered) {
    for (const measure of version.measures) {
      for (const name of [
        questionNames.status(measure.id),
        questionNames.year(measure.id),
        questionNames.reason(measure.id),
        questionNames.comment(measure.id),
        questionNames.evidence(measure.id),
      ]) {
        const found = measureByName.get(name);
        if (found) add(found);
      }
    }
  }
  return order.map((name) => byName.get(name) as QuestionEntry);
}

function answerCell(value: AnswerValue | undefined): Cell {
  return value === undefined ? null : value;
}

export function answersWideTable(
  versions: readonly QuestionnaireVersion[],
  context: LabelContext,
): ExportTable<AssessmentRecord> {
  const questions = questionEntries(versions, context);
  const codebook = [
    ...assessmentColumns(context.t),
    ...questions.map(
      (q): CodebookEntry => ({
        name: q.name,
        appliesTo: "column",
        label: q.label,
        type: q.type,
        unit: null,
        values: q.values,
        description: q.description,
      }),
    ),
  ];
  return {
    dataset: "answers",
    form: "wide",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => [[...assessmentCells(record), ...questions.map((q) => answerCell(record.answers[q.name]))]],
  };
}

export function answersLongTable(
  versions: readonly QuestionnaireVersion[],
  context: LabelContext,
): ExportTable<AssessmentRecord> {
  const { t } = context;
  const questions = questionEntries(versions, context);
  const columns = [
    ...assessmentColumns(t),
    entry(t, { name: "question", type: "code" }),
    entry(t, { name: "measure_id", type: "string" }),
    entry(t, { name: "page", type: "string" }),
    entry(t, { name: "question_text", type: "string" }),
    entry(t, { name: "value", type: "string" }),
    entry(t, { name: "value_text", type: "string" }),
  ];
  const measureOf = new Map(questions.map((q) => [q.name, q.measureId]));
  // One compiled model per version and country: the words of every choice, the page titles.
  const models = new Map<string, ReturnType<typeof compileSurvey>>();
  const modelFor = (record: AssessmentRecord) => {
    const key = `${record.versionId}\u0000${record.country}`;
    let model = models.get(key);
    if (!model) {
      model = compileSurvey(record.version, {
        country: record.country,
        locale: context.locale,
        texts: context.frameTexts,
      });
      models.set(key, model);
    }
    return model;
  };
  return {
    dataset: "answers",
    form: "long",
    codebook: [
      ...columns,
      ...questions.map(
        (q): CodebookEntry => ({
          name: q.name,
          appliesTo: "question",
          label: q.label,
          type: q.type,
          unit: null,
          values: q.values,
          description: q.description,
        }),
      ),
    ],
    header: columns.map((c) => c.name),
    rowsOf: (record) => {
      const base = assessmentCells(record);
      const rows = answerRows(modelFor(record), record.answers);
      const listed = new Set(rows.map((row) => row.name));
      const result: Cell[][] = rows.map((row) => [
        ...base,
        row.name,
        measureOf.get(row.name) ?? null,
        row.page,
        row.question,
        answerCell(record.answers[row.name]),
        row.answer,
      ]);
      // Answers the compiled questionnaire does not show (another country's question, a
      // question of a measure outside the legal scope) are exported too, without words.
      for (const [name, value] of Object.entries(record.answers)) {
        if (listed.has(name)) continue;
        result.push([...base, name, measureOf.get(name) ?? null, null, null, value, null]);
      }
      return result;
    },
  };
}

// --- profiles ----------------------------------------------------------------------------

const figureNames = ["activity", "absolute_activity", "scope", "possible", "achieved", "maximum"] as const;
type FigureName = (typeof figureNames)[number];

function figureOf(group: GroupScore, figure: FigureName): number | null {
  switch (figure) {
    case "activity":
      return group.activity;
    case "absolute_activity":
      return group.absoluteActivity;
    case "scope":
      return group.scope;
    case "possible":
      return group.possible;
    case "achieved":
      return group.achieved;
    case "maximum":
      return group.maximum;
  }
}

interface GroupRef {
  kind: "overall" | "field" | "approach" | "sector";
  key: string;
  column: string;
  label: string;
}

function profileGroups(t: Translate): GroupRef[] {
  return [
    { kind: "overall", key: "all", column: "overall", label: t("research.codebook.groups.overall") },
    ...fieldsOfAction.map((key) => ({
      kind: "field" as const,
      key,
      column: `field_${key}`,
      label: t(`catalogue.fields.${key}`),
    })),
    ...impactApproaches.map((key) => ({
      kind: "approach" as const,
      key,
      column: `approach_${key}`,
      label: t(`catalogue.approaches.${key}`),
    })),
    ...sectors.map((key) => ({
      kind: "sector" as const,
      key,
      column: `sector_${key}`,
      label: t(`catalogue.sectors.${key}`),
    })),
  ];
}

function groupScore(profile: ReturnType<typeof computeActivityProfile>, group: GroupRef): GroupScore {
  switch (group.kind) {
    case "overall":
      return profile.overall;
    case "field":
      return profile.byField[group.key as keyof typeof profile.byField];
    case "approach":
      return profile.byApproach[group.key as keyof typeof profile.byApproach];
    case "sector":
      return profile.bySector[group.key as keyof typeof profile.bySector];
  }
}

function profileOf(record: AssessmentRecord) {
  return computeActivityProfile(record.version, scoringInput(record.version, record.country, record.answers));
}

export function profilesWideTable(context: LabelContext): ExportTable<AssessmentRecord> {
  const { t } = context;
  const groups = profileGroups(t);
  const figureColumns = groups.flatMap((group) =>
    figureNames.map(
      (figure): CodebookEntry => ({
        name: `${group.column}_${figure}`,
        appliesTo: "column",
        label: t(`research.codebook.figures.${figure}.label`, { group: group.label }),
        type: "number",
        unit: t(`research.codebook.figures.${figure}.unit`),
        values: [],
        description: t(`research.codebook.figures.${figure}.description`, { group: group.label }),
      }),
    ),
  );
  const codebook = [...assessmentColumns(t), ...figureColumns];
  return {
    dataset: "profiles",
    form: "wide",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => {
      const profile = profileOf(record);
      return [
        [
          ...assessmentCells(record),
          ...groups.flatMap((group) => figureNames.map((figure) => figureOf(groupScore(profile, group), figure))),
        ],
      ];
    },
  };
}

export function profilesLongTable(context: LabelContext): ExportTable<AssessmentRecord> {
  const { t } = context;
  const groups = profileGroups(t);
  const codebook = [
    ...assessmentColumns(t),
    entry(t, {
      name: "group_kind",
      type: "code",
      values: codes(["overall", "field", "approach", "sector"] as const, (k) => t(`research.codebook.groupKinds.${k}`)),
    }),
    entry(t, {
      name: "group_key",
      type: "code",
      values: groups.map((g) => ({ code: g.key, label: g.label })),
    }),
    entry(t, { name: "measure_count", type: "integer" }),
    entry(t, { name: "not_applicable_count", type: "integer" }),
    ...figureNames.map(
      (figure): CodebookEntry => ({
        name: figure,
        appliesTo: "column",
        label: t(`research.codebook.figures.${figure}.label`, { group: t("research.codebook.groups.row") }),
        type: "number",
        unit: t(`research.codebook.figures.${figure}.unit`),
        values: [],
        description: t(`research.codebook.figures.${figure}.description`, {
          group: t("research.codebook.groups.row"),
        }),
      }),
    ),
    entry(t, { name: "depth_mix_1", type: "number", unit: t("research.codebook.units.share") }),
    entry(t, { name: "depth_mix_2", type: "number", unit: t("research.codebook.units.share") }),
    entry(t, { name: "depth_mix_3", type: "number", unit: t("research.codebook.units.share") }),
  ];
  return {
    dataset: "profiles",
    form: "long",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => {
      const profile = profileOf(record);
      const base = assessmentCells(record);
      return groups.map((group) => {
        const score = groupScore(profile, group);
        return [
          ...base,
          group.kind,
          group.key,
          score.measureCount,
          score.notApplicableCount,
          ...figureNames.map((figure) => figureOf(score, figure)),
          score.depthMix?.[1] ?? null,
          score.depthMix?.[2] ?? null,
          score.depthMix?.[3] ?? null,
        ];
      });
    },
  };
}

// --- balances ----------------------------------------------------------------------------

function balanceContextColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, { name: "balance_questionnaire_version", type: "integer" }),
    entry(t, { name: "balance_questionnaire_version_id", type: "string" }),
    ...municipalityColumns(t),
    entry(t, { name: "year", type: "integer" }),
    entry(t, {
      name: "standard",
      type: "code",
      values: codes(
        ["bisko", "gpc_basic", "gpc_basic_plus", "jp_moe_manual", "us_community_protocol", "other"] as const,
        (s) => t(`balances.standards.${s}`),
      ),
    }),
  ].map((column) =>
    // The version columns keep their common names; the codebook explains how they are matched.
    column.name.startsWith("balance_") ? { ...column, name: column.name.slice("balance_".length) } : column,
  );
}

function balanceContextCells(record: BalanceRecord): Cell[] {
  return [
    record.versionNumber,
    record.versionId,
    record.municipalityId,
    record.municipalityName,
    record.municipalityNameEn,
    record.officialCode,
    record.country,
    record.balance.year,
    record.balance.method.standard,
  ];
}

interface BalanceFigure {
  name: string;
  label: string;
  unit: string;
  value: (balance: Balance) => number | null;
}

function balanceFigures(t: Translate): BalanceFigure[] {
  const tonnes = t("research.codebook.units.tonnes");
  const mwh = t("research.codebook.units.mwh");
  return [
    {
      name: "population",
      label: t("research.codebook.balance.population"),
      unit: t("research.codebook.units.inhabitants"),
      value: (b) => b.population,
    },
    ...balanceSectors.map((sector) => ({
      name: `${sector}_t`,
      label: t(`balances.sectors.${sector}`),
      unit: tonnes,
      value: (b: Balance) => b.sectors[sector],
    })),
    {
      name: "energy_subtotal_t",
      label: t("balances.subtotals.energy"),
      unit: tonnes,
      value: (b) => subtotalsOf(b.sectors).energy,
    },
    {
      name: "transport_subtotal_t",
      label: t("balances.subtotals.transport"),
      unit: tonnes,
      value: (b) => subtotalsOf(b.sectors).transport,
    },
    { name: "total_t", label: t("balances.subtotals.total"), unit: tonnes, value: (b) => b.total },
    {
      name: "per_capita_t",
      label: t("research.codebook.balance.perCapita"),
      unit: t("research.codebook.units.tonnesPerCapita"),
      value: (b) => (b.population > 0 ? b.total / b.population : null),
    },
    ...finalEnergySectors.map((sector) => ({
      name: `energy_${sector}_mwh`,
      label: t("research.codebook.balance.finalEnergy", {
        sector: sector === "transport" ? t("balances.subtotals.transport") : t(`balances.sectors.${sector}`),
      }),
      unit: mwh,
      value: (b: Balance) => b.finalEnergy[sector],
    })),
  ];
}

const electricityMethodValues = ["national_mix", "regional_grid", "local_supplier"] as const;
const dataQualityValues = ["high", "medium", "low"] as const;

function balanceMethodColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, {
      name: "electricity_method",
      type: "code",
      values: codes(electricityMethodValues, (m) => t(`balances.electricity.${m}`)),
    }),
    entry(t, {
      name: "data_quality",
      type: "code",
      values: codes(dataQualityValues, (q) => t(`balances.dataQuality.${q}`)),
    }),
    entry(t, { name: "source", type: "string" }),
    entry(t, { name: "updated_at", type: "datetime" }),
  ];
}

export function balancesWideTable(context: LabelContext): ExportTable<BalanceRecord> {
  const { t } = context;
  const figures = balanceFigures(t);
  const codebook = [
    ...balanceContextColumns(t),
    ...figures.map(
      (figure): CodebookEntry => ({
        name: figure.name,
        appliesTo: "column",
        label: figure.label,
        type: figure.name === "population" ? "integer" : "number",
        unit: figure.unit,
        values: [],
        description: t("research.codebook.balance.figureDescription"),
      }),
    ),
    ...balanceMethodColumns(t),
  ];
  return {
    dataset: "balances",
    form: "wide",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => [
      [
        ...balanceContextCells(record),
        ...figures.map((figure) => figure.value(record.balance)),
        record.balance.method.electricity,
        record.balance.method.dataQuality,
        record.balance.method.source,
        record.updatedAt,
      ],
    ],
  };
}

export function balancesLongTable(context: LabelContext): ExportTable<BalanceRecord> {
  const { t } = context;
  const figures = balanceFigures(t);
  const codebook = [
    ...balanceContextColumns(t),
    entry(t, {
      name: "variable",
      type: "code",
      values: figures.map((figure) => ({ code: figure.name, label: figure.label })),
    }),
    entry(t, { name: "value", type: "number" }),
    entry(t, { name: "unit", type: "string" }),
    ...balanceMethodColumns(t),
  ];
  return {
    dataset: "balances",
    form: "long",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => {
      const base = balanceContextCells(record);
      const method = [
        record.balance.method.electricity,
        record.balance.method.dataQuality,
        record.balance.method.source,
        record.updatedAt,
      ];
      // Figures a balance does not report are left out (long form: no empty rows).
      return figures.flatMap((figure) => {
        const value = figure.value(record.balance);
        return value === null ? [] : [[...base, figure.name, value, figure.unit, ...method]];
      });
    },
  };
}

// --- codebook as a table -----------------------------------------------------------------

/** Codebook entries as rows of a table (CSV file or XLSX sheet). */
export const codebookHeader = ["column", "applies_to", "label", "type", "unit", "values", "description"] as const;

export function codebookRows(codebook: readonly CodebookEntry[]): Cell[][] {
  return codebook.map((c) => [
    c.name,
    c.appliesTo,
    c.label,
    c.type,
    c.unit,
    c.values.map((v) => `${v.code} = ${v.label}`).join("; "),
    c.description,
  ]);
}

/** A file name that says what is in it: dataset, form, filters and date. */
export function exportFileName(
  parts: { dataset: ExportDataset; form: ExportForm; country?: string | undefined; year?: number | undefined },
  extension: string,
  today: Date,
): string {
  const bits = [
    "climate-benchmark",
    parts.dataset,
    parts.form,
    parts.country?.toLowerCase(),
    parts.year === undefined ? undefined : String(parts.year),
    today.toISOString().slice(0, 10),
  ].filter((bit): bit is string => bit !== undefined && bit !== "");
  return `${bits.join("-")}.${extension}`;
}
