/**
 * Charts of the activity profile as inline SVG, rendered on the server: activity and
 * scope per field, scope against activity, impact depth mix, peer distributions and the
 * trend over rounds. Each has a title and a description for screen readers, carries its
 * meaning by shape, hatching, numbers and labels as well as colour, and is followed by
 * the same figures as a table.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type ChartFrameProps, ChartFrame as SharedChartFrame, useChartId } from "#app/components/charts/chart-frame";
import { upwardScale, ValueGrid } from "#app/components/charts/scale";
import type { Distribution, PeerBand } from "#app/domain/results";
import { useFormats } from "./format";
import { ProfileTableScroll } from "./table-scroll";

const ink = "#1d2521";
const accent = "#1f6b4f";
const blue = "#2f5d9e";
const own = "#a3261b";

const ticks = [0, 0.25, 0.5, 0.75, 1];
const grid = { lineClass: "profile-chart-gridline", tickClass: "profile-chart-tick" };

/** The shared chart frame with the profile's classes, its table scrolling sideways on narrow screens. */
function ChartFrame({
  children,
  table,
  ...frame
}: Omit<ChartFrameProps, "id" | "classPrefix" | "showTable" | "data" | "children"> & {
  children: (ids: { id: string }) => ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useChartId();
  return (
    <SharedChartFrame
      {...frame}
      id={id}
      classPrefix="profile-chart"
      showTable={t("profile.charts.showTable")}
      data={<ProfileTableScroll label={frame.title}>{table}</ProfileTableScroll>}
    >
      {children({ id })}
    </SharedChartFrame>
  );
}

function Hatch({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#ffffff" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  );
}

function Dots({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="#ffffff" />
      <circle cx="3" cy="3" r="1.6" fill={colour} />
    </pattern>
  );
}

function LegendSwatch({ children }: { children: ReactNode }) {
  return (
    <svg width="22" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A horizontal percent axis with grid lines from x0 to x1, labels above `top`. */
function PercentAxis({ x0, x1, top, bottom }: { x0: number; x1: number; top: number; bottom: number }) {
  const { percent } = useFormats();
  return (
    <g>
      {ticks.map((tick) => {
        const x = x0 + tick * (x1 - x0);
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={top} y2={bottom} className="profile-chart-gridline" />
            <text x={x} y={top - 6} textAnchor="middle" className="profile-chart-tick">
              {percent(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Rough width of a label at 14px: CJK characters a full em, others about half. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 14 : 7.6;
  return width;
}

/** A label in one line, or two when it is too wide: broken at a space or a separator near the middle. */
export function labelLines(label: string, maxWidth: number): string[] {
  if (textWidth(label) <= maxWidth) return [label];
  let best: [string, string] | null = null;
  for (let i = 1; i < label.length - 1; i++) {
    const char = label[i] ?? "";
    let first: string;
    let second: string;
    if (char === " ") [first, second] = [label.slice(0, i), label.slice(i + 1)];
    else if (char === "（" || char === "(") [first, second] = [label.slice(0, i), label.slice(i)];
    else if ("・、,".includes(char)) [first, second] = [label.slice(0, i + 1), label.slice(i + 1)];
    else continue;
    if (!best || Math.max(textWidth(first), textWidth(second)) < Math.max(textWidth(best[0]), textWidth(best[1]))) {
      best = [first, second];
    }
  }
  return best ?? [label];
}

/** A right-aligned label of one or two lines, centred on y. */
function RowLabel({ x, y, label, maxWidth }: { x: number; y: number; label: string; maxWidth: number }) {
  const lines = labelLines(label, maxWidth);
  const first = y - ((lines.length - 1) * 16) / 2;
  return (
    <text x={x} y={first} textAnchor="end" className="profile-chart-label">
      {lines.map((line, i) => (
        <tspan key={line} x={x} y={first + i * 16}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

// --- activity and scope per field ----------------------------------------------------------

export interface FieldBarRow {
  key: string;
  label: string;
  activity: number | null;
  scope: number | null;
}

export function FieldBarsChart({ rows, table }: { rows: readonly FieldBarRow[]; table: ReactNode }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const width = 760;
  const labelWidth = 300;
  const x0 = labelWidth;
  const x1 = width - 56;
  const top = 28;
  const rowHeight = 50;
  const height = top + rows.length * rowHeight + 8;
  const x = (value: number) => x0 + Math.max(0, Math.min(1, value)) * (x1 - x0);
  return (
    <ChartFrame
      title={t("profile.charts.fieldBars.title")}
      summary={t("profile.charts.fieldBars.summary")}
      width={width}
      height={height}
      table={table}
      legend={<FieldBarsLegend />}
    >
      {({ id }) => (
        <>
          <defs>
            <Hatch id={`${id}-scope`} colour={blue} />
          </defs>
          <PercentAxis x0={x0} x1={x1} top={top} bottom={height - 8} />
          {rows.map((row, index) => {
            const y = top + index * rowHeight + 6;
            return (
              <g key={row.key}>
                <RowLabel x={labelWidth - 10} y={y + 23} label={row.label} maxWidth={labelWidth - 16} />
                {row.activity !== null ? (
                  <rect x={x0} y={y} width={x(row.activity) - x0} height={17} fill={accent} />
                ) : null}
                <text x={(row.activity === null ? x0 : x(row.activity)) + 5} y={y + 13} className="profile-chart-value">
                  {percent(row.activity)}
                </text>
                {row.scope !== null ? (
                  <rect
                    x={x0}
                    y={y + 20}
                    width={x(row.scope) - x0}
                    height={17}
                    fill={`url(#${id}-scope)`}
                    stroke={blue}
                    strokeWidth={1}
                  />
                ) : null}
                <text x={(row.scope === null ? x0 : x(row.scope)) + 5} y={y + 33} className="profile-chart-value">
                  {percent(row.scope)}
                </text>
              </g>
            );
          })}
          <line x1={x0} x2={x0} y1={top} y2={height - 8} className="profile-chart-axis" />
        </>
      )}
    </ChartFrame>
  );
}

function FieldBarsLegend() {
  const { t } = useTranslation();
  const id = useChartId();
  return (
    <ul className="profile-chart-legend">
      <li>
        <LegendSwatch>
          <rect width="22" height="16" fill={accent} />
        </LegendSwatch>
        {t("profile.charts.fieldBars.activity")}
      </li>
      <li>
        <LegendSwatch>
          <defs>
            <Hatch id={`${id}-legend-scope`} colour={blue} />
          </defs>
          <rect width="22" height="16" fill={`url(#${id}-legend-scope)`} stroke={blue} />
        </LegendSwatch>
        {t("profile.charts.fieldBars.scope")}
      </li>
    </ul>
  );
}

// --- scope against activity -----------------------------------------------------------------

export function ScopeActivityPlot({ rows, table }: { rows: readonly FieldBarRow[]; table: ReactNode }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const size = 360;
  const margin = { top: 20, right: 24, bottom: 52, left: 70 };
  const width = margin.left + size + margin.right;
  const height = margin.top + size + margin.bottom;
  const x = (value: number) => margin.left + value * size;
  const y = upwardScale(margin.top, size);
  const points = rows.map((row, index) => ({ ...row, number: index + 1 }));
  return (
    <ChartFrame
      className="profile-chart-scatter"
      title={t("profile.charts.scatter.title")}
      summary={t("profile.charts.scatter.summary")}
      width={width}
      height={height}
      table={table}
      legend={
        <div className="profile-chart-legend-block">
          <p className="profile-chart-legend-title">{t("profile.charts.scatter.legend")}</p>
          <ul className="profile-chart-numbers">
            {points.map((p) => (
              <li key={p.key}>{t("profile.charts.scatter.point", { number: p.number, field: p.label })}</li>
            ))}
          </ul>
        </div>
      }
    >
      {() => (
        <>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={y(0)} y2={y(1)} className="profile-chart-gridline" />
              <line x1={x(0)} x2={x(1)} y1={y(tick)} y2={y(tick)} className="profile-chart-gridline" />
              <text x={x(tick)} y={y(0) + 18} textAnchor="middle" className="profile-chart-tick">
                {percent(tick)}
              </text>
              <text x={x(0) - 8} y={y(tick) + 4} textAnchor="end" className="profile-chart-tick">
                {percent(tick)}
              </text>
            </g>
          ))}
          <line x1={x(0)} x2={x(1)} y1={y(0)} y2={y(0)} className="profile-chart-axis" />
          <line x1={x(0)} x2={x(0)} y1={y(0)} y2={y(1)} className="profile-chart-axis" />
          <text x={x(0.5)} y={height - 10} textAnchor="middle" className="profile-chart-axis-title">
            {t("profile.charts.scatter.xAxis")} →
          </text>
          <text
            x={16}
            y={y(0.5)}
            textAnchor="middle"
            className="profile-chart-axis-title"
            transform={`rotate(-90 16 ${y(0.5)})`}
          >
            {t("profile.charts.scatter.yAxis")} →
          </text>
          {placeBubbles(points, x, y).map((p) => (
            <g key={p.key}>
              {p.moved ? (
                <>
                  <line x1={p.cx} y1={p.cy} x2={p.bx} y2={p.by} stroke={accent} strokeWidth={1.5} />
                  <circle cx={p.cx} cy={p.cy} r={3.5} fill={accent} />
                </>
              ) : null}
              <circle cx={p.bx} cy={p.by} r={11} fill={accent} stroke="#ffffff" strokeWidth={1.5} />
              <text x={p.bx} y={p.by + 4.5} textAnchor="middle" className="profile-chart-point">
                {p.number}
              </text>
            </g>
          ))}
        </>
      )}
    </ChartFrame>
  );
}

/**
 * Numbered bubbles at each point; a bubble that would cover an earlier one moves aside
 * (left or right, then further) and keeps a leader line to a dot at the true position.
 */
function placeBubbles(
  points: ReadonlyArray<FieldBarRow & { number: number }>,
  x: (value: number) => number,
  y: (value: number) => number,
) {
  const placed: Array<{ key: string; number: number; cx: number; cy: number; bx: number; by: number; moved: boolean }> =
    [];
  const offsets = [0, -26, 26, -52, 52, -78, 78];
  for (const p of points) {
    if (p.scope === null || p.activity === null) continue;
    const cx = x(p.scope);
    const cy = y(p.activity);
    const free = (bx: number, by: number) => placed.every((q) => Math.hypot(q.bx - bx, q.by - by) >= 23);
    const dx = offsets.find((offset) => free(cx + offset, cy)) ?? 0;
    placed.push({ key: p.key, number: p.number, cx, cy, bx: cx + dx, by: cy, moved: dx !== 0 });
  }
  return placed;
}

// --- impact depth mix -------------------------------------------------------------------------

export interface DepthMixRow {
  key: string;
  label: string;
  mix: Readonly<Record<"1" | "2" | "3", number>> | null;
}

const depthStyle = {
  "1": { pattern: "dots", colour: "#8a4b00" },
  "2": { pattern: "hatch", colour: blue },
  "3": { pattern: "solid", colour: accent },
} as const;

function DepthFill({ id, depth }: { id: string; depth: "1" | "2" | "3" }) {
  const style = depthStyle[depth];
  if (style.pattern === "dots") return <Dots id={id} colour={style.colour} />;
  if (style.pattern === "hatch") return <Hatch id={id} colour={style.colour} />;
  return null;
}

function depthFill(id: string, depth: "1" | "2" | "3") {
  return depthStyle[depth].pattern === "solid" ? depthStyle[depth].colour : `url(#${id}-depth-${depth})`;
}

export function DepthMixChart({
  rows,
  depthLabels,
  table,
}: {
  rows: readonly DepthMixRow[];
  depthLabels: Readonly<Record<"1" | "2" | "3", string>>;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const width = 760;
  const labelWidth = 300;
  const x0 = labelWidth;
  const x1 = width - 20;
  const top = 28;
  const rowHeight = 36;
  const height = top + rows.length * rowHeight + 8;
  const depths = ["1", "2", "3"] as const;
  const legendId = useChartId();
  return (
    <ChartFrame
      title={t("profile.charts.depthMix.title")}
      summary={t("profile.charts.depthMix.summary")}
      width={width}
      height={height}
      table={table}
      legend={
        <ul className="profile-chart-legend">
          {depths.map((depth) => (
            <li key={depth}>
              <LegendSwatch>
                <defs>
                  <DepthFill id={`${legendId}-depth-${depth}`} depth={depth} />
                </defs>
                <rect width="22" height="16" fill={depthFill(legendId, depth)} stroke={depthStyle[depth].colour} />
              </LegendSwatch>
              {depthLabels[depth]}
            </li>
          ))}
        </ul>
      }
    >
      {({ id }) => (
        <>
          <defs>
            {depths.map((depth) => (
              <DepthFill key={depth} id={`${id}-depth-${depth}`} depth={depth} />
            ))}
          </defs>
          <PercentAxis x0={x0} x1={x1} top={top} bottom={height - 8} />
          {rows.map((row, index) => {
            const y = top + index * rowHeight + 8;
            let start = x0;
            return (
              <g key={row.key}>
                <RowLabel x={labelWidth - 10} y={y + 15} label={row.label} maxWidth={labelWidth - 16} />
                {row.mix === null ? (
                  <text x={x0 + 6} y={y + 15} className="profile-chart-value">
                    {t("profile.charts.depthMix.nothing")}
                  </text>
                ) : (
                  depths.map((depth) => {
                    const share = row.mix?.[depth] ?? 0;
                    const w = share * (x1 - x0);
                    const segment = (
                      <g key={depth}>
                        {w > 0 ? (
                          <rect
                            x={start}
                            y={y}
                            width={w}
                            height={20}
                            fill={depthFill(id, depth)}
                            stroke={depthStyle[depth].colour}
                            strokeWidth={1}
                          />
                        ) : null}
                        {w >= 44 ? (
                          <text x={start + w / 2} y={y + 14} textAnchor="middle" className="profile-chart-segment">
                            {percent(share)}
                          </text>
                        ) : null}
                      </g>
                    );
                    start += w;
                    return segment;
                  })
                )}
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}

// --- peer distributions -------------------------------------------------------------------

export interface PeerRow {
  key: string;
  label: string;
  own: number | null;
  distribution: Distribution | null;
  band: PeerBand | null;
}

export function PeerBoxPlot({ title, rows, table }: { title: string; rows: readonly PeerRow[]; table: ReactNode }) {
  const { t } = useTranslation();
  const width = 760;
  const labelWidth = 300;
  const x0 = labelWidth;
  const x1 = width - 24;
  const top = 28;
  const rowHeight = 36;
  const height = top + rows.length * rowHeight + 8;
  const x = (value: number) => x0 + Math.max(0, Math.min(1, value)) * (x1 - x0);
  return (
    <ChartFrame
      title={title}
      summary={t("profile.charts.peers.summary")}
      width={width}
      height={height}
      table={table}
      legend={<PeerLegend />}
    >
      {() => (
        <>
          <PercentAxis x0={x0} x1={x1} top={top} bottom={height - 8} />
          {rows.map((row, index) => {
            const mid = top + index * rowHeight + 20;
            const d = row.distribution;
            return (
              <g key={row.key}>
                <RowLabel x={labelWidth - 10} y={mid + 5} label={row.label} maxWidth={labelWidth - 16} />
                {d === null ? (
                  <text x={x0 + 6} y={mid + 4} className="profile-chart-value">
                    {t("profile.peers.fieldHidden")}
                  </text>
                ) : (
                  <>
                    <line x1={x(d.min)} x2={x(d.max)} y1={mid} y2={mid} stroke={ink} strokeWidth={1.5} />
                    <line x1={x(d.min)} x2={x(d.min)} y1={mid - 6} y2={mid + 6} stroke={ink} strokeWidth={1.5} />
                    <line x1={x(d.max)} x2={x(d.max)} y1={mid - 6} y2={mid + 6} stroke={ink} strokeWidth={1.5} />
                    <rect
                      x={x(d.q1)}
                      y={mid - 10}
                      width={Math.max(1, x(d.q3) - x(d.q1))}
                      height={20}
                      fill="#e4f1ea"
                      stroke={accent}
                      strokeWidth={1.5}
                    />
                    <line
                      x1={x(d.median)}
                      x2={x(d.median)}
                      y1={mid - 10}
                      y2={mid + 10}
                      stroke={accent}
                      strokeWidth={3}
                    />
                  </>
                )}
                {row.own !== null && d !== null ? (
                  <path
                    d={`M ${x(row.own)} ${mid - 9} l 8 9 l -8 9 l -8 -9 z`}
                    fill={own}
                    stroke="#ffffff"
                    strokeWidth={1.5}
                  />
                ) : null}
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}

function PeerLegend() {
  const { t } = useTranslation();
  return (
    <ul className="profile-chart-legend">
      <li>
        <LegendSwatch>
          <line x1="1" x2="21" y1="8" y2="8" stroke={ink} strokeWidth="1.5" />
          <line x1="1" x2="1" y1="3" y2="13" stroke={ink} strokeWidth="1.5" />
          <line x1="21" x2="21" y1="3" y2="13" stroke={ink} strokeWidth="1.5" />
        </LegendSwatch>
        {t("profile.charts.peers.range")}
      </li>
      <li>
        <LegendSwatch>
          <rect x="1" y="1" width="20" height="14" fill="#e4f1ea" stroke={accent} strokeWidth="1.5" />
        </LegendSwatch>
        {t("profile.charts.peers.box")}
      </li>
      <li>
        <LegendSwatch>
          <line x1="11" x2="11" y1="1" y2="15" stroke={accent} strokeWidth="3" />
        </LegendSwatch>
        {t("profile.charts.peers.median")}
      </li>
      <li>
        <LegendSwatch>
          <path d="M 11 0 l 8 8 l -8 8 l -8 -8 z" fill={own} />
        </LegendSwatch>
        {t("profile.charts.peers.own")}
      </li>
    </ul>
  );
}

// --- trend --------------------------------------------------------------------------------------

export interface TrendChartPoint {
  key: string;
  label: string;
  value: number | null;
  provisional: boolean;
}

export function TrendChart({ points, table }: { points: readonly TrendChartPoint[]; table: ReactNode }) {
  const { t } = useTranslation();
  const { percent } = useFormats();
  const width = 560;
  const height = 260;
  const margin = { top: 20, right: 30, bottom: 40, left: 60 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const x = (index: number) => margin.left + (points.length > 1 ? index * step : plotWidth / 2);
  const y = upwardScale(margin.top, plotHeight);
  const drawn = points.map((p, index) => ({ ...p, index })).filter((p) => p.value !== null);
  const path = drawn.map((p, i) => `${i === 0 ? "M" : "L"} ${x(p.index)} ${y(p.value ?? 0)}`).join(" ");
  return (
    <ChartFrame
      title={t("profile.charts.trend.title")}
      summary={t("profile.charts.trend.summary")}
      width={width}
      height={height}
      table={table}
    >
      {() => (
        <>
          <ValueGrid ticks={ticks} y={y} left={margin.left} right={width - margin.right} label={percent} {...grid} />
          <path d={path} fill="none" stroke={accent} strokeWidth={2.5} />
          {points.map((p, index) =>
            p.value === null ? null : (
              <g key={p.key}>
                <circle
                  cx={x(index)}
                  cy={y(p.value)}
                  r={6}
                  fill={p.provisional ? "#ffffff" : accent}
                  stroke={accent}
                  strokeWidth={2.5}
                />
                <text x={x(index)} y={y(p.value) - 12} textAnchor="middle" className="profile-chart-value">
                  {percent(p.value)}
                </text>
              </g>
            ),
          )}
          {points.map((p, index) => (
            <text key={p.key} x={x(index)} y={height - 14} textAnchor="middle" className="profile-chart-tick">
              {p.label}
            </text>
          ))}
        </>
      )}
    </ChartFrame>
  );
}
