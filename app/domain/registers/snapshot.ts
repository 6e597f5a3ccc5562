/**
 * The committed snapshot of the registers: one tab-separated line per unit under a header
 * line that names the format version and the columns. Plain text so that a diff of two
 * snapshots can be reviewed, and so that tens of thousands of units parse in a few tens of
 * milliseconds (no CSV quoting to undo, no schema validation per row unless asked).
 *
 * Cells escape backslash, tab, carriage return and line feed (\\, \t, \r, \n); an empty
 * cell is null (no field of a unit is an empty string). Lists (source keys) are joined by
 * a space, which a source key cannot contain.
 */
import { CityStatus, RegisterCountry, RegisterLevel, RegisterUnit } from "./unit";

type Unit = RegisterUnit;

export const snapshotFormat = "registers-snapshot";
export const snapshotVersion = 1;

export const snapshotColumns = [
  "country",
  "level",
  "code",
  "parent_code",
  "name_native",
  "name_en",
  "kind",
  "city_status",
  "population",
  "population_date",
  "population_source",
  "source_keys",
  "ars",
  "jis5",
  "ansi",
] as const;
type Column = (typeof snapshotColumns)[number];

function escapeCell(value: string): string {
  return value.replace(/[\\\t\r\n]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : "\\n"));
}

function unescapeCell(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\(.)/g, (_, c: string) => (c === "t" ? "\t" : c === "r" ? "\r" : c === "n" ? "\n" : c));
}

function cells(unit: Unit): Record<Column, string> {
  return {
    country: unit.country,
    level: unit.level,
    code: unit.code,
    parent_code: unit.parentCode ?? "",
    name_native: unit.nameNative,
    name_en: unit.nameEn ?? "",
    kind: unit.kind,
    city_status: unit.cityStatus ?? "",
    population: unit.population === null ? "" : String(unit.population),
    population_date: unit.populationDate ?? "",
    population_source: unit.populationSource ?? "",
    source_keys: unit.sourceKeys.join(" "),
    ars: unit.altCodes.ars ?? "",
    jis5: unit.altCodes.jis5 ?? "",
    ansi: unit.altCodes.ansi ?? "",
  };
}

export function writeSnapshot(units: readonly Unit[]): string {
  const lines = [`#${snapshotFormat} v${snapshotVersion}`, snapshotColumns.join("\t")];
  for (const unit of units) {
    const row = cells(unit);
    lines.push(snapshotColumns.map((c) => escapeCell(row[c])).join("\t"));
  }
  return `${lines.join("\n")}\n`;
}

export class SnapshotError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(line > 0 ? `snapshot line ${line}: ${message}` : `snapshot: ${message}`);
  }
}

export interface ReadSnapshotOptions {
  /** Validate every unit with the zod schema (slower; for snapshots not made by `writeSnapshot`). */
  readonly validate?: boolean;
}

const countries = new Set<string>(RegisterCountry.options);
const levels = new Set<string>(RegisterLevel.options);
const statuses = new Set<string>(CityStatus.options);
const digitsOnly = /^\d+$/;

export function readSnapshot(text: string, options: ReadSnapshotOptions = {}): Unit[] {
  const lines = text.split("\n");
  const magic = lines[0]?.match(/^#([\w-]+) v(\d+)$/);
  if (!magic || magic[1] !== snapshotFormat) throw new SnapshotError(`not a ${snapshotFormat} file`, 1);
  if (Number(magic[2]) > snapshotVersion) {
    throw new SnapshotError(`format v${magic[2]} is newer than this reader (v${snapshotVersion})`, 1);
  }
  // Columns are found by name, so a later version may add columns this reader ignores.
  const header = (lines[1] ?? "").split("\t");
  const at = {} as Record<Column, number>;
  for (const column of snapshotColumns) {
    const index = header.indexOf(column);
    if (index < 0) throw new SnapshotError(`missing column ${column}`, 2);
    at[column] = index;
  }
  const units: Unit[] = [];
  const c = at;
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line === "") continue;
    // Unescaping is needed only on the rare line with a backslash; the rest is split and read as is.
    const raw = line.includes("\\") ? line.split("\t").map(unescapeCell) : line.split("\t");
    const country = raw[c.country] ?? "";
    const level = raw[c.level] ?? "";
    const status = raw[c.city_status] || null;
    const population = raw[c.population] || null;
    if (!countries.has(country) || !levels.has(level) || (status !== null && !statuses.has(status))) {
      throw new SnapshotError("unknown country, level or city status", i + 1);
    }
    if (population !== null && !digitsOnly.test(population))
      throw new SnapshotError("population is not a number", i + 1);
    const altCodes: Unit["altCodes"] = {};
    const ars = raw[c.ars];
    const jis5 = raw[c.jis5];
    const ansi = raw[c.ansi];
    if (ars) altCodes.ars = ars;
    if (jis5) altCodes.jis5 = jis5;
    if (ansi) altCodes.ansi = ansi;
    const unit: Unit = {
      country: country as Unit["country"],
      level: level as Unit["level"],
      code: raw[c.code] ?? "",
      altCodes,
      parentCode: raw[c.parent_code] || null,
      nameNative: raw[c.name_native] ?? "",
      nameEn: raw[c.name_en] || null,
      kind: raw[c.kind] ?? "",
      cityStatus: status as Unit["cityStatus"],
      population: population === null ? null : Number(population),
      populationDate: raw[c.population_date] || null,
      populationSource: raw[c.population_source] || null,
      sourceKeys: raw[c.source_keys] ? (raw[c.source_keys] as string).split(" ") : [],
    };
    if (options.validate) {
      const parsed = RegisterUnit.safeParse(unit);
      if (!parsed.success) throw new SnapshotError(parsed.error.issues[0]?.message ?? "invalid unit", i + 1);
    }
    units.push(unit);
  }
  return units;
}
