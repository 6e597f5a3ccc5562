/**
 * The filters of the research workspace and its exports, as zod schemas: one shape for
 * the submissions list, the analysis and every download. Page filters forgive (an
 * unknown value is ignored, like a filter not set); downloads and the API refuse
 * unknown values instead, so that a script never silently gets other data than it asked for.
 */
import { z } from "zod";
import { countries } from "../vocabulary";
import { exportDatasets, exportFormats, exportForms } from "./exports";

export const assessmentStatuses = ["in_progress", "submitted"] as const;

const year = z.coerce.number().int().min(1990).max(2100);
const versionNumber = z.coerce.number().int().min(1).max(10_000);

/** Empty form fields ("all") are absent filters. */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Filters of the submissions list: bad values are ignored. */
export const SubmissionFilter = z.object({
  country: z.enum(countries).optional().catch(undefined),
  year: year.optional().catch(undefined),
  status: z.enum(assessmentStatuses).optional().catch(undefined),
  version: versionNumber.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type SubmissionFilter = z.infer<typeof SubmissionFilter>;

/** Filters of the analysis page (the round is chosen by the page when absent). */
export const AnalysisQuery = z.object({
  year: year.optional().catch(undefined),
  version: versionNumber.optional().catch(undefined),
  country: z.enum(countries).optional().catch(undefined),
  figure: z.enum(["activity", "absoluteActivity"]).catch("activity"),
});

/** A download: what, in which form and format, filtered how. Wrong values are a 400. */
export const ExportQuery = z.strictObject({
  dataset: z.enum(exportDatasets),
  form: z.enum(exportForms),
  format: z.enum(exportFormats),
  country: z.preprocess(blankToUndefined, z.enum(countries).optional()),
  year: z.preprocess(blankToUndefined, year.optional()),
  status: z.preprocess(blankToUndefined, z.enum(assessmentStatuses).optional()),
  version: z.preprocess(blankToUndefined, versionNumber.optional()),
  lng: z.string().optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/** The codebook of a download, as CSV or JSON (the download's own format does not matter). */
export const CodebookQuery = ExportQuery.extend({
  format: z.enum(exportFormats).optional(),
  codebook: z.enum(["csv", "json"]),
});
export type CodebookQuery = z.infer<typeof CodebookQuery>;
