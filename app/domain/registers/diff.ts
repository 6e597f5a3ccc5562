/**
 * The dry run of loading a new vintage of a register over the stored one: what was added,
 * dissolved, renamed, moved to another parent, changed its kind or status, or changed its
 * population. Nothing is written; the change list is what an import page shows for
 * confirmation.
 *
 * A dissolved unit gets a successor where the data says so:
 * - `explicit`: a succession fact names it (the successor_code column of our CSV);
 * - `recoded`: a unit with the same name (by search key) and level was added in the same
 *   state, as when Hanau left the Main-Kinzig-Kreis (06435014) to become kreisfrei (06415000);
 * - `suggested`: exactly one unit was added under the same parent — likely a merger, but
 *   only a suggestion for a person to confirm.
 */
import { searchKey } from "./codes";
import type { SuccessionFact } from "./facts";
import { type CityStatus, compareUnits, type RegisterUnit, unitKey } from "./unit";

export type SuccessorBasis = "explicit" | "recoded" | "suggested";

export type RegisterChange =
  | { type: "added"; unit: RegisterUnit; predecessors: string[] }
  | { type: "removed"; unit: RegisterUnit; successor: { code: string; basis: SuccessorBasis } | null }
  | {
      type: "renamed";
      unit: RegisterUnit;
      before: { nameNative: string; nameEn: string | null };
      after: { nameNative: string; nameEn: string | null };
    }
  | { type: "parent_changed"; unit: RegisterUnit; before: string | null; after: string | null }
  | {
      type: "kind_changed";
      unit: RegisterUnit;
      before: { kind: string; cityStatus: CityStatus | null };
      after: { kind: string; cityStatus: CityStatus | null };
    }
  | {
      type: "population_changed";
      unit: RegisterUnit;
      before: { population: number | null; date: string | null };
      after: { population: number | null; date: string | null };
    };

export type RegisterChangeType = RegisterChange["type"];
export const registerChangeTypes = [
  "added",
  "removed",
  "renamed",
  "parent_changed",
  "kind_changed",
  "population_changed",
] as const satisfies readonly RegisterChangeType[];

export interface RegisterDiff {
  readonly changes: RegisterChange[];
  readonly counts: Record<RegisterChangeType, number> & { unchanged: number };
}

export interface DiffOptions {
  readonly successions?: readonly SuccessionFact[];
  /**
   * `incoming` (default) compares only the countries and levels the new file holds, so
   * loading the German register does not report every Japanese unit as dissolved.
   */
  readonly scope?: "incoming" | "all";
}

/** The code prefix of the state a unit lies in: the first two digits in all three countries. */
function stateOf(unit: RegisterUnit): string {
  return `${unit.country}:${unit.code.slice(0, 2)}`;
}

export function diffRegisters(
  stored: readonly RegisterUnit[],
  incoming: readonly RegisterUnit[],
  options: DiffOptions = {},
): RegisterDiff {
  const scope = new Set(incoming.map((u) => `${u.country}:${u.level}`));
  const before = new Map<string, RegisterUnit>();
  for (const unit of stored) {
    if (options.scope === "all" || scope.has(`${unit.country}:${unit.level}`)) before.set(unitKey(unit), unit);
  }
  const after = new Map<string, RegisterUnit>();
  for (const unit of incoming) after.set(unitKey(unit), unit);

  const changes: RegisterChange[] = [];
  let unchanged = 0;
  const added = [...after.values()].filter((u) => !before.has(unitKey(u))).sort(compareUnits);
  const removed = [...before.values()].filter((u) => !after.has(unitKey(u))).sort(compareUnits);

  for (const unit of [...after.values()].sort(compareUnits)) {
    const old = before.get(unitKey(unit));
    if (!old) continue;
    const found = changesOf(old, unit);
    if (found.length === 0) unchanged += 1;
    changes.push(...found);
  }

  const successors = successorsOf(removed, added, options.successions ?? []);
  const predecessors = new Map<string, string[]>();
  for (const unit of removed) {
    const successor = successors.get(unitKey(unit)) ?? null;
    changes.push({ type: "removed", unit, successor });
    if (successor && successor.basis !== "suggested") {
      const key = `${unit.country}:${successor.code}`;
      predecessors.set(key, [...(predecessors.get(key) ?? []), unit.code]);
    }
  }
  for (const unit of added) changes.push({ type: "added", unit, predecessors: predecessors.get(unitKey(unit)) ?? [] });

  const counts = { unchanged } as RegisterDiff["counts"];
  for (const type of registerChangeTypes) counts[type] = 0;
  for (const change of changes) counts[change.type] += 1;
  const order = (type: RegisterChangeType) => registerChangeTypes.indexOf(type);
  changes.sort((a, b) => order(a.type) - order(b.type) || compareUnits(a.unit, b.unit));
  return { changes, counts };
}

function changesOf(old: RegisterUnit, unit: RegisterUnit): RegisterChange[] {
  const found: RegisterChange[] = [];
  if (old.nameNative !== unit.nameNative || old.nameEn !== unit.nameEn) {
    found.push({
      type: "renamed",
      unit,
      before: { nameNative: old.nameNative, nameEn: old.nameEn },
      after: { nameNative: unit.nameNative, nameEn: unit.nameEn },
    });
  }
  if (old.parentCode !== unit.parentCode) {
    found.push({ type: "parent_changed", unit, before: old.parentCode, after: unit.parentCode });
  }
  if (old.kind !== unit.kind || old.cityStatus !== unit.cityStatus) {
    found.push({
      type: "kind_changed",
      unit,
      before: { kind: old.kind, cityStatus: old.cityStatus },
      after: { kind: unit.kind, cityStatus: unit.cityStatus },
    });
  }
  if (old.population !== unit.population || old.populationDate !== unit.populationDate) {
    found.push({
      type: "population_changed",
      unit,
      before: { population: old.population, date: old.populationDate },
      after: { population: unit.population, date: unit.populationDate },
    });
  }
  return found;
}

function successorsOf(
  removed: readonly RegisterUnit[],
  added: readonly RegisterUnit[],
  successions: readonly SuccessionFact[],
): Map<string, { code: string; basis: SuccessorBasis }> {
  const result = new Map<string, { code: string; basis: SuccessorBasis }>();
  const explicit = new Map(successions.map((s) => [unitKey(s), s.successorCode]));
  const addedByName = groupBy(added, (u) => `${stateOf(u)}:${u.level}:${searchKey(u.nameNative)}`);
  const addedByParent = groupBy(added, (u) => `${u.country}:${u.parentCode}`);
  for (const unit of removed) {
    const key = unitKey(unit);
    const named = explicit.get(key);
    if (named) {
      result.set(key, { code: named, basis: "explicit" });
      continue;
    }
    const sameName = addedByName.get(`${stateOf(unit)}:${unit.level}:${searchKey(unit.nameNative)}`) ?? [];
    if (sameName.length === 1 && sameName[0]) {
      result.set(key, { code: sameName[0].code, basis: "recoded" });
      continue;
    }
    const underParent = addedByParent.get(`${unit.country}:${unit.parentCode}`) ?? [];
    if (underParent.length === 1 && underParent[0]) result.set(key, { code: underParent[0].code, basis: "suggested" });
  }
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
