/**
 * A questionnaire version as the source files of questionnaires/vN (one JSON file per
 * part, the measures split by field of action, an index.ts that assembles them), and
 * back. Exporting gives researchers the folder to commit; importing turns such a folder
 * (or a single JSON file of the whole version) into the source of a new draft. Pure.
 */
import { fieldsOfAction } from "#app/domain/vocabulary";
import { canonicalJson } from "./canonical";
import type { Changelog } from "./changelog";

export interface SourceFile {
  path: string;
  text: string;
}

/** The file name of each field's measures, as questionnaires/v1 names them. */
export const measureFiles: Record<(typeof fieldsOfAction)[number], string> = {
  development_planning: "development-planning",
  municipal_assets: "municipal-assets",
  supply_disposal: "supply-disposal",
  mobility: "mobility",
  internal_organisation: "internal-organisation",
  communication_cooperation: "communication-cooperation",
};

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Pretty JSON with sorted keys: the same content always gives the same text. */
export function canonicalPrettyJson(value: unknown): string {
  return json(JSON.parse(canonicalJson(value)));
}

interface ExportableVersion {
  version: number;
  title: unknown;
  summary: unknown;
  scopeQuestions: unknown[];
  measures: ReadonlyArray<{ field: string }>;
  scoring: unknown;
  comparability?: unknown;
  retired?: readonly string[] | undefined;
}

/**
 * The folder questionnaires/v<N> for a version: what `git add` needs, plus a README
 * with the two lines that register it (its number and pinned hash) and, for a
 * published version, its changelog.
 */
export function versionToFiles(
  version: ExportableVersion,
  published: { hash: string; publishedAt: string; changelog: Changelog | null } | null,
): SourceFile[] {
  const folder = `v${version.version}`;
  const files: SourceFile[] = [
    {
      path: `${folder}/version.json`,
      text: json({ version: version.version, title: version.title, summary: version.summary }),
    },
    { path: `${folder}/scope-questions.json`, text: json(version.scopeQuestions) },
    { path: `${folder}/scoring.json`, text: json(version.scoring) },
  ];
  for (const field of fieldsOfAction) {
    files.push({
      path: `${folder}/measures/${measureFiles[field]}.json`,
      text: json(version.measures.filter((m) => m.field === field)),
    });
  }
  if (version.retired) files.push({ path: `${folder}/retired.json`, text: json(version.retired) });
  if (version.comparability) files.push({ path: `${folder}/comparability.json`, text: json(version.comparability) });
  if (published?.changelog) files.push({ path: `${folder}/changelog.json`, text: json(published.changelog) });
  files.push({ path: `${folder}/index.ts`, text: indexFile(version) });
  files.push({ path: `${folder}/README.md`, text: readme(version.version, published) });
  return files;
}

function indexFile(version: ExportableVersion): string {
  const fields = fieldsOfAction.map((field) => measureFiles[field]);
  const imports = [
    ...fields.map((file) => `import ${camel(file)} from "./measures/${file}.json";`),
    ...(version.comparability ? [`import comparability from "./comparability.json";`] : []),
    ...(version.retired ? [`import retired from "./retired.json";`] : []),
    `import scopeQuestions from "./scope-questions.json";`,
    `import scoring from "./scoring.json";`,
    `import meta from "./version.json";`,
  ].sort((a, b) => {
    const from = (line: string) => line.slice(line.indexOf('"'));
    return from(a) < from(b) ? -1 : 1;
  });
  return [
    `import type { QuestionnaireVersionSource } from "./schema";`,
    ...imports,
    "",
    `/** Version ${version.version} as written in its source files (unvalidated: parse it with the schema). */`,
    `export const version${version.version}Source: unknown = {`,
    "  ...meta,",
    "  scopeQuestions,",
    "  measures: [",
    ...fields.map((file) => `    ...${camel(file)},`),
    "  ],",
    "  scoring,",
    ...(version.comparability ? ["  comparability,"] : []),
    ...(version.retired ? ["  retired,"] : []),
    "} satisfies Partial<Record<keyof QuestionnaireVersionSource, unknown>>;",
    "",
  ].join("\n");
}

function readme(
  number: number,
  published: { hash: string; publishedAt: string; changelog: Changelog | null } | null,
): string {
  if (!published) {
    return [
      `# Questionnaire version ${number} (draft)`,
      "",
      "A draft exported for review. It is not published: publish it in the research workspace,",
      "then export the published version to add it to the repository.",
      "",
    ].join("\n");
  }
  return [
    `# Questionnaire version ${number}`,
    "",
    `Published on ${published.publishedAt}, content hash \`${published.hash}\`.`,
    "",
    "To add it to the repository:",
    "",
    `1. Copy this folder to \`questionnaires/v${number}\`.`,
    `2. In \`questionnaires/index.ts\`, import \`version${number}Source\` from \`./v${number}/index\` and add`,
    `   \`{ version: ${number}, source: version${number}Source }\` to \`publishedSources\`.`,
    `3. Add \`"${number}": "${published.hash}"\` to \`questionnaires/published.json\`.`,
    "4. Run `npm run questionnaire:check`: it must report the same hash.",
    "",
    "`changelog.json` lists what changed since the previous version (for review; it is not",
    "part of the version's content).",
    "",
  ].join("\n");
}

export type FilesResult = { ok: true; source: Record<string, unknown> } | { ok: false; key: string; file?: string };

/**
 * A version source from a folder of files (paths relative to any one top folder, as a
 * zip of questionnaires/v2 holds them): version.json, scope-questions.json, scoring.json,
 * measures/*.json, and retired.json and comparability.json when present.
 */
export function filesToSource(files: readonly SourceFile[]): FilesResult {
  const paths = files.map((f) => f.path.replace(/\\/g, "/")).filter((p) => !p.endsWith("/"));
  const versionFile = paths.find((p) => p === "version.json" || p.endsWith("/version.json"));
  if (versionFile === undefined) return { ok: false, key: "versions.import.noVersionFile" };
  const root = versionFile.slice(0, versionFile.length - "version.json".length);
  const byPath = new Map(files.map((f) => [f.path.replace(/\\/g, "/"), f.text]));
  const read = (name: string): { ok: true; value: unknown } | { ok: false; key: string; file: string } => {
    const text = byPath.get(`${root}${name}`);
    if (text === undefined) return { ok: false, key: "versions.import.missingFile", file: name };
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, key: "versions.import.badJson", file: name };
    }
  };
  const meta = read("version.json");
  if (!meta.ok) return meta;
  const scopeQuestions = read("scope-questions.json");
  if (!scopeQuestions.ok) return scopeQuestions;
  const scoring = read("scoring.json");
  if (!scoring.ok) return scoring;
  const known = fieldsOfAction.map((field) => `measures/${measureFiles[field]}.json`);
  const others = paths
    .filter((p) => p.startsWith(`${root}measures/`) && p.endsWith(".json"))
    .map((p) => p.slice(root.length))
    .filter((p) => !known.includes(p))
    .sort();
  const measures: unknown[] = [];
  for (const name of [...known.filter((p) => byPath.has(`${root}${p}`)), ...others]) {
    const list = read(name);
    if (!list.ok) return list;
    if (!Array.isArray(list.value)) return { ok: false, key: "versions.import.notAList", file: name };
    measures.push(...(list.value as unknown[]));
  }
  const optional = (name: string) => (byPath.has(`${root}${name}`) ? read(name) : null);
  const retired = optional("retired.json");
  if (retired && !retired.ok) return retired;
  const comparability = optional("comparability.json");
  if (comparability && !comparability.ok) return comparability;
  if (meta.value === null || typeof meta.value !== "object" || Array.isArray(meta.value)) {
    return { ok: false, key: "versions.import.badJson", file: "version.json" };
  }
  return {
    ok: true,
    source: {
      ...(meta.value as Record<string, unknown>),
      scopeQuestions: scopeQuestions.value,
      measures,
      scoring: scoring.value,
      ...(comparability ? { comparability: comparability.value } : {}),
      ...(retired ? { retired: retired.value } : {}),
    },
  };
}
