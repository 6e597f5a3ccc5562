// npm run registers:snapshot [rawDir]: reads the official register files (default
// ../shared/data/registers/raw from the repository root), builds the registers of DE, JP
// and US, and writes db/registers/registers.tsv.gz and db/registers/SOURCES.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { assembleRegisters } from "#app/domain/registers/assemble";
import { readSnapshot, writeSnapshot } from "#app/domain/registers/snapshot";
import { RegisterSources } from "#app/domain/registers/sources";
import { RegisterUnit } from "#app/domain/registers/unit";
import { listFiles, readInput } from "./registers/raw-files";
import { registerSources } from "./registers/sources";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rawDir = process.argv[2] ? resolve(process.argv[2]) : defaultRawDir();
const outDir = resolve(root, "db/registers");

/** ../shared/data/registers/raw beside the repository; from a git worktree, beside its main checkout. */
function defaultRawDir(): string {
  const beside = resolve(root, "../shared/data/registers/raw");
  if (existsSync(beside)) return beside;
  const commonGitDir = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: root })
    .toString()
    .trim();
  return resolve(dirname(commonGitDir), "../shared/data/registers/raw");
}

/** JSON as the repository's formatter lays it out: short lists of strings on one line. */
function formatJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(
    /\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s+\]/g,
    (_, items: string) => `[${items.split(/,\n\s+/).join(", ")}]`,
  );
  return `${text}\n`;
}

const started = performance.now();
const inputs = [];
for (const path of listFiles(rawDir)) inputs.push(await readInput(path, rawDir));
const result = assembleRegisters(inputs);

for (const input of result.inputs) console.log(`${input.name}: ${input.format}: ${input.summary}`);
for (const problem of result.problems) console.error(`problem: ${problem}`);
for (const note of result.notes) console.log(`note: ${JSON.stringify(note)}`);
console.log(`facts for codes not in the register (wards, totals, dissolved): ${JSON.stringify(result.unmatched)}`);

let invalid = 0;
for (const unit of result.units) {
  const parsed = RegisterUnit.safeParse(unit);
  if (!parsed.success) {
    invalid += 1;
    if (invalid <= 10) console.error(`invalid unit ${unit.country} ${unit.code}: ${parsed.error.message}`);
  }
}
const usedKeys = new Set(result.units.flatMap((u) => u.sourceKeys));
const sources = RegisterSources.parse(registerSources.filter((s) => usedKeys.has(s.key)));
const undocumented = [...usedKeys].filter((key) => !sources.some((s) => s.key === key));
if (undocumented.length > 0) console.error(`source keys without an entry in SOURCES.json: ${undocumented.join(", ")}`);
if (invalid > 0 || result.problems.length > 0 || undocumented.length > 0) {
  console.error("not written: fix the problems above");
  process.exit(1);
}

const text = writeSnapshot(result.units);
const gz = gzipSync(text, { level: 9 });
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, "registers.tsv.gz"), gz);
writeFileSync(resolve(outDir, "SOURCES.json"), formatJson(sources));

const parseStarted = performance.now();
const reread = readSnapshot(gunzipSync(gz).toString("utf8"));
const parseMs = performance.now() - parseStarted;

const counts = new Map<string, number>();
for (const unit of result.units) {
  for (const key of [`${unit.country} ${unit.level}`, `${unit.country} ${unit.level} ${unit.kind}`]) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
console.log("\ncounts per country / level / kind:");
for (const [key, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  console.log(`${key.split(" ").length > 2 ? "    " : ""}${key}: ${n}`);
}
const withoutPopulation = result.units.filter((u) => u.population === null);
console.log(
  `\nwithout population: ${withoutPopulation.length} (${withoutPopulation.map((u) => `${u.country} ${u.code} ${u.nameNative}`).join("; ")})`,
);
console.log(
  `\n${result.units.length} units; db/registers/registers.tsv.gz ${gz.length} bytes (${text.length} characters unzipped); ` +
    `gunzip + parse ${reread.length} units in ${parseMs.toFixed(0)} ms; built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
