import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { fallbackLocale, i18nOptions, isLocale } from "#app/i18n";

// Only the page's own language is downloaded; the others stay on the server.
const localeModules = import.meta.glob<{ default: Record<string, unknown> }>("./locales/{de,en,ja}/index.ts");

/**
 * With single fetch, RemixBrowser suspends at the very top of the tree until the loader
 * data streamed into the page is decoded. A click or keystroke in that window makes React
 * hydrate synchronously, and a synchronous render that suspends outside any Suspense
 * boundary ends in "Root did not complete" (#345) and a page without JavaScript. Its
 * first call starts the decoding and throws the pending promise before any hook runs,
 * so awaiting that promise here means hydration never suspends.
 */
async function remixStateDecoded() {
  try {
    RemixBrowser({});
  } catch (thrown) {
    if (thrown instanceof Promise) await thrown;
  }
}

/**
 * When a navigation is superseded, Remix aborts its request; if the response had begun
 * to stream, turbo-stream leaves two promises on the aborted body unobserved, and the
 * browser reports them as uncaught. A cancelled request is the intended outcome, not a
 * failure, so only those are silenced; every other unhandled rejection still surfaces.
 */
function ignoreCancelledRequests() {
  window.addEventListener("unhandledrejection", (event) => {
    if (event.reason instanceof DOMException && event.reason.name === "AbortError") event.preventDefault();
  });
}

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
  await remixStateDecoded();
  hydrateRoot(
    document,
    <I18nextProvider i18n={i18next}>
      <StrictMode>
        <RemixBrowser />
      </StrictMode>
    </I18nextProvider>,
  );
}

ignoreCancelledRequests();
void hydrate();
