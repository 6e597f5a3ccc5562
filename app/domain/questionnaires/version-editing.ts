/** Small rules the questionnaire-version editor pages share, free of I/O so both server and browser use them. */
import type { Locale } from "#app/domain/vocabulary";

/**
 * A draft text in the reader's language. A draft may still lack a translation, so the
 * editor falls back to English, then German, then Japanese rather than show nothing.
 */
export function inLocale(text: { de: string; en: string; ja: string }, locale: Locale): string {
  return text[locale] || text.en || text.de || text.ja;
}

/** What the editor offers for deciding whether a changed measure or scope question stays comparable. */
export interface ComparabilityChoice {
  value: "comparable" | "not_comparable" | null;
  changedParts: string[] | null;
  baseNumber: number;
}
