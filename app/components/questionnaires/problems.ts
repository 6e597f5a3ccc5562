/** Problems of a draft as text: the message key translated, its parameters too where they name vocabulary. */
import type { TFunction } from "i18next";

export interface ProblemLike {
  path: string;
  key: string;
  params?: Record<string, string | number> | undefined;
}

const statusNames = new Set(["not_started", "planned", "decided", "in_progress", "implemented"]);

export function problemMessage(t: TFunction, problem: ProblemLike): string {
  const params: Record<string, string | number> = { ...(problem.params ?? {}) };
  if (typeof params.field === "string") params.field = t(`catalogue.fields.${params.field}`);
  for (const key of ["level", "stronger"] as const) {
    if (typeof params[key] === "string") params[key] = t(`catalogue.levels.${params[key]}.label`);
  }
  for (const key of ["status", "lower"] as const) {
    const value = params[key];
    if (typeof value === "string" && statusNames.has(value)) params[key] = t(`questionnaire.survey.statuses.${value}`);
  }
  return t(problem.key, params);
}

/** Problems keyed by field name (the first per field), as forms show them. */
export function byField(problems: readonly ProblemLike[]): Record<string, ProblemLike> {
  const fields: Record<string, ProblemLike> = {};
  for (const problem of problems) fields[problem.path || "form"] ??= problem;
  return fields;
}
