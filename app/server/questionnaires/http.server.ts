/**
 * What the workspace's routes read from a request: the version an address names, the
 * submitted form and the revision it was loaded at.
 */
import { notFound } from "#app/server/core/errors.server";
import { type Db, type LoadedVersion, loadVersion } from "./versions.server";

/** The version, or a 404 for a missing id (nothing hints at what exists). */
export async function requireVersion(db: Db, id: string): Promise<LoadedVersion> {
  const loaded = await loadVersion(db, id);
  if (!loaded) notFound();
  return loaded;
}

/** The submitted form; null when the body is not a form. */
export async function readFormData(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/** The revision a form was based on; null when missing or not a whole number. */
export function revisionFrom(form: FormData): number | null {
  const value = form.get("revision");
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** The names of a form's fields, for the repeated groups (conditions, options). */
export function fieldNames(form: FormData): string[] {
  return [...new Set([...form.keys()])];
}
