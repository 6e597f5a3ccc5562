/**
 * The changelog of a questionnaire version: what changed since the version before it,
 * computed from the two contents. Measures are added, retired or changed; for a
 * changed measure or scope question the version records whether earlier answers stay
 * comparable (`comparability`), which decides the carry-over into the next round:
 * comparable answers are carried over to confirm, the others are asked again.
 * Pure: the same two versions give the same changelog.
 */
import { canonicalJson } from "./canonical";

type Decision = "comparable" | "not_comparable";

/** What the diff needs of a version: published versions and drafts both have this shape. */
export interface VersionContent {
  version: number;
  title: unknown;
  summary: unknown;
  measures: ReadonlyArray<{ id: string }>;
  scopeQuestions: ReadonlyArray<{ id: string }>;
  scoring: unknown;
  comparability?: Readonly<Record<string, Decision>> | undefined;
}

export interface ChangedItem {
  id: string;
  /** Which parts changed: "title", "legalScope.JP", "conditions", "options" … */
  parts: string[];
  /** The researcher's decision; null while it is still to be made. */
  comparability: Decision | null;
}

export interface Changelog {
  from: number;
  to: number;
  measures: { added: string[]; retired: string[]; changed: ChangedItem[] };
  scopeQuestions: { added: string[]; removed: string[]; changed: ChangedItem[] };
  /** Scoring parameters that changed, as paths: "statusWeights.planned", "minimumPeerGroupSize". */
  scoring: string[];
  /** "title" and/or "summary" of the version itself. */
  meta: string[];
}

/** Measure parts in the order a reader expects them; the legal scope per country. */
const measureParts = [
  "field",
  "approach",
  "depth",
  "sector",
  "effort",
  "potential",
  "title",
  "description",
  "example",
  "legalScope.DE",
  "legalScope.JP",
  "legalScope.US",
  "conditions",
] as const;

const questionParts = ["country", "text", "help", "options"] as const;

function valueAt(item: unknown, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split(".")) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function changedParts(previous: object, next: object, parts: readonly string[]): string[] {
  const listed = parts.filter((part) => !same(valueAt(previous, part), valueAt(next, part)));
  // Anything outside the known parts (a future field) still counts as a change.
  const known = new Set(parts.map((part) => part.split(".")[0]));
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  const other = [...keys]
    .filter((key) => key !== "id" && !known.has(key))
    .filter((key) => !same(valueAt(previous, key), valueAt(next, key)));
  return [...listed, ...other];
}

function diffItems<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  parts: readonly string[],
  comparability: Readonly<Record<string, Decision>>,
): { added: string[]; removed: string[]; changed: ChangedItem[] } {
  const before = new Map(previous.map((item) => [item.id, item]));
  const after = new Set(next.map((item) => item.id));
  const added: string[] = [];
  const changed: ChangedItem[] = [];
  for (const item of next) {
    const old = before.get(item.id);
    if (!old) {
      added.push(item.id);
      continue;
    }
    const itemParts = changedParts(old, item, parts);
    if (itemParts.length > 0) {
      changed.push({ id: item.id, parts: itemParts, comparability: comparability[item.id] ?? null });
    }
  }
  const removed = previous.filter((item) => !after.has(item.id)).map((item) => item.id);
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { added: added.sort(byId), removed: removed.sort(byId), changed: changed.sort((a, b) => byId(a.id, b.id)) };
}

function leafPaths(value: unknown, prefix = ""): string[] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.keys(value as Record<string, unknown>)
      .sort()
      .flatMap((key) => leafPaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

export function computeChangelog(previous: VersionContent, next: VersionContent): Changelog {
  const comparability = next.comparability ?? {};
  const measures = diffItems(previous.measures, next.measures, measureParts, comparability);
  const questions = diffItems(previous.scopeQuestions, next.scopeQuestions, questionParts, comparability);
  const scoringPaths = [...new Set([...leafPaths(previous.scoring), ...leafPaths(next.scoring)])].sort();
  return {
    from: previous.version,
    to: next.version,
    measures: { added: measures.added, retired: measures.removed, changed: measures.changed },
    scopeQuestions: questions,
    scoring: scoringPaths.filter((path) => !same(valueAt(previous.scoring, path), valueAt(next.scoring, path))),
    meta: (["title", "summary"] as const).filter((key) => !same(previous[key], next[key])),
  };
}

/** Changed measures and scope questions without a comparability decision: publishing waits for them. */
export function undecided(changelog: Changelog): string[] {
  return [...changelog.measures.changed, ...changelog.scopeQuestions.changed]
    .filter((item) => item.comparability === null)
    .map((item) => item.id);
}

/**
 * The comparability decisions that matter: those for changed items. A decision left
 * over for an item whose change was undone is dropped; undefined when none is left,
 * so a version without changed items carries no comparability at all.
 */
export function relevantComparability(changelog: Changelog): Record<string, Decision> | undefined {
  const entries = [...changelog.measures.changed, ...changelog.scopeQuestions.changed]
    .filter((item): item is ChangedItem & { comparability: Decision } => item.comparability !== null)
    .map((item) => [item.id, item.comparability] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** True when nothing at all changed (publishing such a version would only add a number). */
export function isEmptyChangelog(changelog: Changelog): boolean {
  return (
    changelog.measures.added.length === 0 &&
    changelog.measures.retired.length === 0 &&
    changelog.measures.changed.length === 0 &&
    changelog.scopeQuestions.added.length === 0 &&
    changelog.scopeQuestions.removed.length === 0 &&
    changelog.scopeQuestions.changed.length === 0 &&
    changelog.scoring.length === 0 &&
    changelog.meta.length === 0
  );
}
