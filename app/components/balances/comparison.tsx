/**
 * Per-capita distributions across municipalities, by country and sector: n, min,
 * quartiles, max and a band. Never a rank. A group under the minimum size shows no
 * figures. A group mixing methods shows what differs, above its figures.
 */
import {
  type ComparisonMeasure,
  comparisonMeasures,
  type GroupComparison,
  minimumComparisonGroupSize,
} from "#app/domain/balances/compare";
import { DistributionBand } from "./charts";
import { useBalanceFormat } from "./format";
import { MethodDifferenceList } from "./method-notes";
import { TableScroll } from "./table-scroll";

export function ComparisonGroups({ groups }: { groups: readonly GroupComparison[] }) {
  const format = useBalanceFormat();
  const { t } = format;
  if (groups.length === 0) return <p>{t("balances.comparison.none")}</p>;
  const measureLabel = (measure: ComparisonMeasure) =>
    measure === "total" || measure === "energy" || measure === "transport"
      ? t(`balances.subtotals.${measure}`)
      : t(`balances.sectors.${measure}`);
  return (
    <>
      <p className="muted">{t("balances.comparison.rules", { minimum: minimumComparisonGroupSize })}</p>
      {groups.map((group) => {
        const name = group.group === "all" ? t("balances.comparison.allCountries") : t(`country.${group.group}`);
        const headingId = `comparison-${group.group}`;
        const shown = comparisonMeasures.filter((m) => group.measures[m] !== null);
        const scaleMax = Math.max(...shown.map((m) => group.measures[m]?.max ?? 0), 0);
        return (
          <section key={group.group} aria-labelledby={headingId} className="card">
            <h3 id={headingId}>
              {t("balances.comparison.groupTitle", { group: name, count: group.municipalities })}
              {group.years
                ? ` · ${
                    group.years.from === group.years.to
                      ? group.years.from
                      : t("balances.comparison.yearRange", { from: group.years.from, to: group.years.to })
                  }`
                : ""}
            </h3>
            {group.differences.length > 0 ? (
              <div className="warning-box" role="note">
                <h4>{t("balances.comparison.methodsDiffer")}</h4>
                <ul>
                  {group.methods.map((m) => (
                    <li key={`${m.standard}-${m.electricity}`}>
                      {t("balances.comparison.methodCount", {
                        standard: t(`balances.standards.${m.standard}`),
                        electricity: t(`balances.electricity.${m.electricity}`),
                        count: m.count,
                      })}
                    </li>
                  ))}
                </ul>
                <p>{t("balances.comparison.differencesIntro")}</p>
                <MethodDifferenceList differences={group.differences} />
              </div>
            ) : null}
            {shown.length === 0 ? (
              <p>{t("balances.comparison.tooSmall", { minimum: minimumComparisonGroupSize })}</p>
            ) : (
              <TableScroll label={t("balances.comparison.caption", { group: name })}>
                <table className="table">
                  <caption>{t("balances.comparison.caption", { group: name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("balances.comparison.measure")}</th>
                      <th scope="col" className="numeric">
                        n
                      </th>
                      <th scope="col" className="numeric">
                        {t("balances.comparison.min")}
                      </th>
                      <th scope="col" className="numeric">
                        {t("balances.comparison.q1")}
                      </th>
                      <th scope="col" className="numeric">
                        {t("balances.comparison.median")}
                      </th>
                      <th scope="col" className="numeric">
                        {t("balances.comparison.q3")}
                      </th>
                      <th scope="col" className="numeric">
                        {t("balances.comparison.max")}
                      </th>
                      <th scope="col">{t("balances.comparison.band")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparisonMeasures.map((measure) => {
                      const d = group.measures[measure];
                      return (
                        <tr key={measure}>
                          <th scope="row">{measureLabel(measure)}</th>
                          {d === null ? (
                            <td colSpan={7} className="muted">
                              {t("balances.comparison.notShown", { minimum: minimumComparisonGroupSize })}
                            </td>
                          ) : (
                            <>
                              <td className="numeric">{d.n}</td>
                              <td className="numeric">{format.perCapita(d.min)}</td>
                              <td className="numeric">{format.perCapita(d.q1)}</td>
                              <td className="numeric">{format.perCapita(d.median)}</td>
                              <td className="numeric">{format.perCapita(d.q3)}</td>
                              <td className="numeric">{format.perCapita(d.max)}</td>
                              <td>
                                <DistributionBand distribution={d} scaleMax={scaleMax} />
                              </td>
                            </>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
    </>
  );
}
