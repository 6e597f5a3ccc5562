import type { z } from "zod";

/** Field → message key of its first problem; "form" for problems of the whole form. */
export type FieldErrors = Partial<Record<string, string>>;

export type FormResult<T> =
  | { ok: true; data: T }
  /** `values`: what a form read by readForm held, to say which item a refused form was about. */
  | { ok: false; errors: FieldErrors; values?: Readonly<Record<string, unknown>> };

/** Fields that may repeat (checkbox groups, multi-selects): read as a list of their texts. */
export type FormReading = { repeated?: readonly string[] };

/**
 * Reads a submitted form and validates it with a zod schema. Every other field is
 * read once, its first value. A body that is not a form, or a field that is a file
 * where text was expected, is a validation error like any other, never a crash.
 */
export async function readForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  { repeated = [] }: FormReading = {},
): Promise<FormResult<z.output<S>>> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { ok: false, errors: { form: "validation.badForm" } };
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key in values || repeated.includes(key)) continue;
    values[key] = value;
  }
  for (const key of repeated) values[key] = form.getAll(key).filter((value) => typeof value === "string");
  const result = validate(schema, values);
  return result.ok ? result : { ...result, values };
}

/** Message keys are dotted names (validation.emailRequired, profile.recommendations.marks.…); zod's own messages are sentences. */
const messageKey = /^[a-z][A-Za-z]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;

export function validate<S extends z.ZodType>(schema: S, values: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    // zod's own messages (wrong type, unknown key) are not message keys: show a generic one.
    errors[field] ??= messageKey.test(issue.message) ? issue.message : "validation.invalidValue";
  }
  return { ok: false, errors };
}
