/**
 * Builds the registers of all three countries from a set of official files: each file's
 * format is detected, registers are read first, then the facts of the other files are
 * merged in order of preference (census before 住民基本台帳, PEP before ACS: a fallback only
 * fills what the primary source lacks). Pure: the caller reads the files.
 */
import { detectSheetFormat, detectTextFormat, type RegisterFormat } from "./detect";
import { type MergeNote, mergeFacts, type RegisterFact } from "./facts";
import { completeTruncatedNames, readGv100ad, readXRepositoryNames } from "./gv100ad";
import { readAbrNames } from "./jp-abr";
import { readJpCensus } from "./jp-census";
import { readJpCodes } from "./jp-codes";
import { readJpJuki } from "./jp-juki";
import { readJpFiscalStatus, readJpStatusCsv } from "./jp-status";
import { parseDelimited, type Sheet } from "./table";
import { compareUnits, type RegisterUnit } from "./unit";
import { readUsGazetteer } from "./us-gazetteer";
import { readAcsPopulation, readPepSubEst } from "./us-population";

export type RegisterInput =
  | { readonly name: string; readonly text: string; readonly sourceKey?: string }
  | { readonly name: string; readonly sheets: readonly Sheet[]; readonly sourceKey?: string };

export interface InputReport {
  readonly name: string;
  readonly format: RegisterFormat;
  /** What the file contributed, or why it was not used. */
  readonly summary: string;
}

export interface AssembleResult {
  readonly units: RegisterUnit[];
  readonly inputs: InputReport[];
  /** Facts whose code the register does not hold, counted by source key. */
  readonly unmatched: Record<string, number>;
  readonly notes: MergeNote[];
  readonly problems: string[];
}

/**
 * Order in which facts are merged: for population the first source with a number wins
 * (census before 住民基本台帳, PEP before ACS); the order also fixes the order of source keys.
 */
const factPreference: readonly RegisterFormat[] = [
  "jp_abr_prefecture",
  "jp_abr_city",
  "jp_census",
  "jp_juki",
  "jp_status_json",
  "jp_status_csv",
  "us_pep",
  "us_acs",
];

/** The survey period of an ACS file is not in the JSON; the Census API path and our file names carry it. */
export function acsEndYearOf(name: string): number | null {
  const match = name.match(/acs5?[_/-]?(\d{4})/i);
  return match?.[1] ? Number(match[1]) : null;
}

export function assembleRegisters(inputs: readonly RegisterInput[]): AssembleResult {
  const reports: InputReport[] = [];
  const problems: string[] = [];
  let units: RegisterUnit[] = [];
  const facts = new Map<RegisterFormat, RegisterFact[]>();
  const addFacts = (format: RegisterFormat, more: readonly RegisterFact[]) =>
    facts.set(format, [...(facts.get(format) ?? []), ...more]);
  let truncated: string[] = [];
  let xrepository: Map<string, string> | null = null;
  const opts = (input: RegisterInput) => (input.sourceKey ? { sourceKey: input.sourceKey } : {});

  for (const input of inputs) {
    const report = (format: RegisterFormat, summary: string) => reports.push({ name: input.name, format, summary });
    if ("sheets" in input) {
      const bySheet = new Map(input.sheets.map((sheet) => [sheet, detectSheetFormat(sheet)]));
      const codes = input.sheets.find((s) => bySheet.get(s) === "jp_codes");
      const designated = input.sheets.find((s) => bySheet.get(s) === "jp_designated_cities") ?? null;
      const census = input.sheets.find((s) => bySheet.get(s) === "jp_census");
      const juki = input.sheets.find((s) => bySheet.get(s) === "jp_juki");
      if (codes) {
        const read = readJpCodes(codes, designated, opts(input));
        units.push(...read.units);
        problems.push(...read.problems.map((p) => `${input.name}: ${p}`));
        report(
          "jp_codes",
          `${read.units.length} units as of ${read.asOf ?? "?"}; excluded ${read.excluded.map((e) => `${e.code} ${e.name}`).join(", ")}`,
        );
      } else if (census) {
        const read = readJpCensus(census, opts(input));
        addFacts("jp_census", read.facts);
        report(
          "jp_census",
          `${read.facts.length} population counts of ${read.date}; no count for ${read.noCount.map((n) => `${n.code} ${n.name}`).join(", ") || "none"}`,
        );
      } else if (juki) {
        const read = readJpJuki(juki.rows, opts(input));
        addFacts("jp_juki", read.facts);
        report("jp_juki", `${read.facts.length} registered populations of ${read.date}`);
      } else report("unknown", "no sheet of a known register table");
      continue;
    }
    const format = detectTextFormat(input.text.slice(0, 64 * 1024));
    switch (format) {
      case "gv100ad": {
        const read = readGv100ad(input.text, opts(input));
        units.push(...read.units);
        truncated = read.truncated;
        problems.push(...read.problems.map((p) => `${input.name}:${p.line}: ${p.message}`));
        report(
          format,
          `${read.units.length} units, Gebietsstand ${read.territorialDate}; ${read.unincorporatedAreas} gemeindefreie Gebiete not units`,
        );
        break;
      }
      case "de_xrepository":
        xrepository = readXRepositoryNames(input.text);
        report(format, `${xrepository.size} names (used to restore names cut at 50 characters)`);
        break;
      case "us_gazetteer_counties":
      case "us_gazetteer_places":
      case "us_gazetteer_cousubs": {
        const read = readUsGazetteer(input.text, opts(input));
        units.push(...read.units);
        const skipped = Object.entries(read.skipped)
          .map(([reason, n]) => `${n} ${reason}`)
          .join(", ");
        report(format, `${read.units.length} units; skipped ${skipped || "none"}`);
        break;
      }
      case "jp_abr_city":
      case "jp_abr_prefecture": {
        const read = readAbrNames(input.text, opts(input));
        addFacts(format, read);
        report(format, `${read.length} romanised names`);
        break;
      }
      case "jp_status_json": {
        const read = readJpFiscalStatus(input.text, opts(input));
        addFacts(format, read.facts);
        report(format, `${read.facts.length} city statuses of fiscal year ${read.fiscalYear}`);
        break;
      }
      case "jp_status_csv": {
        const read = readJpStatusCsv(input.text, opts(input));
        addFacts(format, read.facts);
        problems.push(...read.problems.map((p) => `${input.name}: ${p}`));
        report(format, `${read.facts.length} city statuses`);
        break;
      }
      case "jp_juki": {
        const read = readJpJuki(parseDelimited(input.text), opts(input));
        addFacts(format, read.facts);
        report(format, `${read.facts.length} registered populations of ${read.date}`);
        break;
      }
      case "us_pep": {
        const read = readPepSubEst(input.text, opts(input));
        addFacts(format, read.facts);
        report(format, `${read.facts.length} estimates of ${read.date}`);
        break;
      }
      case "us_acs": {
        const endYear = acsEndYearOf(input.name);
        if (endYear === null) {
          problems.push(`${input.name}: the ACS period is not in the file name (acs5_YYYY…)`);
          report(format, "not used: survey period unknown");
          break;
        }
        const read = readAcsPopulation(input.text, { endYear, ...opts(input) });
        addFacts(format, read.facts);
        report(format, `${read.facts.length} estimates for ${endYear - 4}–${endYear}`);
        break;
      }
      case "flat_csv":
        report(format, "not used: a flat CSV is loaded on its own, not merged with official files");
        break;
      default:
        report(format, "not a register format (kept for cross-checks only)");
    }
  }

  if (xrepository) {
    const completed = completeTruncatedNames(units, truncated, xrepository);
    units = completed.units;
    if (completed.restored.length > 0) {
      const report = reports.find((r) => r.format === "de_xrepository");
      if (report)
        reports[reports.indexOf(report)] = {
          ...report,
          summary: `${report.summary}; restored ${completed.restored.join(", ")}`,
        };
    }
  }
  const unmatched: Record<string, number> = {};
  const notes: MergeNote[] = [];
  for (const format of factPreference) {
    const merged = mergeFacts(units, facts.get(format) ?? [], "fill");
    units = merged.units;
    notes.push(...merged.notes);
    for (const fact of merged.unmatched) unmatched[fact.sourceKey] = (unmatched[fact.sourceKey] ?? 0) + 1;
  }
  return { units: units.sort(compareUnits), inputs: reports, unmatched, notes, problems };
}
