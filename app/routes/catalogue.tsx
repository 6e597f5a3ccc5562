import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogueFilters } from "#app/components/questionnaires/catalogue/catalogue-filters";
import { CatalogueSummary } from "#app/components/questionnaires/catalogue/catalogue-summary";
import { ClassificationHelp } from "#app/components/questionnaires/catalogue/classification-help";
import { MeasureTable } from "#app/components/questionnaires/catalogue/measure-table";
import { useOpenDetailsForPrint } from "#app/components/questionnaires/catalogue/print";
import { ScopeLegend, ScopeMatrix } from "#app/components/questionnaires/catalogue/scope-matrix";
import { filterCatalogue } from "#app/domain/questionnaires/catalogue-filter";
import { parseCatalogueQuery } from "#app/domain/questionnaires/catalogue-filter-query";
import { db } from "#app/server/core/db.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { latestCatalogue } from "#app/server/questionnaires/catalogue.server";
import catalogueStyles from "#app/styles/catalogue.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: catalogueStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** Public: no sign-in. Unknown filter values are ignored (and named on the page), never an error. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { filter, ignored } = parseCatalogueQuery(new URL(request.url).searchParams);
  const locale = await getLocale(request);
  const t = await getTranslator(request);
  const catalogue = await latestCatalogue(await db(), locale);
  return {
    title: `${t("catalogue.title")} – ${t("app.shortName")}`,
    filter,
    ignored,
    catalogue: catalogue && {
      versionNumber: catalogue.versionNumber,
      versionTitle: catalogue.title,
      publishedAt: catalogue.publishedAt,
      total: catalogue.measures.length,
      measures: filterCatalogue(catalogue.measures, filter),
    },
  };
}

export default function CataloguePage() {
  const { filter, ignored, catalogue } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const pending = navigation.state === "loading" && navigation.location.pathname === "/catalogue";
  useOpenDetailsForPrint(".catalogue-page");

  if (!catalogue) {
    return (
      <div className="catalogue-page">
        <h1>{t("catalogue.title")}</h1>
        <p>{t("catalogue.noVersion")}</p>
      </div>
    );
  }

  const published = catalogue.publishedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(catalogue.publishedAt),
      )
    : null;
  const shown = catalogue.measures.length;

  return (
    <div className="catalogue-page">
      <h1>{t("catalogue.title")}</h1>
      <p className="lead">{t("catalogue.intro")}</p>
      <p className="catalogue-version">
        {published
          ? t("catalogue.versionPublished", {
              number: catalogue.versionNumber,
              title: catalogue.versionTitle,
              date: published,
            })
          : t("catalogue.version", { number: catalogue.versionNumber, title: catalogue.versionTitle })}
      </p>

      {shown > 0 ? (
        <nav aria-label={t("catalogue.onThisPage")} className="on-this-page">
          <ul>
            <li>
              <a href="#measures-heading">{t("catalogue.measuresTitle")}</a>
            </li>
            <li>
              <a href="#scope-heading">{t("catalogue.matrixTitle")}</a>
            </li>
          </ul>
        </nav>
      ) : null}

      <ClassificationHelp />

      <CatalogueFilters filter={filter} />

      <div className="catalogue-results" aria-busy={pending || undefined}>
        <CatalogueSummary shown={shown} total={catalogue.total} filter={filter} ignored={ignored} />

        {shown === 0 ? (
          <p className="catalogue-empty">
            {t("catalogue.noMatches")} <Link to="/catalogue">{t("catalogue.filters.reset")}</Link>
          </p>
        ) : (
          <>
            <section aria-labelledby="measures-heading">
              <h2 id="measures-heading">{t("catalogue.measuresTitle")}</h2>
              <MeasureTable measures={catalogue.measures} />
            </section>

            <section aria-labelledby="scope-heading" className="scope-section">
              <h2 id="scope-heading">{t("catalogue.matrixTitle")}</h2>
              <p className="section-intro">{t("catalogue.matrixIntro")}</p>
              <ScopeLegend />
              <ScopeMatrix measures={catalogue.measures} />
            </section>
          </>
        )}
      </div>
    </div>
  );
}
