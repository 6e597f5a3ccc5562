/**
 * Workshops as pure rules: the form a researcher fills in, the languages a workshop is
 * held in (the first is the dossier's), and the plain-text comments participants write.
 */
import { z } from "zod";
import { type Locale, locales } from "../vocabulary";

export const workshopLimits = { titleLength: 200, placeLength: 200, commentLength: 2000 } as const;

/** A calendar date YYYY-MM-DD that exists (no 31 February). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const localeSet: ReadonlySet<string> = new Set(locales);

/**
 * The workshop's languages from storage (a JSON list): unknown values and repeats are
 * dropped; an unreadable or empty list falls back to English, so a dossier always has one.
 */
export function parseLanguages(stored: string | null | undefined): Locale[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? "[]");
  } catch {
    parsed = [];
  }
  const list = Array.isArray(parsed) ? parsed : [];
  const result: Locale[] = [];
  for (const value of list) {
    if (typeof value === "string" && localeSet.has(value) && !result.includes(value as Locale))
      result.push(value as Locale);
  }
  return result.length > 0 ? result : ["en"];
}

/** The language of the dossier and its PDF: the first of the workshop's languages. */
export function dossierLanguage(languages: readonly Locale[]): Locale {
  return languages[0] ?? "en";
}

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

/**
 * The workshop form. Languages arrive as `dossierLanguage` (required, first) and
 * `languages` (further languages, any order); the result lists the dossier's language first.
 */
export const WorkshopForm = z
  .object({
    title: text(workshopLimits.titleLength, "workshops.validation.titleRequired", "workshops.validation.tooLong"),
    heldOn: z
      .string({ error: "workshops.validation.dateInvalid" })
      .trim()
      .refine(isIsoDate, { error: "workshops.validation.dateInvalid" }),
    place: text(workshopLimits.placeLength, "workshops.validation.placeRequired", "workshops.validation.tooLong"),
    dossierLanguage: z.enum(locales, { error: "workshops.validation.languageRequired" }),
    languages: z
      .array(z.enum(locales, { error: "validation.invalidValue" }))
      .max(10)
      .default([]),
    municipalityIds: z.array(z.string().trim().min(1).max(64)).max(200).default([]),
  })
  .transform((form) => ({
    title: form.title,
    heldOn: form.heldOn,
    place: form.place,
    languages: [form.dossierLanguage, ...form.languages.filter((l) => l !== form.dossierLanguage)].filter(
      (l, i, all) => all.indexOf(l) === i,
    ),
    municipalityIds: [...new Set(form.municipalityIds)],
  }));
export type WorkshopInput = z.output<typeof WorkshopForm>;

/**
 * Comment text: plain text, never markup. Control characters other than line breaks
 * and tabs are removed, Windows line breaks become \n, and the result is trimmed;
 * the page shows it as text (React escapes it), so "<script>" is just eight characters.
 */
export function normaliseCommentBody(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .trim()
  );
}

export const CommentBody = z
  .string({ error: "workshops.validation.commentRequired" })
  .transform(normaliseCommentBody)
  .pipe(
    z
      .string()
      .min(1, { error: "workshops.validation.commentRequired" })
      .max(workshopLimits.commentLength, { error: "workshops.validation.commentTooLong" }),
  );

/** What a comment or mark is about: one city's recommendation, or a topic of the whole group. */
export interface DiscussionItem {
  readonly municipalityId: string | null;
  readonly measureId: string;
}

export function itemKey(item: DiscussionItem): string {
  return `${item.municipalityId ?? "group"}:${item.measureId}`;
}
