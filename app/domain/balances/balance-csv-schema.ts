/**
 * The columns of the balance CSV: one zod schema defines them, and drives the template
 * (its header), the parser (each record validated by it) and the export (records built
 * for exactly its keys). A municipality is named by its id, its official code, or both.
 * Apart from the files themselves (`balance-csv.ts`), so that the import page's column
 * help does not bring the CSV reader and writer into the browser.
 */
import { z } from "zod";
import { balanceFieldShape, balanceToFields } from "./fields";
import type { Balance } from "./model";

/** An id or official code naming a municipality: AGS, 団体コード and GEOID are far shorter. */
export const maxReferenceLength = 40;

const referenceCell = z
  .unknown()
  .optional()
  .transform((raw, ctx): string | null => {
    const text = raw === undefined || raw === null ? "" : String(raw).trim();
    if (text.length > maxReferenceLength) {
      ctx.addIssue({ code: "custom", message: "balances.validation.tooLong", params: { max: maxReferenceLength } });
      return z.NEVER;
    }
    return text === "" ? null : text;
  });

/** For people reading the file; ignored on import. */
const nameCell = z
  .unknown()
  .optional()
  .transform(() => null);

export const BalanceCsvRow = z
  .object({
    municipality_id: referenceCell,
    official_code: referenceCell,
    municipality_name: nameCell,
    ...balanceFieldShape,
  })
  .superRefine((row, ctx) => {
    if (row.municipality_id === null && row.official_code === null) {
      ctx.addIssue({ code: "custom", message: "balances.csv.municipalityRequired", path: ["municipality_id"] });
    }
  });

export type BalanceCsvColumn = keyof typeof BalanceCsvRow.shape;
export const balanceCsvColumns = Object.keys(BalanceCsvRow.shape) as BalanceCsvColumn[];

/** Columns a file must have; the others may be left out. */
export const requiredCsvColumns: readonly BalanceCsvColumn[] = [
  "year",
  "population",
  "emissions_unit",
  "total",
  "standard",
  "electricity",
  "data_quality",
];

/** Rows per file: a national dataset in one go, but no unbounded memory. */
export const maxCsvRows = 20_000;

export interface ExportedBalance {
  readonly municipality: { readonly id: string; readonly officialCode: string | null; readonly name: string };
  readonly balance: Balance;
}

/** One record per balance, with exactly the schema's columns, figures in t CO2e and MWh. */
export function balanceCsvRecord({
  municipality,
  balance,
}: ExportedBalance): Record<BalanceCsvColumn, string | number | null> {
  return {
    municipality_id: municipality.id,
    official_code: municipality.officialCode,
    municipality_name: municipality.name,
    ...balanceToFields(balance),
  };
}
