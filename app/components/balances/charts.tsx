/**
 * Charts as inline SVG, rendered on the server: stacked bars by sector per year and
 * per-capita lines. Each has a title and a summary for screen readers, a legend whose
 * sectors differ by pattern as well as colour, and the same figures as a data table.
 * Colours have at least 5:1 contrast against the page; white hatching and gaps
 * separate neighbouring segments.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ChartFrame, useChartId } from "#app/components/charts/chart-frame";
import { FigureRow, FigureTable } from "#app/components/charts/figure-table";
import { upwardScale, ValueGrid } from "#app/components/charts/scale";
import type { BalanceSector } from "#app/domain/balances/model";
import { TableScroll } from "./table-scroll";

export const sectorColours: Readonly<Record<BalanceSector, string>> = {
  households: "#1f6b4f",
  commerce: "#2f5d9e",
  industry: "#6a4c93",
  municipal: "#8a4b00",
  transport_road: "#a3261b",
  transport_rail: "#b04a00",
  transport_other: "#5c6b00",
  waste: "#4a5550",
  other: "#0b6e79",
};

type PatternKind = "solid" | "diagonal" | "cross" | "dots" | "horizontal" | "vertical" | "backslash" | "grid" | "rings";

const sectorPatterns: Readonly<Record<BalanceSector, PatternKind>> = {
  households: "solid",
  commerce: "diagonal",
  industry: "cross",
  municipal: "dots",
  transport_road: "horizontal",
  transport_rail: "vertical",
  transport_other: "backslash",
  waste: "grid",
  other: "rings",
};

function PatternShapes({ kind }: { kind: PatternKind }) {
  const line = { stroke: "#ffffff", strokeWidth: 1.6 };
  switch (kind) {
    case "solid":
      return null;
    case "diagonal":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case "backslash":
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} />;
    case "cross":
      return <path d="M0,0 l8,8 M8,0 l-8,8" {...line} strokeWidth={1.2} />;
    case "dots":
      return <circle cx="4" cy="4" r="1.6" fill="#ffffff" />;
    case "horizontal":
      return <path d="M0,4 h8" {...line} />;
    case "vertical":
      return <path d="M4,0 v8" {...line} />;
    case "grid":
      return <path d="M0,4 h8 M4,0 v8" {...line} strokeWidth={1} />;
    case "rings":
      return <circle cx="4" cy="4" r="2.2" fill="none" stroke="#ffffff" strokeWidth={1.2} />;
  }
}

function SectorPatterns({ prefix, sectors }: { prefix: string; sectors: readonly BalanceSector[] }) {
  return (
    <defs>
      {sectors.map((sector) => (
        <pattern key={sector} id={`${prefix}-${sector}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={sectorColours[sector]} />
          <PatternShapes kind={sectorPatterns[sector]} />
        </pattern>
      ))}
    </defs>
  );
}

/** A scale from 0 with 4-6 round ticks. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => max / s <= 5) ?? 10 * magnitude) as number;
  const ticks: number[] = [];
  for (let value = 0; value < max + step * 0.999; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

const width = 720;
const height = 340;
const margin = { top: 28, right: 24, bottom: 48, left: 84 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
const grid = { lineClass: "chart-grid", tickClass: "chart-tick" };

/**
 * What both balance charts draw around their figures: the unit above the value axis, the
 * value grid, the baseline and the title of the year axis. `underBaseline` is drawn before
 * the baseline, `overBaseline` after it, so that lines and markers stay on top.
 */
/** What the page says about a balance chart, in the chart's unit. */
interface BalanceChartText {
  title: string;
  summary: string;
  /** Formats a figure in the chart's unit (already scaled). */
  format: (value: number) => string;
  unitLabel: string;
  xAxisTitle: string;
  tableCaption: string;
}

function BalanceChart({
  id,
  text,
  defs,
  ticks,
  y,
  legend,
  table,
  underBaseline,
  overBaseline,
}: {
  id: string;
  text: BalanceChartText;
  defs?: ReactNode;
  ticks: readonly number[];
  y: (value: number) => number;
  legend: ReactNode;
  table: ReactNode;
  underBaseline: ReactNode;
  overBaseline?: ReactNode;
}) {
  const { title, summary, format, unitLabel, xAxisTitle, tableCaption } = text;
  const { t } = useTranslation();
  return (
    <ChartFrame
      id={id}
      classPrefix="chart"
      title={title}
      summary={summary}
      width={width}
      height={height}
      legend={legend}
      showTable={t("balances.charts.showTable")}
      data={<TableScroll label={tableCaption}>{table}</TableScroll>}
    >
      {defs}
      <text x={8} y={14} textAnchor="start" className="chart-axis-title">
        {unitLabel}
      </text>
      <ValueGrid ticks={ticks} y={y} left={margin.left} right={width - margin.right} label={format} {...grid} />
      {underBaseline}
      <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} className="chart-axis" />
      {overBaseline}
      <text x={width - margin.right} y={height - 6} textAnchor="end" className="chart-axis-title">
        {xAxisTitle}
      </text>
    </ChartFrame>
  );
}

export interface StackedBar {
  key: string;
  /** Row header of the data table (e.g. "2022年度"). */
  label: string;
  /** Axis label under the bar (e.g. "2022"; the axis title says what kind of year). */
  tick: string;
  values: Readonly<Record<BalanceSector, number | null>>;
  total: number;
}

export function SectorBarChart({
  bars,
  sectors,
  sectorLabel,
  ...text
}: BalanceChartText & {
  bars: readonly StackedBar[];
  sectors: readonly BalanceSector[];
  sectorLabel: (sector: BalanceSector) => string;
}) {
  const { format, tableCaption } = text;
  const { t } = useTranslation();
  const id = useChartId();
  const used = sectors.filter((s) => bars.some((b) => (b.values[s] ?? 0) > 0));
  const ticks = niceTicks(Math.max(...bars.map((b) => b.total), 0));
  const y = upwardScale(margin.top, plotHeight, ticks[ticks.length - 1] ?? 1);
  const band = plotWidth / Math.max(bars.length, 1);
  const barWidth = Math.min(72, band * 0.62);
  return (
    <BalanceChart
      id={id}
      text={text}
      defs={<SectorPatterns prefix={id} sectors={used} />}
      ticks={ticks}
      y={y}
      legend={
        <ul className="chart-legend">
          {[...used].reverse().map((sector) => (
            <li key={sector}>
              <svg width="18" height="18" aria-hidden="true" focusable="false">
                <rect width="18" height="18" fill={`url(#${id}-${sector})`} stroke="#1d2521" strokeWidth="1" />
              </svg>
              {sectorLabel(sector)}
            </li>
          ))}
        </ul>
      }
      table={
        <FigureTable
          caption={tableCaption}
          columns={[
            t("balances.charts.yearColumn"),
            ...used.map((sector) => ({ key: sector, label: sectorLabel(sector) })),
            t("balances.subtotals.total"),
          ]}
        >
          {bars.map((bar) => (
            <FigureRow
              key={bar.key}
              label={bar.label}
              figures={[
                ...used.map((sector) => ({
                  key: sector,
                  value: bar.values[sector] === null ? "–" : format(bar.values[sector] ?? 0),
                })),
                { key: "total", value: format(bar.total) },
              ]}
            />
          ))}
        </FigureTable>
      }
      underBaseline={bars.map((bar, index) => {
        const x = margin.left + band * index + (band - barWidth) / 2;
        let base = 0;
        return (
          <g key={bar.key}>
            {used.map((sector) => {
              const value = bar.values[sector] ?? 0;
              if (value <= 0) return null;
              const rect = (
                <rect
                  key={sector}
                  x={x}
                  width={barWidth}
                  y={y(base + value)}
                  height={Math.max(0, y(base) - y(base + value))}
                  fill={`url(#${id}-${sector})`}
                  stroke="#ffffff"
                  strokeWidth={1}
                />
              );
              base += value;
              return rect;
            })}
            <text x={x + barWidth / 2} y={y(bar.total) - 6} textAnchor="middle" className="chart-value">
              {format(bar.total)}
            </text>
            <text x={x + barWidth / 2} y={height - margin.bottom + 20} textAnchor="middle" className="chart-tick">
              {bar.tick}
            </text>
          </g>
        );
      })}
    />
  );
}

export interface LineSeries {
  key: string;
  label: string;
  /** Dash pattern and marker tell the series apart without colour. */
  style: "solid" | "dashed" | "dotted";
  marker: "circle" | "square" | "triangle";
  colour: string;
  points: ReadonlyArray<{ year: number; value: number | null }>;
}

function Marker({ kind, x, y, colour }: { kind: LineSeries["marker"]; x: number; y: number; colour: string }) {
  if (kind === "square") return <rect x={x - 4.5} y={y - 4.5} width="9" height="9" fill={colour} />;
  if (kind === "triangle")
    return <path d={`M${x},${y - 6} L${x + 5.5},${y + 4} L${x - 5.5},${y + 4} Z`} fill={colour} />;
  return <circle cx={x} cy={y} r="5" fill={colour} />;
}

const dashes: Record<LineSeries["style"], string | undefined> = { solid: undefined, dashed: "8 5", dotted: "2 4" };

export function PerCapitaLineChart({
  series,
  yearLabel,
  ...text
}: BalanceChartText & {
  series: readonly LineSeries[];
  /** Row headers of the data table; the axis shows plain year numbers. */
  yearLabel: (year: number) => string;
}) {
  const { format, tableCaption } = text;
  const { t } = useTranslation();
  const id = useChartId();
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const ticks = niceTicks(Math.max(...values, 0) * 1.1);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const inset = 36;
  const x = (year: number) =>
    last === first
      ? margin.left + plotWidth / 2
      : margin.left + inset + ((year - first) / (last - first)) * (plotWidth - 2 * inset);
  const y = upwardScale(margin.top, plotHeight, ticks[ticks.length - 1] ?? 1);
  return (
    <BalanceChart
      id={id}
      text={text}
      ticks={ticks}
      y={y}
      legend={
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="36" height="14" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  x2="34"
                  y1="7"
                  y2="7"
                  stroke={s.colour}
                  strokeWidth="2.5"
                  strokeDasharray={dashes[s.style]}
                />
                <Marker kind={s.marker} x={18} y={7} colour={s.colour} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      }
      table={
        <FigureTable
          caption={tableCaption}
          columns={[{ label: t("balances.charts.yearColumn") }, ...series.map((s) => ({ key: s.key, label: s.label }))]}
        >
          {years.map((year) => (
            <FigureRow
              key={year}
              label={yearLabel(year)}
              figures={series.map((s) => {
                const value = s.points.find((p) => p.year === year)?.value ?? null;
                return { key: s.key, value: value === null ? "–" : format(value) };
              })}
            />
          ))}
        </FigureTable>
      }
      underBaseline={years.map((year) => (
        <text key={year} x={x(year)} y={height - margin.bottom + 20} textAnchor="middle" className="chart-tick">
          {year}
        </text>
      ))}
      overBaseline={series.map((s, index) => {
        const points = s.points.flatMap((p) => (p.value === null ? [] : [{ year: p.year, value: p.value }]));
        return (
          <g key={s.key}>
            <polyline
              points={points.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
              fill="none"
              stroke={s.colour}
              strokeWidth={index === 0 ? 3 : 2.2}
              strokeDasharray={dashes[s.style]}
            />
            {points.map((p) => (
              <g key={p.year}>
                <Marker kind={s.marker} x={x(p.year)} y={y(p.value)} colour={s.colour} />
                {index === 0 ? (
                  <text x={x(p.year)} y={y(p.value) - 10} textAnchor="middle" className="chart-value">
                    {format(p.value)}
                  </text>
                ) : null}
              </g>
            ))}
          </g>
        );
      })}
    />
  );
}

/**
 * One distribution as a small box: whisker min–max, box q1–q3, a bar at the median. The
 * same figures stand as numbers in the row, so it is hidden from screen readers.
 */
export function DistributionBand({
  distribution,
  scaleMax,
}: {
  distribution: { min: number; q1: number; median: number; q3: number; max: number };
  scaleMax: number;
}) {
  const w = 220;
  const h = 24;
  const pad = 6;
  const x = (value: number) => pad + (scaleMax > 0 ? (value / scaleMax) * (w - 2 * pad) : 0);
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false" className="band">
      <line x1={pad} x2={w - pad} y1={h / 2} y2={h / 2} stroke="#d5ddd8" />
      <line x1={x(distribution.min)} x2={x(distribution.max)} y1={h / 2} y2={h / 2} stroke="#4a5550" strokeWidth="2" />
      <line x1={x(distribution.min)} x2={x(distribution.min)} y1={6} y2={h - 6} stroke="#4a5550" strokeWidth="2" />
      <line x1={x(distribution.max)} x2={x(distribution.max)} y1={6} y2={h - 6} stroke="#4a5550" strokeWidth="2" />
      <rect
        x={x(distribution.q1)}
        y={4}
        width={Math.max(2, x(distribution.q3) - x(distribution.q1))}
        height={h - 8}
        fill="#e4f1ea"
        stroke="#1f6b4f"
        strokeWidth="1.5"
      />
      <line
        x1={x(distribution.median)}
        x2={x(distribution.median)}
        y1={3}
        y2={h - 3}
        stroke="#1d2521"
        strokeWidth="3"
      />
    </svg>
  );
}
