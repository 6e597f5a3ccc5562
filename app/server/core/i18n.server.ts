import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import type { Locale } from "#app/domain/vocabulary";
import { fallbackLocale, i18nOptions, isLocale, supportedLocales } from "#app/i18n";
import de from "#app/locales/de/index";
import en from "#app/locales/en/index";
import ja from "#app/locales/ja/index";
import { isHttps } from "./request.server";

export const resources = {
  de: { translation: de },
  en: { translation: en },
  ja: { translation: ja },
};

/** Remembers an explicit language choice for a year; not a secret, so unsigned. */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLocales],
    fallbackLanguage: fallbackLocale,
    cookie: localeCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie", "header"],
  },
  i18next: { ...i18nOptions, resources },
});

export async function getLocale(request: Request): Promise<Locale> {
  const locale = await i18nServer.getLocale(request);
  return isLocale(locale) ? locale : fallbackLocale;
}

/** A Set-Cookie value when the request carries an explicit ?lng= choice, else null. */
export async function localeCookieFor(request: Request): Promise<string | null> {
  const choice = new URL(request.url).searchParams.get("lng");
  return isLocale(choice) ? localeCookie.serialize(choice, { secure: isHttps(request) }) : null;
}

export async function getTranslator(request: Request) {
  return i18nServer.getFixedT(await getLocale(request));
}
