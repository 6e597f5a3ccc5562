/**
 * Analysis charts as inline SVG rendered on the server: implementation shares per
 * measure and country, activity distributions as box plots, uptake by level of legal
 * scope. Countries differ by pattern and by their label, not by colour alone; each
 * chart has a title and a summary for screen readers, and the page shows the same
 * figures in a table. Nothing is ordered by a city's figure: there are no ranks.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { DistributionGroup, GroupDistribution, UptakeCell } from "#app/domain/research/analysis";
import { type Country, countries, type LegalScopeLevel, legalScopeLevels } from "#app/domain/vocabulary";

const countryColours: Readonly<Record<Country, string>> = { DE: "#1f6b4f", JP: "#2f5d9e", US: "#8a4b00" };

function CountryPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {countries.map((country) => (
        <pattern key={country} id={`${prefix}-${country}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={countryColours[country]} />
          {country === "JP" ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" strokeWidth={1.6} /> : null}
          {country === "US" ? <circle cx="4" cy="4" r="1.7" fill="#ffffff" /> : null}
        </pattern>
      ))}
    </defs>
  );
}

/** The legend: a swatch with the same pattern as the bars, and the country's name. */
export function CountryLegend() {
  const { t } = useTranslation();
  const prefix = `legend${useId().replace(/:/g, "")}`;
  return (
    <ul className="legend">
      {countries.map((country) => (
        <li key={country}>
          <svg viewBox="0 0 24 12" aria-hidden="true" focusable="false">
            <CountryPatterns prefix={prefix} />
            <rect width="24" height="12" fill={`url(#${prefix}-${country})`} />
          </svg>
          {t(`country.${country}`)} ({country})
        </li>
      ))}
    </ul>
  );
}

function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  return (value: number) => format.format(value);
}

const axisColour = "#4a5550";
const gridColour = "#d5ddd8";

function PercentAxis({ x, top, bottom }: { x: (v: number) => number; top: number; bottom: number }) {
  const percent = usePercent();
  return (
    <g>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} stroke={gridColour} />
          <text x={x(tick)} y={bottom + 16} textAnchor="middle" fontSize="12" fill={axisColour}>
            {percent(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface ImplementationBar {
  measureId: string;
  byCountry: Record<Country, { answered: number; implemented: number; share: number | null }>;
}

/** Per measure, one bar per country: the share of cities that implemented it. */
export function ImplementationChart({
  title,
  summary,
  measures,
}: {
  title: string;
  summary: string;
  measures: readonly ImplementationBar[];
}) {
  const { t } = useTranslation();
  const percent = usePercent();
  const id = useId().replace(/:/g, "");
  const barHeight = 9;
  const rowGap = 12;
  const rowHeight = barHeight * countries.length + rowGap;
  const left = 70;
  const right = 110;
  const width = 640;
  const top = 8;
  const height = top + measures.length * rowHeight + 28;
  const plotWidth = width - left - right;
  const x = (value: number) => left + value * plotWidth;
  return (
    <figure className="research-chart">
      <figcaption>{title}</figcaption>
      <CountryLegend />
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <CountryPatterns prefix={id} />
        <PercentAxis x={x} top={top} bottom={height - 24} />
        {measures.map((measure, row) => {
          const y0 = top + row * rowHeight;
          return (
            <g key={measure.measureId}>
              <text x={left - 8} y={y0 + (barHeight * countries.length) / 2 + 4} textAnchor="end" fontSize="12">
                {measure.measureId}
              </text>
              {countries.map((country, index) => {
                const cell = measure.byCountry[country];
                const y = y0 + index * barHeight;
                const label =
                  cell.share === null
                    ? `${country} –`
                    : `${country} ${percent(cell.share)} (${cell.implemented}/${cell.answered})`;
                return (
                  <g key={country}>
                    {cell.share !== null && cell.share > 0 ? (
                      <rect
                        x={x(0)}
                        y={y + 0.5}
                        width={Math.max(cell.share * plotWidth, 1.5)}
                        height={barHeight - 1}
                        fill={`url(#${id}-${country})`}
                      />
                    ) : null}
                    <text x={x(cell.share ?? 0) + 4} y={y + barHeight - 1} fontSize="9" fill={axisColour}>
                      {label}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <text x={left} y={height - 2} fontSize="11" fill={axisColour}>
          {t("research.analysis.implementation.axis")}
        </text>
      </svg>
    </figure>
  );
}

/** Box plots: minimum to maximum (whiskers), quartiles (box), median (bold line), per group and country. */
export function DistributionChart({
  title,
  summary,
  groups,
  groupLabel,
}: {
  title: string;
  summary: string;
  groups: ReadonlyArray<{ group: DistributionGroup; byCountry: Record<Country, GroupDistribution> }>;
  groupLabel: (group: DistributionGroup) => string;
}) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, "");
  const boxHeight = 14;
  const rowGap = 4;
  const groupGap = 26;
  const left = 40;
  const right = 24;
  const width = 640;
  const top = 22;
  const groupHeight = groupGap + countries.length * (boxHeight + rowGap);
  const height = top + groups.length * groupHeight + 24;
  const plotWidth = width - left - right;
  const x = (value: number) => left + Math.min(Math.max(value, 0), 1) * plotWidth;
  return (
    <figure className="research-chart">
      <figcaption>{title}</figcaption>
      <CountryLegend />
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <CountryPatterns prefix={id} />
        <PercentAxis x={x} top={top - 6} bottom={height - 24} />
        {groups.map(({ group, byCountry }, groupIndex) => {
          const y0 = top + groupIndex * groupHeight;
          return (
            <g key={group}>
              <text x={left} y={y0 + 4} fontSize="12" fontWeight="600">
                {groupLabel(group)}
              </text>
              {countries.map((country, index) => {
                const y = y0 + 10 + index * (boxHeight + rowGap);
                const cell = byCountry[country];
                const d = cell.distribution;
                return (
                  <g key={country}>
                    <text x={left - 6} y={y + boxHeight - 3} textAnchor="end" fontSize="11">
                      {country}
                    </text>
                    {d ? (
                      <>
                        <line
                          x1={x(d.min)}
                          x2={x(d.max)}
                          y1={y + boxHeight / 2}
                          y2={y + boxHeight / 2}
                          stroke="#1d2521"
                        />
                        <line x1={x(d.min)} x2={x(d.min)} y1={y + 3} y2={y + boxHeight - 3} stroke="#1d2521" />
                        <line x1={x(d.max)} x2={x(d.max)} y1={y + 3} y2={y + boxHeight - 3} stroke="#1d2521" />
                        <rect
                          x={x(d.q1)}
                          y={y}
                          width={Math.max(x(d.q3) - x(d.q1), 1.5)}
                          height={boxHeight}
                          fill={`url(#${id}-${country})`}
                          stroke="#1d2521"
                        />
                        <line
                          x1={x(d.median)}
                          x2={x(d.median)}
                          y1={y - 2}
                          y2={y + boxHeight + 2}
                          stroke="#1d2521"
                          strokeWidth={3}
                        />
                      </>
                    ) : (
                      <text x={left + 4} y={y + boxHeight - 3} fontSize="11" fill={axisColour}>
                        {t("research.analysis.distributions.hidden", { n: cell.n })}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Grouped bars: per level of legal scope, the share of implemented measures per country. */
export function LevelUptakeChart({
  title,
  summary,
  byLevel,
}: {
  title: string;
  summary: string;
  byLevel: Record<LegalScopeLevel, Record<Country, UptakeCell>>;
}) {
  const { t } = useTranslation();
  const percent = usePercent();
  const id = useId().replace(/:/g, "");
  const width = 640;
  const height = 300;
  const margin = { top: 24, right: 16, bottom: 56, left: 56 };
  const plotHeight = height - margin.top - margin.bottom;
  const band = (width - margin.left - margin.right) / legalScopeLevels.length;
  const barWidth = Math.min(40, (band * 0.8) / countries.length);
  const y = (value: number) => margin.top + plotHeight - value * plotHeight;
  return (
    <figure className="research-chart">
      <figcaption>{title}</figcaption>
      <CountryLegend />
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <CountryPatterns prefix={id} />
        <g>
          {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
            <g key={tick}>
              <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke={gridColour} />
              <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill={axisColour}>
                {percent(tick)}
              </text>
            </g>
          ))}
        </g>
        {legalScopeLevels.map((level, levelIndex) => {
          const x0 = margin.left + levelIndex * band + (band - barWidth * countries.length) / 2;
          return (
            <g key={level}>
              {countries.map((country, index) => {
                const cell = byLevel[level][country];
                const share = cell.cities > 0 ? cell.implemented / cell.cities : null;
                const x = x0 + index * barWidth;
                return (
                  <g key={country}>
                    {share !== null && share > 0 ? (
                      <rect
                        x={x + 1}
                        y={y(share)}
                        width={barWidth - 2}
                        height={plotHeight * share}
                        fill={`url(#${id}-${country})`}
                      />
                    ) : null}
                    <text x={x + barWidth / 2} y={y(share ?? 0) - 4} textAnchor="middle" fontSize="10">
                      {share === null ? "–" : percent(share)}
                    </text>
                    <text x={x + barWidth / 2} y={height - margin.bottom + 14} textAnchor="middle" fontSize="10">
                      {country}
                    </text>
                  </g>
                );
              })}
              <text
                x={margin.left + levelIndex * band + band / 2}
                y={height - margin.bottom + 32}
                textAnchor="middle"
                fontSize="12"
                fontWeight="600"
              >
                {t(`catalogue.levels.${level}.label`)}
              </text>
            </g>
          );
        })}
        <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} stroke={axisColour} />
      </svg>
    </figure>
  );
}
