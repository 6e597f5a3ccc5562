/**
 * Research exports as tables: answers, activity profiles and CO2 balances, each in a
 * wide form (one row per assessment, or per balance) and a long form (one row per
 * answer, profile group or balance figure). Every table carries the questionnaire
 * version on every row and describes each of its columns in a codebook. Pure: the
 * server feeds records in batches and writes the cells as CSV or XLSX. This module
 * holds what the tables share (their shape, the common columns, the codebook as rows,
 * the file name); the tables are in `answer-tables.ts`, `profile-tables.ts` and
 * `balance-tables.ts`.
 */
import type { Answers } from "#app/domain/assessments/answers";
import type { SurveyFrameTexts } from "#app/domain/questionnaires/compile-survey";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Balance } from "../balances/model";
import { type Country, countries, type Locale } from "../vocabulary";

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

export function entry(t: Translate, spec: Spec): CodebookEntry {
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

export function codes<V extends string>(values: readonly V[], label: (value: V) => string) {
  return values.map((code) => ({ code, label: label(code) }));
}

function versionColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, { name: "questionnaire_version", type: "integer" }),
    entry(t, { name: "questionnaire_version_id", type: "string" }),
  ];
}

export function municipalityColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, { name: "municipality_id", type: "string" }),
    entry(t, { name: "municipality_name", type: "string" }),
    entry(t, { name: "municipality_name_en", type: "string" }),
    entry(t, { name: "official_code", type: "string" }),
    entry(t, { name: "country", type: "code", values: codes(countries, (c) => t(`country.${c}`)) }),
  ];
}

const sizeClassValues = ["very_small", "small", "medium", "large", "very_large"] as const;

export function assessmentColumns(t: Translate): CodebookEntry[] {
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

export function assessmentCells(record: AssessmentRecord): Cell[] {
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
