/**
 * The tables beside the charts and the figure tables: a caption, one header row of
 * columns, figures right-aligned so that digits line up.
 */
import type { ReactNode } from "react";

export interface FigureColumn {
  label: string;
  /** Right-aligned (class "numeric"). */
  numeric?: boolean;
  /** Only where two columns could carry the same label. */
  key?: string;
}

/** Columns of figures, each right-aligned under its label. */
export function numericColumns(...labels: readonly string[]): FigureColumn[] {
  return labels.map((label) => ({ label, numeric: true }));
}

export function FigureTable({
  caption,
  columns,
  className = "table",
  children,
}: {
  caption: string;
  /** A plain label stands for a column of text. */
  columns: ReadonlyArray<string | FigureColumn>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns
            .map((column) => (typeof column === "string" ? { label: column } : column))
            .map((column) => (
              <th key={column.key ?? column.label} scope="col" className={column.numeric ? "numeric" : undefined}>
                {column.label}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A row headed by its label, followed by figures. */
export function FigureRow({
  label,
  figures,
  className,
}: {
  label: ReactNode;
  figures: ReadonlyArray<{ key: string; value: ReactNode }>;
  className?: string | undefined;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      {figures.map((figure) => (
        <td key={figure.key} className="numeric">
          {figure.value}
        </td>
      ))}
    </tr>
  );
}
