import { Link } from "@remix-run/react";
import { FigureTable, numericColumns } from "#app/components/charts/figure-table";
import type { balanceAnalysis } from "#app/domain/balances/analysis";
import { type Balance, type BalanceTarget, balanceSectors, subtotalsOf } from "#app/domain/balances/model";
import type { Country } from "#app/domain/vocabulary";
import { PerCapitaLineChart, SectorBarChart } from "./charts";
import { useBalanceFormat } from "./format";
import { MethodDifferenceList } from "./method-notes";
import { TableScroll } from "./table-scroll";

type Analysis = ReturnType<typeof balanceAnalysis>;
type StoredBalance = Balance & { confirmedWarnings: readonly string[] };

export function BalanceAnalysisView({
  country,
  balances,
  target,
  analysis,
  editBase,
}: {
  country: Country;
  balances: readonly StoredBalance[];
  target: BalanceTarget | null;
  analysis: Analysis;
  /** Where edit links point; null when the person may not edit. */
  editBase: string | null;
}) {
  const format = useBalanceFormat();
  const { t } = format;
  const year = (y: number) => format.year(y, country);
  const latest = analysis.latest;
  if (latest === null) {
    return (
      <>
        <p>{t("balances.none")}</p>
        {target ? <TargetSection target={target} analysis={analysis} country={country} /> : null}
      </>
    );
  }
  const inKilotonnes = Math.max(...balances.map((b) => b.total)) >= 100_000;
  const scale = inKilotonnes ? 1000 : 1;
  const chartUnit = t(inKilotonnes ? "balances.units.kt" : "balances.units.t");
  const xAxisTitle = t(country === "JP" ? "balances.charts.xAxis.fiscal" : "balances.charts.xAxis.calendar");
  const first = balances[0];
  const last = balances[balances.length - 1];
  const perCapitaFirst = analysis.perCapita[0];
  const perCapitaLast = analysis.perCapita[analysis.perCapita.length - 1];
  const { balance } = latest;
  return (
    <>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t("balances.latest.title", { year: year(balance.year) })}</h2>
        <dl className="facts balance-facts">
          <dt>{t("balances.latest.total")}</dt>
          <dd>
            {format.whole(balance.total)} {t("balances.units.t")}
          </dd>
          <dt>{t("balances.latest.perCapita")}</dt>
          <dd>
            {format.perCapita(latest.perCapita.total)} {t("balances.units.perCapita")}
          </dd>
          <dt>{t("balances.latest.energyShare")}</dt>
          <dd>{format.percent(latest.shares.energyShare)}</dd>
          <dt>{t("balances.latest.transportShare")}</dt>
          <dd>{format.percent(latest.shares.transportShare)}</dd>
          <dt>{t("balances.fields.population")}</dt>
          <dd>{format.whole(balance.population)}</dd>
          <dt>{t("balances.fields.standard")}</dt>
          <dd>{t(`balances.standards.${balance.method.standard}`)}</dd>
          <dt>{t("balances.fields.electricity")}</dt>
          <dd>{t(`balances.electricity.${balance.method.electricity}`)}</dd>
          <dt>{t("balances.fields.data_quality")}</dt>
          <dd>{t(`balances.dataQuality.${balance.method.dataQuality}`)}</dd>
          {balance.method.source ? (
            <>
              <dt>{t("balances.fields.source")}</dt>
              <dd>{balance.method.source}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {target ? (
        <TargetSection target={target} analysis={analysis} country={country} />
      ) : (
        <section aria-labelledby="target-heading">
          <h2 id="target-heading">{t("balances.target.title")}</h2>
          <p>{t("balances.target.none")}</p>
        </section>
      )}

      {analysis.methodChanges.length > 0 ? (
        <section className="warning-box" aria-labelledby="method-changes">
          <h2 id="method-changes">{t("balances.methodChanges.title")}</h2>
          {analysis.methodChanges.map((change) => (
            <div key={change.toYear}>
              <p>{t("balances.methodChanges.between", { from: year(change.fromYear), to: year(change.toYear) })}</p>
              <MethodDifferenceList differences={change.differences} />
            </div>
          ))}
          <p>{t("balances.methodChanges.consequence")}</p>
        </section>
      ) : null}

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t("balances.charts.title")}</h2>
        <SectorBarChart
          title={t("balances.charts.bySector")}
          summary={t("balances.charts.bySectorSummary", {
            first: format.whole((first?.total ?? 0) / scale),
            firstYear: year(first?.year ?? 0),
            last: format.whole((last?.total ?? 0) / scale),
            lastYear: year(last?.year ?? 0),
            unit: chartUnit,
          })}
          bars={balances.map((b) => ({
            key: String(b.year),
            label: year(b.year),
            tick: String(b.year),
            total: b.total / scale,
            values: Object.fromEntries(
              balanceSectors.map((s) => [s, b.sectors[s] === null ? null : (b.sectors[s] ?? 0) / scale]),
            ) as Record<(typeof balanceSectors)[number], number | null>,
          }))}
          sectors={balanceSectors}
          sectorLabel={(s) => t(`balances.sectors.${s}`)}
          format={(value) => format.whole(value)}
          unitLabel={chartUnit}
          xAxisTitle={xAxisTitle}
          tableCaption={t("balances.charts.bySectorTable", { unit: chartUnit })}
        />
        <PerCapitaLineChart
          title={t("balances.charts.perCapita")}
          summary={t("balances.charts.perCapitaSummary", {
            first: format.perCapita(perCapitaFirst?.total ?? 0),
            firstYear: year(perCapitaFirst?.year ?? 0),
            last: format.perCapita(perCapitaLast?.total ?? 0),
            lastYear: year(perCapitaLast?.year ?? 0),
          })}
          series={[
            {
              key: "total",
              label: t("balances.subtotals.total"),
              style: "solid",
              marker: "circle",
              colour: "#1d2521",
              points: analysis.perCapita.map((p) => ({ year: p.year, value: p.total })),
            },
            {
              key: "energy",
              label: t("balances.subtotals.energy"),
              style: "dashed",
              marker: "square",
              colour: "#2f5d9e",
              points: analysis.perCapita.map((p) => ({ year: p.year, value: p.energy })),
            },
            {
              key: "transport",
              label: t("balances.subtotals.transport"),
              style: "dotted",
              marker: "triangle",
              colour: "#a3261b",
              points: analysis.perCapita.map((p) => ({ year: p.year, value: p.transport })),
            },
          ]}
          yearLabel={year}
          format={(value) => format.perCapita(value)}
          unitLabel={t("balances.units.perCapita")}
          xAxisTitle={xAxisTitle}
          tableCaption={t("balances.charts.perCapitaTable")}
        />
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t("balances.list.title")}</h2>
        <TableScroll label={t("balances.target.pathCaption")}>
          <FigureTable
            caption={t("balances.list.caption")}
            columns={[
              t("balances.charts.yearColumn"),
              ...numericColumns(
                t("balances.fields.population"),
                t("balances.list.energy"),
                t("balances.list.transport"),
                t("balances.list.total"),
                t("balances.latest.perCapita"),
              ),
              t("balances.list.method"),
              ...(editBase ? [{ label: t("balances.list.actions") }] : []),
            ]}
          >
            {[...balances].reverse().map((b) => {
              const { energy, transport } = subtotalsOf(b.sectors);
              return (
                <tr key={b.year}>
                  <th scope="row" className="nowrap">
                    {year(b.year)}
                  </th>
                  <td className="numeric">{format.whole(b.population)}</td>
                  <td className="numeric">{format.optional(energy, format.whole)}</td>
                  <td className="numeric">{format.optional(transport, format.whole)}</td>
                  <td className="numeric">{format.whole(b.total)}</td>
                  <td className="numeric">{format.perCapita(b.total / b.population)}</td>
                  <td>
                    {t(`balances.standardsShort.${b.method.standard}`)} ·{" "}
                    {t(`balances.electricityShort.${b.method.electricity}`)} ·{" "}
                    {t(`balances.dataQualityShort.${b.method.dataQuality}`)}
                    {b.confirmedWarnings.length > 0 ? (
                      <>
                        <br />
                        <span className="muted">{t("balances.list.confirmedWarnings")}</span>
                      </>
                    ) : null}
                  </td>
                  {editBase ? (
                    <td className="nowrap">
                      <Link
                        to={`${editBase}/${b.year}`}
                        aria-label={t("balances.list.editYear", { year: year(b.year) })}
                      >
                        {t("balances.list.edit")}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </FigureTable>
        </TableScroll>
      </section>
    </>
  );
}

function TargetSection({ target, analysis, country }: { target: BalanceTarget; analysis: Analysis; country: Country }) {
  const format = useBalanceFormat();
  const { t } = format;
  const year = (y: number) => format.year(y, country);
  return (
    <section aria-labelledby="target-heading">
      <h2 id="target-heading">{t("balances.target.title")}</h2>
      <ul>
        {target.targetYear !== null && target.reductionPercent !== null ? (
          <li>
            {t("balances.target.reduction", {
              percent: format.decimal(target.reductionPercent),
              targetYear: year(target.targetYear),
              baseYear: year(target.baseYear),
            })}
          </li>
        ) : null}
        {target.netZeroYear !== null ? (
          <li>{t("balances.target.netZero", { year: year(target.netZeroYear) })}</li>
        ) : null}
      </ul>
      {analysis.trend ? (
        <p>
          {t("balances.target.trend", {
            baseYear: year(analysis.trend.baseYear),
            latestYear: year(analysis.trend.latestYear),
            change: format.signedPercent(analysis.trend.change),
            rate: format.signedPercent(analysis.trend.annualRate),
          })}
          {analysis.trend.baseFrom === "target"
            ? ` ${t("balances.target.baseFromTarget", { total: format.whole(analysis.trend.baseTotal) })}`
            : ""}
        </p>
      ) : (
        <p className="muted">{t("balances.target.noTrend", { baseYear: year(target.baseYear) })}</p>
      )}
      {analysis.paths.length > 0 ? (
        <TableScroll label={t("balances.list.caption")}>
          <FigureTable
            caption={t("balances.target.pathCaption")}
            columns={[
              t("balances.target.goal"),
              ...numericColumns(
                t("balances.target.targetTotal"),
                t("balances.target.years"),
                t("balances.target.perYear"),
                t("balances.target.sharePerYear"),
                t("balances.target.compoundPerYear"),
              ),
            ]}
          >
            {analysis.paths.map((path) => (
              <tr key={path.kind}>
                <th scope="row">
                  {path.kind === "interim"
                    ? t("balances.target.interimGoal", { year: year(path.targetYear) })
                    : t("balances.target.netZeroGoal", { year: year(path.targetYear) })}
                </th>
                <td className="numeric">{format.whole(path.targetTotal)}</td>
                {path.status === "required" ? (
                  <>
                    <td className="numeric">{path.years}</td>
                    <td className="numeric">−{format.whole(path.tonnesPerYear)}</td>
                    <td className="numeric">−{format.percent(path.shareOfLatestPerYear)}</td>
                    <td className="numeric">
                      {path.compoundRate === null ? "–" : `−${format.percent(path.compoundRate)}`}
                    </td>
                  </>
                ) : (
                  <td colSpan={4}>
                    {path.status === "reached" ? t("balances.target.reached") : t("balances.target.overdue")}
                  </td>
                )}
              </tr>
            ))}
          </FigureTable>
          <p className="muted">
            {t("balances.target.pathNote", { year: year(analysis.paths[0]?.fromYear ?? target.baseYear) })}
          </p>
        </TableScroll>
      ) : null}
    </section>
  );
}
