import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { fallbackLocale, i18nOptions, isLocale } from "#app/i18n";

// Only the page's own language is downloaded; the others stay on the server.
const localeModules = import.meta.glob<{ default: Record<string, unknown> }>("./locales/{de,en,ja}/index.ts");

async function hydrate() {
  const htmlLang = document.documentElement.lang;
  const lng = isLocale(htmlLang) ? htmlLang : fallbackLocale;
  const load = localeModules[`./locales/${lng}/index.ts`];
  const messages = load ? (await load()).default : {};
  await i18next.use(initReactI18next).init({
    ...i18nOptions,
    lng,
    resources: { [lng]: { translation: messages } },
  });
  // Hydrated synchronously, not in a transition: a form submitted while a concurrent
  // hydration was still yielding made React 18 abort with "Root did not complete" (#345).
  hydrateRoot(
    document,
    <I18nextProvider i18n={i18next}>
      <StrictMode>
        <RemixBrowser />
      </StrictMode>
    </I18nextProvider>,
  );
}

void hydrate();
