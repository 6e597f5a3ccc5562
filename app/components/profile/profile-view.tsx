/**
 * The sections of the activity profile page: overview, field charts and tables, impact
 * approach and sector, peer bands, earlier rounds, and the explanation of every figure.
 */
import { useTranslation } from "react-i18next";
import type { GroupScore, PeerBand } from "#app/domain/scoring";
import { figureKeys } from "#app/domain/scoring/peer-groups";
import { type FieldOfAction, fieldsOfAction, impactApproaches, sectors } from "#app/domain/vocabulary";
import type { ExplanationRow, PeerBands, ProfilePageData, TrendPoint } from "#app/server/profiles.server";
import { DepthMixChart, type FieldBarRow, FieldBarsChart, PeerBoxPlot, ScopeActivityPlot, TrendChart } from "./charts";
import { useFormats } from "./format";
import { ProfileTableScroll } from "./table-scroll";

type Group = Pick<
  GroupScore,
  "possible" | "achieved" | "maximum" | "activity" | "absoluteActivity" | "scope" | "depthMix" | "measureCount"
> & { notApplicableCount: number };

const depthKeys = ["1", "2", "3"] as const;

function useDepthLabels() {
  const { t } = useTranslation();
  return {
    "1": t("catalogue.depths.1.label"),
    "2": t("catalogue.depths.2.label"),
    "3": t("catalogue.depths.3.label"),
  };
}

// --- overview ------------------------------------------------------------------------------

export function OverviewSection({ overall }: { overall: Group }) {
  const { t } = useTranslation();
  const { percent, number } = useFormats();
  const depthLabels = useDepthLabels();
  const figures = [
    { key: "activity", value: overall.activity, help: t("profile.figures.activityHelp") },
    { key: "absoluteActivity", value: overall.absoluteActivity, help: t("profile.figures.absoluteActivityHelp") },
    { key: "scope", value: overall.scope, help: t("profile.figures.scopeHelp") },
  ] as const;
  return (
    <section aria-labelledby="overview-heading" className="profile-section">
      <h2 id="overview-heading">{t("profile.overview.title")}</h2>
      <ul className="profile-figures">
        {figures.map((figure) => (
          <li key={figure.key} className="profile-figure">
            <span className="profile-figure-label">{t(`profile.figures.${figure.key}`)}</span>
            <span className="profile-figure-value">{percent(figure.value)}</span>
            <span className="profile-figure-help">{figure.help}</span>
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>{t("profile.overview.measures")}</dt>
        <dd>
          {t("profile.overview.measuresValue", {
            counted: overall.measureCount - overall.notApplicableCount,
            total: overall.measureCount,
            notApplicable: overall.notApplicableCount,
          })}
        </dd>
        <dt>{t("profile.overview.points")}</dt>
        <dd>
          {t("profile.overview.pointsValue", {
            achieved: number(overall.achieved),
            possible: number(overall.possible),
            maximum: number(overall.maximum),
          })}
        </dd>
        <dt>{t("profile.figures.depthMix")}</dt>
        <dd>
          {overall.depthMix
            ? depthKeys.map((d) => `${depthLabels[d]} ${percent(overall.depthMix?.[d])}`).join(" · ")
            : t("profile.charts.depthMix.nothing")}
        </dd>
      </dl>
    </section>
  );
}

// --- by field, approach, sector ---------------------------------------------------------------

function FiguresTable<K extends string>({
  caption,
  keyLabel,
  rows,
  overall,
}: {
  caption: string;
  keyLabel: string;
  rows: ReadonlyArray<{ key: K; label: string; group: Group }>;
  overall?: Group;
}) {
  const { t } = useTranslation();
  const { percent, number } = useFormats();
  const depthLabels = useDepthLabels();
  const all = overall ? [...rows, { key: "overall", label: t("profile.breakdown.overall"), group: overall }] : rows;
  return (
    <ProfileTableScroll label={caption}>
      <table className="table profile-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col" className="numeric">
              {t("profile.figures.activity")}
            </th>
            <th scope="col" className="numeric">
              {t("profile.figures.absoluteActivity")}
            </th>
            <th scope="col" className="numeric">
              {t("profile.figures.scope")}
            </th>
            <th scope="col" className="numeric">
              {t("profile.breakdown.points")}
            </th>
            {depthKeys.map((d) => (
              <th key={d} scope="col" className="numeric">
                {depthLabels[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {all.map((row) => (
            <tr key={row.key} className={row.key === "overall" ? "profile-total" : undefined}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{percent(row.group.activity)}</td>
              <td className="numeric">{percent(row.group.absoluteActivity)}</td>
              <td className="numeric">{percent(row.group.scope)}</td>
              <td className="numeric">
                {t("profile.breakdown.pointsValue", {
                  achieved: number(row.group.achieved),
                  possible: number(row.group.possible),
                })}
              </td>
              {depthKeys.map((d) => (
                <td key={d} className="numeric">
                  {percent(row.group.depthMix?.[d])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ProfileTableScroll>
  );
}

export function FieldSection({ byField }: { byField: Readonly<Record<FieldOfAction, Group>> }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const depthLabels = useDepthLabels();
  const rows: FieldBarRow[] = fieldsOfAction.map((field) => ({
    key: field,
    label: t(`catalogue.fields.${field}`),
    activity: byField[field].activity,
    scope: byField[field].scope,
  }));
  return (
    <section aria-labelledby="fields-heading" className="profile-section">
      <h2 id="fields-heading">{t("profile.breakdown.fieldTitle")}</h2>
      <div className="profile-chart-pair">
        <FieldBarsChart
          rows={rows}
          table={
            <table className="table">
              <caption>{t("profile.charts.fieldBars.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("profile.breakdown.field")}</th>
                  <th scope="col" className="numeric">
                    {t("profile.figures.activity")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("profile.figures.scope")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="numeric">{percent(row.activity)}</td>
                    <td className="numeric">{percent(row.scope)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ScopeActivityPlot
          rows={rows}
          table={
            <table className="table">
              <caption>{t("profile.charts.scatter.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("profile.charts.scatter.legend")}</th>
                  <th scope="col">{t("profile.breakdown.field")}</th>
                  <th scope="col" className="numeric">
                    {t("profile.figures.scope")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("profile.figures.activity")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.key}>
                    <td>{index + 1}</td>
                    <th scope="row">{row.label}</th>
                    <td className="numeric">{percent(row.scope)}</td>
                    <td className="numeric">{percent(row.activity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
      <DepthMixChart
        depthLabels={depthLabels}
        rows={fieldsOfAction.map((field) => ({
          key: field,
          label: t(`catalogue.fields.${field}`),
          mix: byField[field].depthMix,
        }))}
        table={
          <table className="table">
            <caption>{t("profile.charts.depthMix.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("profile.breakdown.field")}</th>
                {depthKeys.map((d) => (
                  <th key={d} scope="col" className="numeric">
                    {depthLabels[d]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fieldsOfAction.map((field) => (
                <tr key={field}>
                  <th scope="row">{t(`catalogue.fields.${field}`)}</th>
                  {depthKeys.map((d) => (
                    <td key={d} className="numeric">
                      {percent(byField[field].depthMix?.[d])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <FiguresTable
        caption={t("profile.breakdown.fieldCaption")}
        keyLabel={t("profile.breakdown.field")}
        rows={fieldsOfAction.map((field) => ({
          key: field,
          label: t(`catalogue.fields.${field}`),
          group: byField[field],
        }))}
      />
      {fieldsOfAction.some((field) => byField[field].activity === null) ? (
        <p className="muted profile-note">{t("profile.figures.notMeasurable")}</p>
      ) : null}
    </section>
  );
}

export function BreakdownSection({
  byApproach,
  bySector,
  overall,
}: {
  byApproach: Readonly<Record<string, Group>>;
  bySector: Readonly<Record<string, Group>>;
  overall: Group;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="breakdown-heading" className="profile-section">
      <h2 id="breakdown-heading">{t("profile.breakdown.approachTitle")}</h2>
      <FiguresTable
        caption={t("profile.breakdown.approachCaption")}
        keyLabel={t("profile.breakdown.approach")}
        rows={impactApproaches.flatMap((a) => {
          const group = byApproach[a];
          return group ? [{ key: a, label: t(`catalogue.approaches.${a}`), group }] : [];
        })}
      />
      <h2>{t("profile.breakdown.sectorTitle")}</h2>
      <FiguresTable
        caption={t("profile.breakdown.sectorCaption")}
        keyLabel={t("profile.breakdown.sector")}
        rows={sectors.flatMap((s) => {
          const group = bySector[s];
          return group ? [{ key: s, label: t(`catalogue.sectors.${s}`), group }] : [];
        })}
        overall={overall}
      />
    </section>
  );
}

// --- peers -----------------------------------------------------------------------------------

export function PeersSection({ peers, country, sizeClass }: { peers: PeerBands; country: string; sizeClass: string }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const bandText = (band: PeerBand | null) => (band ? t(`profile.peers.bands.${band}`) : t("profile.none"));
  return (
    <section aria-labelledby="peers-heading" className="profile-section">
      <h2 id="peers-heading">{t("profile.peers.title")}</h2>
      <p>{t("profile.peers.intro", { minimum: peers.minimumGroupSize })}</p>
      {peers.provisional ? <p className="notice">{t("profile.peers.provisional")}</p> : null}
      {peers.groups.map((group) => {
        const label = t(`profile.peers.groups.${group.kind}`, {
          country: t(`country.${group.country ?? country}`),
          sizeClass: t(`municipality.sizeClasses.${group.sizeClass ?? sizeClass}`),
        });
        const overall = group.places.overall;
        const shown = figureKeys.some((key) => group.places[key].distribution !== null);
        const rows = figureKeys.map((key) => ({
          key,
          label: key === "overall" ? t("profile.breakdown.overall") : t(`catalogue.fields.${key}`),
          ...group.places[key],
        }));
        return (
          <article key={group.kind} className="profile-peer-group" aria-labelledby={`peers-${group.kind}`}>
            <h3 id={`peers-${group.kind}`}>{label}</h3>
            {!shown ? (
              <p className="muted">{t("profile.peers.hidden", { minimum: peers.minimumGroupSize })}</p>
            ) : (
              <>
                <p>
                  <strong>{t("profile.peers.summaryLine", { band: bandText(overall.band) })}</strong>{" "}
                  <span className="muted">({t("profile.peers.groupSize", { count: group.others })})</span>
                </p>
                <PeerBoxPlot
                  title={t("profile.peers.caption", { group: label })}
                  rows={rows}
                  table={
                    <table className="table">
                      <caption>{t("profile.peers.caption", { group: label })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("profile.peers.figure")}</th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.n")}
                          </th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.min")}
                          </th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.q1")}
                          </th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.median")}
                          </th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.q3")}
                          </th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.max")}
                          </th>
                          <th scope="col" className="numeric">
                            {t("profile.peers.own")}
                          </th>
                          <th scope="col">{t("profile.peers.band")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((row) => {
                          const d = row.distribution;
                          return (
                            <tr key={row.key}>
                              <th scope="row">{row.label}</th>
                              {d === null ? (
                                <td colSpan={6}>{t("profile.peers.fieldHidden")}</td>
                              ) : (
                                <>
                                  <td className="numeric">{d.n}</td>
                                  <td className="numeric">{percent(d.min)}</td>
                                  <td className="numeric">{percent(d.q1)}</td>
                                  <td className="numeric">{percent(d.median)}</td>
                                  <td className="numeric">{percent(d.q3)}</td>
                                  <td className="numeric">{percent(d.max)}</td>
                                </>
                              )}
                              <td className="numeric">{row.own === null ? t("profile.noFigure") : percent(row.own)}</td>
                              <td>{bandText(row.band)}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  }
                />
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}

// --- trend -------------------------------------------------------------------------------------

export function TrendSection({ trend }: { trend: readonly TrendPoint[] }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const label = (p: TrendPoint) =>
    p.provisional ? t("profile.trend.provisional", { year: p.reportingYear }) : String(p.reportingYear);
  const table = (
    <table className="table profile-table">
      <caption>{t("profile.trend.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("profile.trend.round")}</th>
          <th scope="col" className="numeric">
            {t("profile.breakdown.overall")}
          </th>
          {fieldsOfAction.map((field) => (
            <th key={field} scope="col" className="numeric">
              {t(`catalogue.fields.${field}`)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t("profile.trend.version")}
          </th>
        </tr>
      </thead>
      <tbody>
        {trend.map((p) => (
          <tr key={p.assessmentId}>
            <th scope="row">{label(p)}</th>
            <td className="numeric">{percent(p.activity.overall)}</td>
            {fieldsOfAction.map((field) => (
              <td key={field} className="numeric">
                {percent(p.activity[field])}
              </td>
            ))}
            <td className="numeric">{p.questionnaireVersion}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="trend-heading" className="profile-section">
      <h2 id="trend-heading">{t("profile.trend.title")}</h2>
      <p>{t("profile.trend.intro")}</p>
      {trend.length < 2 ? (
        <>
          <p className="muted">{t("profile.trend.single")}</p>
          <ProfileTableScroll label={t("profile.trend.caption")}>{table}</ProfileTableScroll>
        </>
      ) : (
        <TrendChart
          points={trend.map((p) => ({
            key: p.assessmentId,
            label: label(p),
            value: p.activity.overall,
            provisional: p.provisional,
          }))}
          table={table}
        />
      )}
    </section>
  );
}

// --- explanation ---------------------------------------------------------------------------------

export function ExplanationSection({
  lines,
  byField,
  versionNumber,
}: {
  lines: readonly ExplanationRow[];
  byField: Readonly<Record<FieldOfAction, Group>>;
  versionNumber: number;
}) {
  const { t } = useTranslation();
  const { number } = useFormats();
  return (
    <section aria-labelledby="explain-heading" className="profile-section">
      <h2 id="explain-heading">{t("profile.explain.title")}</h2>
      <p>{t("profile.explain.intro", { version: versionNumber })}</p>
      {fieldsOfAction.map((field) => {
        const group = t(`catalogue.fields.${field}`);
        return (
          <details key={field} className="profile-explain">
            <summary>
              {t("profile.explain.open", {
                group,
                achieved: number(byField[field].achieved),
                possible: number(byField[field].possible),
              })}
            </summary>
            <ProfileTableScroll label={t("profile.explain.caption", { group })}>
              <table className="table profile-table">
                <caption>{t("profile.explain.caption", { group })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("profile.explain.measure")}</th>
                    <th scope="col">{t("profile.explain.legal")}</th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.legalFactor")}
                    </th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.practicalFactor")}
                    </th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.scopeFactor")}
                    </th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.depthWeight")}
                    </th>
                    <th scope="col">{t("profile.explain.status")}</th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.statusWeight")}
                    </th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.possible")}
                    </th>
                    <th scope="col" className="numeric">
                      {t("profile.explain.achieved")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lines
                    .filter((line) => line.field === field)
                    .map((line) => (
                      <tr key={line.measureId}>
                        <th scope="row">
                          <span className="profile-measure-id">{line.measureId}</span> {line.title}
                          {line.notes.length > 0 ? (
                            <span className="profile-measure-note">
                              {t("profile.explain.conditions", { notes: line.notes.join("; ") })}
                            </span>
                          ) : null}
                        </th>
                        <td>{t(`catalogue.levels.${line.legalLevel}.label`)}</td>
                        <td className="numeric">{number(line.legalFactor)}</td>
                        <td className="numeric">{number(line.practicalFactor)}</td>
                        <td className="numeric">{number(line.scopeFactor)}</td>
                        <td className="numeric">{number(line.depthWeight)}</td>
                        <td>
                          {t(`questionnaire.survey.statuses.${line.status}`)}
                          {line.statusMissing ? (
                            <span className="profile-measure-note">{t("profile.explain.missing")}</span>
                          ) : null}
                        </td>
                        <td className="numeric">
                          {line.statusWeight === null ? t("profile.explain.notCounted") : number(line.statusWeight)}
                        </td>
                        <td className="numeric">{number(line.possible)}</td>
                        <td className="numeric">{number(line.achieved)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </ProfileTableScroll>
          </details>
        );
      })}
    </section>
  );
}

export type { ProfilePageData };
