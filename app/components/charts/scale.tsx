/** Scales and the value grid shared by the SVG charts. */

/** SVG counts y downwards: a value axis from 0 at the bottom of the plot to `max` at its top. */
export function upwardScale(top: number, height: number, max = 1): (value: number) => number {
  return (value) => top + height - (value / max) * height;
}

/** Horizontal grid lines across the plot, each labelled at its left end. */
export function ValueGrid({
  ticks,
  y,
  left,
  right,
  label,
  lineClass,
  tickClass,
}: {
  ticks: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  label: (value: number) => string;
  lineClass: string;
  tickClass: string;
}) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} className={lineClass} />
          <text x={left - 8} y={y(tick) + 4} textAnchor="end" className={tickClass}>
            {label(tick)}
          </text>
        </g>
      ))}
    </>
  );
}
