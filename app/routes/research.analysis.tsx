import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DistributionChart, ImplementationChart, LevelUptakeChart } from "#app/components/research/charts";
import { CountryFilter, FilterBar, RoundFilter, SelectField, VersionFilter } from "#app/components/research/filters";
import { ResearchNav } from "#app/components/research/nav";
import { ResearchTable } from "#app/components/research/table";
import {
  type AnalysisFigure,
  analysisFigures,
  type DistributionGroup,
  distributionGroups,
  type UptakeCell,
} from "#app/domain/research/analysis";
import { AnalysisQuery } from "#app/domain/research/filters";
import { countries, fieldsOfAction, legalScopeLevels } from "#app/domain/vocabulary";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { analyseRound, submittedYears } from "#app/server/research/analysis.server";
import { assessmentFilterChoices } from "#app/server/research/submissions.server";
import researchStyles from "#app/styles/research.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: researchStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const locale = await getLocale(request);
  const database = await db();
  const query = AnalysisQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [years, choices] = await Promise.all([submittedYears(database), assessmentFilterChoices(database)]);
  const year = query.year !== undefined && years.includes(query.year) ? query.year : years[0];
  const title = `${t("research.analysis.title")} – ${t("app.shortName")}`;
  if (year === undefined) return { title, query, years, versions: choices.versions, year: null, analysis: null };
  const analysis = await analyseRound(database, actor, { year, version: query.version, country: query.country });
  return {
    title,
    query,
    years,
    versions: choices.versions,
    year,
    analysis: {
      versions: analysis.versions,
      implementation: analysis.implementation,
      measures: analysis.measures.map((m) => ({ id: m.id, field: m.field, title: m.title[locale] })),
      // The raw status counts are in `implementation` already: not sent twice.
      summary: {
        cities: analysis.summary.cities,
        minimumGroupSize: analysis.summary.minimumGroupSize,
        distributions: analysis.summary.distributions,
        uptakeByLevel: analysis.summary.uptakeByLevel,
        uptakeByMeasure: analysis.summary.uptakeByMeasure,
      },
    },
  };
}

export default function Analysis() {
  const { query, years, versions, year, analysis } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("research.analysis.title")}</h1>
      <ResearchNav />
      <p className="lead">{t("research.analysis.intro")}</p>
      <p className="notice">{t("research.analysis.noRanks")}</p>
      <Filters query={query} years={years} versions={versions} year={year} />
      {analysis === null || year === null ? (
        <p>{t("research.analysis.noSubmissions")}</p>
      ) : (
        <AnalysisBody analysis={analysis} year={year} figure={query.figure} />
      )}
    </>
  );
}

function Filters({
  query,
  years,
  versions,
  year,
}: {
  query: ReturnType<typeof useLoaderData<typeof loader>>["query"];
  years: number[];
  versions: number[];
  year: number | null;
}) {
  const { t } = useTranslation();
  return (
    <FilterBar>
      <RoundFilter years={years} value={year} offerAll={false} />
      <VersionFilter versions={versions} value={query.version} />
      <CountryFilter value={query.country} />
      <SelectField
        label={t("research.analysis.figure")}
        name="figure"
        choices={analysisFigures}
        choiceLabel={(figure) => t(`research.analysis.figures.${figure}`)}
        defaultValue={query.figure}
      />
    </FilterBar>
  );
}

type LoadedAnalysis = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["analysis"]>;

function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  return (value: number | null) => (value === null ? "–" : format.format(value));
}

function AnalysisBody({ analysis, year, figure }: { analysis: LoadedAnalysis; year: number; figure: AnalysisFigure }) {
  const { t } = useTranslation();
  const titles = new Map(analysis.measures.map((m) => [m.id, m.title]));
  const cityTotal = countries.reduce((sum, c) => sum + analysis.summary.cities[c], 0);
  return (
    <>
      <ul className="research-summary">
        <li>
          <strong>{t("research.analysis.cities", { count: cityTotal, year })}</strong>
        </li>
        {countries.map((country) => (
          <li key={country}>
            {t("research.analysis.citiesIn", {
              country: t(`country.${country}`),
              count: analysis.summary.cities[country],
            })}
          </li>
        ))}
        <li>{t("research.analysis.versions", { versions: analysis.versions.join(", ") })}</li>
      </ul>
      <ImplementationSection analysis={analysis} titles={titles} />
      <DistributionSection analysis={analysis} figure={figure} />
      <UptakeSection analysis={analysis} titles={titles} />
    </>
  );
}

/** The head of a table whose rows are named in the first column and counted in the others. */
function CountsHead<C extends string>({
  rowHeader,
  columns,
  columnLabel,
}: {
  rowHeader: string;
  columns: readonly C[];
  columnLabel: (column: C) => string;
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{rowHeader}</th>
        {columns.map((column) => (
          <th key={column} scope="col" className="num">
            {columnLabel(column)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function ImplementationSection({ analysis, titles }: { analysis: LoadedAnalysis; titles: Map<string, string> }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <section aria-labelledby="implementation-heading">
      <h2 id="implementation-heading">{t("research.analysis.implementation.title")}</h2>
      <p>{t("research.analysis.implementation.intro")}</p>
      {fieldsOfAction.map((field) => {
        const rows = analysis.implementation.filter((m) => m.field === field);
        if (rows.length === 0) return null;
        const fieldLabel = t(`catalogue.fields.${field}`);
        return (
          <div key={field} className="research-field">
            <h3>{fieldLabel}</h3>
            <ImplementationChart
              title={t("research.analysis.implementation.chartTitle", { field: fieldLabel })}
              summary={t("research.analysis.implementation.chartSummary", { field: fieldLabel, count: rows.length })}
              measures={rows}
            />
            <ResearchTable caption={t("research.analysis.implementation.caption", { field: fieldLabel })}>
              <CountsHead
                rowHeader={t("research.analysis.measure")}
                columns={countries}
                columnLabel={(country) => t(`country.${country}`)}
              />
              <tbody>
                {rows.map((row) => (
                  <tr key={row.measureId}>
                    <th scope="row">
                      {row.measureId} {titles.get(row.measureId)}
                    </th>
                    {countries.map((country) => {
                      const cell = row.byCountry[country];
                      return (
                        <td key={country} className="num">
                          {t("research.analysis.ofCities", {
                            n: cell.answered,
                            k: cell.implemented,
                            share: percent(cell.share),
                          })}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </ResearchTable>
          </div>
        );
      })}
    </section>
  );
}

/** The five figures of a distribution, in the order its table shows them. */
const quartiles = ["min", "q1", "median", "q3", "max"] as const;

function DistributionSection({ analysis, figure }: { analysis: LoadedAnalysis; figure: AnalysisFigure }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const groups = distributionGroups.map((group) => ({
    group,
    byCountry: analysis.summary.distributions[figure][group],
  }));
  const groupLabel = (group: DistributionGroup) =>
    group === "overall" ? t("research.analysis.distributions.overall") : t(`catalogue.fields.${group}`);
  const figureLabel = t(`research.analysis.figures.${figure}`);
  return (
    <section aria-labelledby="distribution-heading">
      <h2 id="distribution-heading">{t("research.analysis.distributions.title", { figure: figureLabel })}</h2>
      <p>
        {t("research.analysis.distributions.intro", { minimum: analysis.summary.minimumGroupSize })}{" "}
        {t(`research.analysis.figureHelp.${figure}`)}
      </p>
      <DistributionChart
        title={t("research.analysis.distributions.chartTitle", { figure: figureLabel })}
        summary={t("research.analysis.distributions.chartSummary", {
          figure: figureLabel,
          minimum: analysis.summary.minimumGroupSize,
        })}
        groups={groups}
        groupLabel={groupLabel}
      />
      <ResearchTable caption={t("research.analysis.distributions.caption", { figure: figureLabel })}>
        <thead>
          <tr>
            <th scope="col">{t("research.analysis.distributions.group")}</th>
            <th scope="col">{t("research.filters.country")}</th>
            <th scope="col" className="num">
              n
            </th>
            {quartiles.map((quartile) => (
              <th key={quartile} scope="col" className="num">
                {t(`research.analysis.distributions.${quartile}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.flatMap(({ group, byCountry }) =>
            countries.map((country) => {
              const cell = byCountry[country];
              const d = cell.distribution;
              return (
                <tr key={`${group}-${country}`}>
                  <th scope="row">{groupLabel(group)}</th>
                  <td>{t(`country.${country}`)}</td>
                  <td className="num">{cell.n}</td>
                  {d ? (
                    quartiles.map((quartile) => (
                      <td key={quartile} className="num">
                        {percent(d[quartile])}
                      </td>
                    ))
                  ) : (
                    <td colSpan={quartiles.length}>
                      {t("research.analysis.distributions.hiddenRow", {
                        minimum: analysis.summary.minimumGroupSize,
                      })}
                    </td>
                  )}
                </tr>
              );
            }),
          )}
        </tbody>
      </ResearchTable>
    </section>
  );
}

function UptakeSection({ analysis, titles }: { analysis: LoadedAnalysis; titles: Map<string, string> }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const share = (cell: UptakeCell) => (cell.cities > 0 ? cell.implemented / cell.cities : null);
  const cellText = (cell: UptakeCell) =>
    t("research.analysis.ofCities", { n: cell.cities, k: cell.implemented, share: percent(share(cell)) });
  const levelLabel = (level: (typeof legalScopeLevels)[number]) => t(`catalogue.levels.${level}.label`);
  return (
    <section aria-labelledby="uptake-heading">
      <h2 id="uptake-heading">{t("research.analysis.uptake.title")}</h2>
      <p>{t("research.analysis.uptake.intro")}</p>
      <LevelUptakeChart
        title={t("research.analysis.uptake.chartTitle")}
        summary={t("research.analysis.uptake.chartSummary")}
        byLevel={analysis.summary.uptakeByLevel}
      />
      <ResearchTable caption={t("research.analysis.uptake.levelCaption")}>
        <CountsHead
          rowHeader={t("research.analysis.uptake.level")}
          columns={countries}
          columnLabel={(country) => t(`country.${country}`)}
        />
        <tbody>
          {legalScopeLevels.map((level) => (
            <tr key={level}>
              <th scope="row">{levelLabel(level)}</th>
              {countries.map((country) => (
                <td key={country} className="num">
                  {cellText(analysis.summary.uptakeByLevel[level][country])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ResearchTable>
      <h3>{t("research.analysis.uptake.byMeasure")}</h3>
      <p>{t("research.analysis.uptake.byMeasureIntro")}</p>
      <ResearchTable caption={t("research.analysis.uptake.measureCaption")}>
        <CountsHead rowHeader={t("research.analysis.measure")} columns={legalScopeLevels} columnLabel={levelLabel} />
        <tbody>
          {analysis.summary.uptakeByMeasure.map((row) => (
            <tr key={row.measureId}>
              <th scope="row">
                {row.measureId} {titles.get(row.measureId)}
              </th>
              {legalScopeLevels.map((level) => (
                <td key={level} className="num">
                  {row.levels[level].cities > 0 ? cellText(row.levels[level]) : "–"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ResearchTable>
    </section>
  );
}
