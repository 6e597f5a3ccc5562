import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { LanguageSwitcher } from "#app/components/language-switcher";
import { useNonce } from "#app/components/nonce";
import { fallbackLocale } from "#app/i18n";
import { getActor, hasRole } from "#app/server/access/permissions.server";
import { getLocale } from "#app/server/core/i18n.server";
import appStyles from "#app/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  return {
    locale: await getLocale(request),
    user: actor
      ? {
          displayName: actor.displayName,
          canInvite: hasRole(actor, "admin", "researcher"),
          isAdmin: hasRole(actor, "admin"),
          seesWorkshops: hasRole(actor, "admin", "researcher", "participant"),
        }
      : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? fallbackLocale;
  const user = data?.user ?? null;
  const nonce = useNonce();
  const { t } = useTranslation();
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        <header className="site-header">
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          <nav aria-label={t("nav.main")} className="site-nav">
            <Link to="/catalogue">{t("nav.catalogue")}</Link>
            {user?.seesWorkshops ? <Link to="/workshops">{t("workshops.nav")}</Link> : null}
            {user ? <Link to="/partnerships">{t("nav.partnerships")}</Link> : null}
            {user?.canInvite ? <Link to="/research/questionnaires">{t("nav.research")}</Link> : null}
            {user?.canInvite ? <Link to="/admin/invitations">{t("nav.invitations")}</Link> : null}
            {user?.isAdmin ? <Link to="/admin/users">{t("nav.users")}</Link> : null}
            {user?.isAdmin ? <Link to="/admin/audit">{t("nav.audit")}</Link> : null}
          </nav>
          <LanguageSwitcher current={locale} />
          {user ? (
            <div className="user-menu">
              <Link to="/account">{user.displayName}</Link>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  {t("nav.signOut")}
                </button>
              </Form>
            </div>
          ) : (
            <Link to="/login" className="button button-small">
              {t("nav.signIn")}
            </Link>
          )}
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t("app.demoNotice")}</p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { locale } = useLoaderData<typeof loader>();
  useChangeLanguage(locale);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="error-page">
      <h1>{t(notFound ? "error.notFoundTitle" : "error.genericTitle")}</h1>
      <p>{t(notFound ? "error.notFoundBody" : "error.genericBody")}</p>
      <p>
        <Link to="/">{t("error.backHome")}</Link>
      </p>
    </section>
  );
}
