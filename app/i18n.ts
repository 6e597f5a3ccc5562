/** i18next settings shared by server and browser. */
import type { InitOptions } from "i18next";
import { type Locale, locales } from "#app/domain/vocabulary";

export const supportedLocales = locales;
export const fallbackLocale: Locale = "en";
export const defaultNamespace = "translation";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

export const i18nOptions = {
  supportedLngs: [...supportedLocales],
  fallbackLng: fallbackLocale,
  defaultNS: defaultNamespace,
  // React escapes on render; i18next escaping would double-escape.
  interpolation: { escapeValue: false },
} satisfies InitOptions;
