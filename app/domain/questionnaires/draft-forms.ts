/**
 * Reading the editor's forms into parts of a draft. A form is read through get/getAll, as
 * FormData offers them; field names follow the paths of the schema, so problems land
 * next to their field. Pure: no I/O.
 */
import type { z } from "zod";
import { type Country, locales } from "#app/domain/vocabulary";
import { type DraftProblem, issueKey } from "./draft-problems";
import { type ComparabilityDecision, DraftMeasure, DraftMeta, DraftScopeQuestion, type DraftText } from "./drafts";
import { ScoringParameters } from "./schema";

export interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const textOf = (form: FormLike, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

function localizedFrom(form: FormLike, name: string): DraftText {
  return { de: textOf(form, `${name}.de`), en: textOf(form, `${name}.en`), ja: textOf(form, `${name}.ja`) };
}

const isBlank = (text: DraftText) => locales.every((locale) => text[locale].trim() === "");

/** The row numbers of a repeated group ("conditions.3.question" → 3), in order. */
function rowIndexes(group: string, names: readonly string[]): number[] {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  for (const name of names) {
    const match = name.match(pattern);
    if (match?.[1] && Number(match[1]) < 1000) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

const numberOrUndefined = (value: string): number | string | undefined => {
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: DraftProblem[]; value: unknown };

function parseWith<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    value,
    problems: result.error.issues.map((issue) => ({ path: issue.path.join("."), key: issueKey(issue) })),
  };
}

/**
 * A measure from its form. Field names follow the paths of the schema ("title.de",
 * "legalScope.JP.level", "conditions.0.answers"), so problems land next to their field.
 */
export function measureFromForm(
  form: FormLike,
  names: readonly string[],
  id: string,
  field: string,
): Parsed<DraftMeasure> {
  const scope = (country: Country) => ({
    level: textOf(form, `legalScope.${country}.level`),
    basis: textOf(form, `legalScope.${country}.basis`),
    reason: localizedFrom(form, `legalScope.${country}.reason`),
    uncertain: form.get(`legalScope.${country}.uncertain`) === "on",
    sources: textOf(form, `legalScope.${country}.sources`)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  });
  const conditions = rowIndexes("conditions", names).map((i) => {
    const factor = numberOrUndefined(textOf(form, `conditions.${i}.practicalFactor`));
    const level = textOf(form, `conditions.${i}.legalLevel`);
    return {
      question: textOf(form, `conditions.${i}.question`),
      answers: form.getAll(`conditions.${i}.answers`).filter((v): v is string => typeof v === "string"),
      ...(factor === undefined ? {} : { practicalFactor: factor }),
      ...(level === "" ? {} : { legalLevel: level }),
      note: localizedFrom(form, `conditions.${i}.note`),
    };
  });
  const depth = numberOrUndefined(textOf(form, "depth"));
  return parseWith(DraftMeasure, {
    id,
    field,
    approach: textOf(form, "approach"),
    depth,
    sector: textOf(form, "sector"),
    effort: textOf(form, "effort"),
    potential: textOf(form, "potential"),
    title: localizedFrom(form, "title"),
    description: localizedFrom(form, "description"),
    example: localizedFrom(form, "example"),
    legalScope: { DE: scope("DE"), JP: scope("JP"), US: scope("US") },
    conditions,
  });
}

/** A scope question from its form; id and country come from the form only for a new one. */
export function scopeQuestionFromForm(
  form: FormLike,
  names: readonly string[],
  fixed: { id: string; country: string } | null,
): Parsed<DraftScopeQuestion> {
  const help = localizedFrom(form, "help");
  const options = rowIndexes("options", names).map((i) => ({
    value: textOf(form, `options.${i}.value`).trim(),
    text: localizedFrom(form, `options.${i}.text`),
  }));
  const country = fixed?.country ?? textOf(form, "country");
  const id = fixed?.id ?? `${country.toLowerCase()}_${textOf(form, "idSuffix").trim()}`;
  return parseWith(DraftScopeQuestion, {
    id,
    country,
    text: localizedFrom(form, "text"),
    ...(isBlank(help) ? {} : { help }),
    options,
  });
}

export function scoringFromForm(form: FormLike): Parsed<z.output<typeof ScoringParameters>> {
  const number = (name: string) => numberOrUndefined(textOf(form, name));
  return parseWith(ScoringParameters, {
    statusWeights: {
      not_started: number("statusWeights.not_started"),
      planned: number("statusWeights.planned"),
      decided: number("statusWeights.decided"),
      in_progress: number("statusWeights.in_progress"),
      implemented: number("statusWeights.implemented"),
    },
    depthWeights: { "1": number("depthWeights.1"), "2": number("depthWeights.2"), "3": number("depthWeights.3") },
    legalFactors: {
      mandatory: number("legalFactors.mandatory"),
      full: number("legalFactors.full"),
      partial: number("legalFactors.partial"),
      none: number("legalFactors.none"),
    },
    classValues: {
      low: number("classValues.low"),
      medium: number("classValues.medium"),
      high: number("classValues.high"),
    },
    minimumPeerGroupSize: number("minimumPeerGroupSize"),
  });
}

export function metaFromForm(form: FormLike): Parsed<DraftMeta> {
  return parseWith(DraftMeta, { title: localizedFrom(form, "title"), summary: localizedFrom(form, "summary") });
}

export function comparabilityFromForm(form: FormLike): ComparabilityDecision | null {
  const value = form.get("comparability");
  return value === "comparable" || value === "not_comparable" ? value : null;
}
