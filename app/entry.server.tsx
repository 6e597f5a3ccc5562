import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance } from "i18next";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { NonceProvider } from "#app/components/nonce";
import { i18nOptions } from "#app/i18n";
import { getLocale, localeCookieFor, resources } from "#app/server/core/i18n.server";
import { nulFreeStream } from "#app/server/core/nul-free-stream.server";

const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nOptions, lng: await getLocale(request), resources });
  await rememberLocaleChoice(request, responseHeaders);

  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <NonceProvider value={nonce}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </NonceProvider>
      </I18nextProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = nulFreeStream();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors inside the shell are reported by onShellError; log the rest.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

export const handleDataRequest: HandleDataRequestFunction = async (response, { request }) => {
  await rememberLocaleChoice(request, response.headers);
  return response;
};

async function rememberLocaleChoice(request: Request, headers: Headers) {
  const cookie = await localeCookieFor(request);
  if (cookie) headers.append("Set-Cookie", cookie);
}

// The production server checks every state-changing request with this before Remix sees it.
export { isCrossSiteRequest } from "#app/server/core/csrf.server";
export { demoAccounts } from "#app/server/demo/seed.server";
/** Run by the production server before it listens: fail fast on a bad database, seed the demo when wanted. */
export { startup } from "#app/server/operations/prepare.server";
