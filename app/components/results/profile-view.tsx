/**
 * The sections of the activity profile page: overview, field charts and tables, impact
 * approach and sector, peer bands, earlier rounds, and the explanation of every figure.
 */
import { useTranslation } from "react-i18next";
import { type FigureColumn, FigureRow, FigureTable, numericColumns } from "#app/components/charts/figure-table";
import type { GroupScore, PeerBand } from "#app/domain/results";
import { figureKeys } from "#app/domain/results/peer-groups";
import { type FieldOfAction, fieldsOfAction, impactApproaches, sectors } from "#app/domain/vocabulary";
import type { PeerBands } from "#app/server/results/peers.server";
import type { ExplanationRow, ProfilePageData } from "#app/server/results/profile-page.server";
import type { TrendPoint } from "#app/server/results/trend.server";
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

/** One figure column per impact depth, in the order of the depth mix. */
function useDepthColumns(): FigureColumn[] {
  const depthLabels = useDepthLabels();
  return depthKeys.map((d) => ({ key: d, label: depthLabels[d], numeric: true }));
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
  const depthColumns = useDepthColumns();
  const all = overall ? [...rows, { key: "overall", label: t("profile.breakdown.overall"), group: overall }] : rows;
  return (
    <ProfileTableScroll label={caption}>
      <FigureTable
        caption={caption}
        className="table profile-table"
        columns={[
          keyLabel,
          ...numericColumns(
            t("profile.figures.activity"),
            t("profile.figures.absoluteActivity"),
            t("profile.figures.scope"),
            t("profile.breakdown.points"),
          ),
          ...depthColumns,
        ]}
      >
        {all.map((row) => (
          <FigureRow
            key={row.key}
            className={row.key === "overall" ? "profile-total" : undefined}
            label={row.label}
            figures={[
              { key: "activity", value: percent(row.group.activity) },
              { key: "absoluteActivity", value: percent(row.group.absoluteActivity) },
              { key: "scope", value: percent(row.group.scope) },
              {
                key: "points",
                value: t("profile.breakdown.pointsValue", {
                  achieved: number(row.group.achieved),
                  possible: number(row.group.possible),
                }),
              },
              ...depthKeys.map((d) => ({ key: d, value: percent(row.group.depthMix?.[d]) })),
            ]}
          />
        ))}
      </FigureTable>
    </ProfileTableScroll>
  );
}

export function FieldSection({ byField }: { byField: Readonly<Record<FieldOfAction, Group>> }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const depthLabels = useDepthLabels();
  const depthColumns = useDepthColumns();
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
            <FigureTable
              caption={t("profile.charts.fieldBars.title")}
              columns={[
                t("profile.breakdown.field"),
                ...numericColumns(t("profile.figures.activity"), t("profile.figures.scope")),
              ]}
            >
              {rows.map((row) => (
                <FigureRow
                  key={row.key}
                  label={row.label}
                  figures={[
                    { key: "activity", value: percent(row.activity) },
                    { key: "scope", value: percent(row.scope) },
                  ]}
                />
              ))}
            </FigureTable>
          }
        />
        <ScopeActivityPlot
          rows={rows}
          table={
            <FigureTable
              caption={t("profile.charts.scatter.title")}
              columns={[
                t("profile.charts.scatter.legend"),
                t("profile.breakdown.field"),
                ...numericColumns(t("profile.figures.scope"), t("profile.figures.activity")),
              ]}
            >
              {rows.map((row, index) => (
                <tr key={row.key}>
                  <td>{index + 1}</td>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{percent(row.scope)}</td>
                  <td className="numeric">{percent(row.activity)}</td>
                </tr>
              ))}
            </FigureTable>
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
          <FigureTable
            caption={t("profile.charts.depthMix.title")}
            columns={[{ label: t("profile.breakdown.field") }, ...depthColumns]}
          >
            {fieldsOfAction.map((field) => (
              <FigureRow
                key={field}
                label={t(`catalogue.fields.${field}`)}
                figures={depthKeys.map((d) => ({ key: d, value: percent(byField[field].depthMix?.[d]) }))}
              />
            ))}
          </FigureTable>
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
                    <FigureTable
                      caption={t("profile.peers.caption", { group: label })}
                      columns={[
                        t("profile.peers.figure"),
                        ...numericColumns(
                          t("profile.peers.n"),
                          t("profile.peers.min"),
                          t("profile.peers.q1"),
                          t("profile.peers.median"),
                          t("profile.peers.q3"),
                          t("profile.peers.max"),
                          t("profile.peers.own"),
                        ),
                        t("profile.peers.band"),
                      ]}
                    >
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
                    </FigureTable>
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
    <FigureTable
      caption={t("profile.trend.caption")}
      className="table profile-table"
      columns={[
        t("profile.trend.round"),
        ...numericColumns(t("profile.breakdown.overall")),
        ...fieldsOfAction.map((field) => ({ key: field, label: t(`catalogue.fields.${field}`), numeric: true })),
        ...numericColumns(t("profile.trend.version")),
      ]}
    >
      {trend.map((p) => (
        <FigureRow
          key={p.assessmentId}
          label={label(p)}
          figures={[
            { key: "overall", value: percent(p.activity.overall) },
            ...fieldsOfAction.map((field) => ({ key: field, value: percent(p.activity[field]) })),
            { key: "version", value: p.questionnaireVersion },
          ]}
        />
      ))}
    </FigureTable>
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
              <FigureTable
                caption={t("profile.explain.caption", { group })}
                className="table profile-table"
                columns={[
                  t("profile.explain.measure"),
                  t("profile.explain.legal"),
                  ...numericColumns(
                    t("profile.explain.legalFactor"),
                    t("profile.explain.practicalFactor"),
                    t("profile.explain.scopeFactor"),
                    t("profile.explain.depthWeight"),
                  ),
                  t("profile.explain.status"),
                  ...numericColumns(
                    t("profile.explain.statusWeight"),
                    t("profile.explain.possible"),
                    t("profile.explain.achieved"),
                  ),
                ]}
              >
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
              </FigureTable>
            </ProfileTableScroll>
          </details>
        );
      })}
    </section>
  );
}

export type { ProfilePageData };
