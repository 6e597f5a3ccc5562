import type { z } from "zod";

/** Field → message key of its first problem; "form" for problems of the whole form. */
export type FieldErrors = Partial<Record<string, string>>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Reads a submitted form and validates it with a zod schema. A body that is not a
 * form, or a field that is a file where text was expected, is a validation error
 * like any other, never a crash.
 */
export async function readForm<S extends z.ZodType>(request: Request, schema: S): Promise<FormResult<z.output<S>>> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { ok: false, errors: { form: "validation.badForm" } };
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key in values) continue;
    values[key] = value;
  }
  return validate(schema, values);
}

export function validate<S extends z.ZodType>(schema: S, values: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    // zod's own messages (wrong type, unknown key) are not message keys: show a generic one.
    errors[field] ??= issue.message.startsWith("validation.") ? issue.message : "validation.invalidValue";
  }
  return { ok: false, errors };
}
