import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { compileSurvey } from "#app/domain/questionnaires/compile-survey";
import { draftForPreview } from "#app/domain/questionnaires/drafts";
import { type Country, countries, type Locale, locales } from "#app/domain/vocabulary";
import { requireRole } from "#app/server/access/permissions.server";
import { surveyFrameTexts } from "#app/server/assessments/survey-texts.server";
import { db } from "#app/server/core/db.server";
import { getLocale, getTranslator, resources } from "#app/server/core/i18n.server";
import { requireVersion } from "#app/server/questionnaires/http.server";
import versionStyles from "#app/styles/versions.css?url";

// SurveyJS is loaded only on this page, and only after hydration.
const SurveyPreview = lazy(() => import("#app/components/questionnaires/survey-preview"));

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** How many texts of the draft are blank in one language. */
function blankCount(value: unknown, locale: Locale): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + blankCount(item, locale), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.entries(value as Record<string, unknown>).reduce(
    (n, [key, item]) => n + (key === locale && item === "" ? 1 : blankCount(item, locale)),
    0,
  );
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const pageLocale = await getLocale(request);
  const loaded = await requireVersion(await db(), params.id ?? "");
  const search = new URL(request.url).searchParams;
  const country: Country = countries.find((c) => c === search.get("country")) ?? "DE";
  const language: Locale = locales.find((l) => l === search.get("language")) ?? pageLocale;
  const marker = resources[language].translation.versions.preview.missingText;
  const model = compileSurvey(draftForPreview(loaded.draft, language, marker), {
    country,
    locale: language,
    texts: surveyFrameTexts(),
    carryOver: null,
  });
  const number = loaded.versionNumber ?? loaded.draft.version;
  const name =
    loaded.status === "published"
      ? t("versions.draft.publishedTitle", { number })
      : t("versions.draft.title", { number });
  return {
    title: `${t("versions.preview.title", { version: name })} – ${t("app.shortName")}`,
    heading: t("versions.preview.title", { version: name }),
    id: loaded.id,
    number,
    status: loaded.status,
    country,
    language,
    missing: blankCount(loaded.draft, language),
    marker,
    model,
  };
}

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function VersionPreview() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const base = `/research/questionnaires/${page.id}`;
  return (
    <div className="versions-page">
      <p className="breadcrumb">
        <Link to="/research/questionnaires">{t("versions.breadcrumb")}</Link>
        {" › "}
        <Link to={base}>
          {page.status === "published"
            ? t("versions.measure.backToVersion", { number: page.number })
            : t("versions.measure.back")}
        </Link>
      </p>
      <h1>{page.heading}</h1>
      <p>{t("versions.preview.intro")}</p>
      <Form method="get" className="inline-form preview-choice">
        <div className="field">
          <label htmlFor="preview-country">{t("versions.preview.country")}</label>
          <select id="preview-country" name="country" defaultValue={page.country}>
            {countries.map((country) => (
              <option key={country} value={country}>
                {t(`country.${country}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="preview-language">{t("versions.preview.language")}</label>
          <select id="preview-language" name="language" defaultValue={page.language}>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`versions.languageNames.${locale}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("versions.preview.show")}
        </button>
      </Form>
      {page.missing > 0 ? (
        <p className="notice">{t("versions.preview.missingCount", { count: page.missing, marker: page.marker })}</p>
      ) : null}
      <div className="survey-area" data-testid="preview">
        {hydrated ? (
          <Suspense fallback={<p role="status">{t("versions.preview.loading")}</p>}>
            <SurveyPreview key={`${page.country}-${page.language}`} model={page.model} />
          </Suspense>
        ) : (
          <p role="status">{t("versions.preview.loading")}</p>
        )}
      </div>
    </div>
  );
}
