import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale } from "#app/domain/vocabulary";
import { supportedLocales } from "#app/i18n";

/**
 * Plain links that reload the document with ?lng=…: the server remembers the choice
 * in a cookie and renders the page in that language, with or without JavaScript.
 */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav aria-label={t("language.label")} className="language-switcher">
      <ul>
        {supportedLocales.map((locale) => {
          const params = new URLSearchParams(location.search);
          params.set("lng", locale);
          return (
            <li key={locale}>
              <a
                href={`${location.pathname}?${params.toString()}`}
                hrefLang={locale}
                lang={locale}
                aria-current={locale === current ? "true" : undefined}
              >
                {t(`language.${locale}`)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
