/**
 * Changing a draft: each function returns a new draft and leaves its input as it was, or
 * names (as a message key) why the change cannot be made. Pure: no I/O.
 */
import type { FieldOfAction } from "#app/domain/vocabulary";
import type { ComparabilityDecision, DraftMeasure, DraftScopeQuestion, DraftVersion } from "./drafts";
import { measureIdPrefixes, type QuestionnaireVersion } from "./schema";

export type EditResult = { ok: true; draft: DraftVersion } | { ok: false; key: string };

/**
 * The id for a new measure in a field: one above every number its prefix ever had, in
 * this draft, its retired list and every earlier version, so a retired id is never
 * given again. Null when the field's two digits are used up.
 */
export function nextMeasureId(
  field: FieldOfAction,
  draft: DraftVersion,
  earlier: readonly QuestionnaireVersion[],
): string | null {
  const prefix = measureIdPrefixes[field];
  const ids = [
    ...draft.measures.map((m) => m.id),
    ...(draft.retired ?? []),
    ...earlier.flatMap((v) => [...v.measures.map((m) => m.id), ...(v.retired ?? [])]),
  ];
  const highest = ids
    .filter((id) => id.startsWith(`${prefix}-`))
    .map((id) => Number(id.slice(4)))
    .reduce((max, n) => Math.max(max, n), 0);
  return highest >= 99 ? null : `${prefix}-${String(highest + 1).padStart(2, "0")}`;
}

function withComparability(
  draft: DraftVersion,
  item: string,
  decision: ComparabilityDecision | null | undefined,
): DraftVersion {
  if (decision === undefined) return draft;
  const { [item]: _, ...others } = draft.comparability ?? {};
  const comparability = decision ? { ...others, [item]: decision } : others;
  const { comparability: __, ...rest } = draft;
  return Object.keys(comparability).length > 0 ? { ...rest, comparability } : rest;
}

/** Puts a changed measure in place, or a new one at the end of its field of action. */
export function putMeasure(
  draft: DraftVersion,
  measure: DraftMeasure,
  options: { isNew: boolean; comparability?: ComparabilityDecision | null },
): EditResult {
  const index = draft.measures.findIndex((m) => m.id === measure.id);
  if (options.isNew) {
    if (index >= 0 || (draft.retired ?? []).includes(measure.id)) return { ok: false, key: "versions.errors.idTaken" };
    const lastOfField = draft.measures.findLastIndex((m) => m.field === measure.field);
    const measures = [...draft.measures];
    measures.splice(lastOfField >= 0 ? lastOfField + 1 : measures.length, 0, measure);
    return { ok: true, draft: { ...draft, measures } };
  }
  const current = draft.measures[index];
  if (!current) return { ok: false, key: "versions.errors.measureGone" };
  // The id names the field of action: a measure cannot move to another field.
  const measures = draft.measures.map((m, i) => (i === index ? { ...measure, field: current.field } : m));
  return { ok: true, draft: withComparability({ ...draft, measures }, measure.id, options.comparability) };
}

/** Adds a new measure under the next free id of its field: it gets its id only now, when it is saved. */
export function addMeasure(
  draft: DraftVersion,
  measure: DraftMeasure,
  earlier: readonly QuestionnaireVersion[],
): EditResult & { id?: string } {
  const id = nextMeasureId(measure.field, draft, earlier);
  if (!id) return { ok: false, key: "versions.errors.noFreeId" };
  const added = putMeasure(draft, { ...measure, id }, { isNew: true });
  return added.ok ? { ...added, id } : added;
}

/**
 * Takes a measure out of the draft. One the base version asked is retired (its id is
 * kept so it is never reused); one added in this draft was never published and simply goes.
 */
export function retireMeasure(draft: DraftVersion, id: string, base: QuestionnaireVersion | null): EditResult {
  if (!draft.measures.some((m) => m.id === id)) return { ok: false, key: "versions.errors.measureGone" };
  const measures = draft.measures.filter((m) => m.id !== id);
  const published = base?.measures.some((m) => m.id === id) ?? false;
  const retired = published ? [...(draft.retired ?? []), id] : draft.retired;
  const { retired: _, ...rest } = withComparability({ ...draft, measures }, id, null);
  return { ok: true, draft: retired && retired.length > 0 ? { ...rest, retired } : rest };
}

/** Undoes a retirement made in this draft: the measure comes back as the base version had it. */
export function restoreMeasure(draft: DraftVersion, id: string, base: QuestionnaireVersion | null): EditResult {
  const measure = base?.measures.find((m) => m.id === id);
  const retiredBefore = base?.retired?.includes(id) ?? false;
  if (!measure || retiredBefore || !(draft.retired ?? []).includes(id)) {
    return { ok: false, key: "versions.errors.cannotRestore" };
  }
  const retired = (draft.retired ?? []).filter((r) => r !== id);
  const { retired: _, ...rest } = draft;
  const restored = putMeasure(retired.length > 0 ? { ...rest, retired } : rest, structuredClone(measure), {
    isNew: true,
  });
  return restored;
}

/** The measures retired by this draft (not by an earlier version): these may still come back. */
export function retiredInDraft(draft: DraftVersion, base: QuestionnaireVersion | null): string[] {
  const before = new Set(base?.retired ?? []);
  return (draft.retired ?? []).filter((id) => !before.has(id));
}

export function putScopeQuestion(
  draft: DraftVersion,
  question: DraftScopeQuestion,
  options: { isNew: boolean; comparability?: ComparabilityDecision | null },
): EditResult {
  const index = draft.scopeQuestions.findIndex((q) => q.id === question.id);
  if (options.isNew) {
    if (index >= 0) return { ok: false, key: "versions.errors.idTaken" };
    return { ok: true, draft: { ...draft, scopeQuestions: [...draft.scopeQuestions, question] } };
  }
  if (index < 0) return { ok: false, key: "versions.errors.questionGone" };
  const scopeQuestions = draft.scopeQuestions.map((q, i) => (i === index ? question : q));
  return { ok: true, draft: withComparability({ ...draft, scopeQuestions }, question.id, options.comparability) };
}

/** Removes a scope question no measure's condition refers to. */
export function removeScopeQuestion(draft: DraftVersion, id: string): EditResult {
  if (!draft.scopeQuestions.some((q) => q.id === id)) return { ok: false, key: "versions.errors.questionGone" };
  const usedBy = draft.measures.filter((m) => m.conditions.some((c) => c.question === id));
  if (usedBy.length > 0) return { ok: false, key: "versions.errors.questionInUse" };
  const scopeQuestions = draft.scopeQuestions.filter((q) => q.id !== id);
  return { ok: true, draft: withComparability({ ...draft, scopeQuestions }, id, null) };
}

export interface Difference {
  path: string;
  theirs: string;
  yours: string;
}

function leaves(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      leaves(item, prefix ? `${prefix}.${i}` : String(i), out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) leaves(item, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) out.set(prefix, String(value));
  return out;
}

/** Where two versions of one part differ, field by field (for a stale save's conflict view). */
export function differences(theirs: unknown, yours: unknown): Difference[] {
  const a = leaves(theirs, "", new Map());
  const b = leaves(yours, "", new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((path) => (a.get(path) ?? "") !== (b.get(path) ?? ""))
    .map((path) => ({ path, theirs: a.get(path) ?? "", yours: b.get(path) ?? "" }));
}

/** Records comparability decisions for several items at once (null clears one). */
export function setComparability(
  draft: DraftVersion,
  decisions: Readonly<Record<string, ComparabilityDecision | null>>,
): EditResult {
  let next = draft;
  for (const [item, decision] of Object.entries(decisions)) {
    const known = draft.measures.some((m) => m.id === item) || draft.scopeQuestions.some((q) => q.id === item);
    if (!known) return { ok: false, key: "versions.errors.measureGone" };
    next = withComparability(next, item, decision);
  }
  return { ok: true, draft: next };
}
