/**
 * The frame every SVG chart shares: a visible caption, the SVG named by its title and
 * summary for screen readers, a legend, and the same figures as a table behind "show
 * table". The profile and balance pages style it under their own class prefix.
 */
import { type ReactNode, useId } from "react";

/** An id usable inside `url(#…)` and `aria-labelledby` (React's own ids contain colons). */
export function useChartId(): string {
  return useId().replace(/:/g, "");
}

export interface ChartFrameProps {
  /** From `useChartId` in the chart, which also names the chart's patterns with it. */
  id: string;
  classPrefix: "chart" | "profile-chart";
  className?: string | undefined;
  title: string;
  summary: string;
  width: number;
  height: number;
  legend?: ReactNode;
  /** The label of the disclosure that holds the table. */
  showTable: string;
  data: ReactNode;
  children: ReactNode;
}

export function ChartFrame({
  id,
  classPrefix,
  className,
  title,
  summary,
  width,
  height,
  legend,
  showTable,
  data,
  children,
}: ChartFrameProps) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className={className ? `${classPrefix} ${className}` : classPrefix}>
      <figcaption className={`${classPrefix}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className={`${classPrefix}-svg`}
        focusable="false"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {children}
      </svg>
      {legend}
      <details className={`${classPrefix}-data`}>
        <summary>{showTable}</summary>
        {data}
      </details>
    </figure>
  );
}
