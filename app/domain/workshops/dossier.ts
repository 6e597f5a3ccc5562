/**
 * The workshop dossier as pure data: for each participating city (within its consent)
 * its profile figures, its top recommendations per field of action and its partner
 * suggestions; a side-by-side view of activity per field; the measures recommended to
 * the most cities of the group; comment threads and the agenda summary of marks.
 *
 * A city that has not consented appears with its name and country only: none of its
 * figures, recommendations or suggestions enter the dossier, not even in the group
 * counts (otherwise "recommended to 3 of 3 cities" would reveal its recommendations).
 */
import type { PeerBand } from "#app/domain/results/peers";
import type { ActivityProfile } from "#app/domain/results/profile";
import type { Recommendation, Recommendations } from "#app/domain/results/recommendations";
import { recordOf } from "#app/domain/results/records";
import { type Country, type FieldOfAction, fieldsOfAction } from "../vocabulary";
import { type DiscussionItem, itemKey } from "./workshop";

export const dossierLimits = {
  /** Recommendations shown per field of action and city. */
  perField: 3,
  /** How far down each city's ranked list counts towards the group's common topics. */
  topicDepth: 10,
  /** A common topic is recommended to at least this many cities. */
  topicMinCities: 2,
  topics: 10,
} as const;

export interface FieldFigure {
  readonly activity: number | null;
  readonly absoluteActivity: number | null;
  readonly scope: number | null;
  readonly band: PeerBand | null;
}

export type CityResults =
  | { readonly status: "not_shared" }
  | { readonly status: "no_results" }
  | {
      readonly status: "shared";
      readonly reportingYear: number;
      readonly profile: ActivityProfile;
      readonly recommendations: Recommendations;
      /** Peer band per field, or null where the peer group is too small to show. */
      readonly bands: Readonly<Partial<Record<FieldOfAction, PeerBand | null>>>;
    };

export interface DossierCityInput {
  readonly municipalityId: string;
  readonly name: string;
  readonly nameEn: string;
  readonly country: Country;
  readonly results: CityResults;
}

export interface DossierCity {
  readonly municipalityId: string;
  readonly name: string;
  readonly nameEn: string;
  readonly country: Country;
  readonly shared: boolean;
  readonly hasResults: boolean;
  readonly reportingYear: number | null;
  readonly overall: FieldFigure | null;
  readonly fields: Readonly<Record<FieldOfAction, FieldFigure>> | null;
  readonly topByField: Readonly<Record<FieldOfAction, readonly DossierRecommendation[]>> | null;
}

/** What the dossier shows of a recommendation; the full explanation stays on the city's own pages. */
export interface DossierRecommendation {
  readonly measureId: string;
  readonly legalObligation: boolean;
}

export interface GroupTopic {
  readonly measureId: string;
  /** The consenting cities it is recommended to, in dossier order. */
  readonly municipalityIds: readonly string[];
  /** Sum of its 1-based positions in those cities' lists: lower means more urgent. */
  readonly rankSum: number;
}

export interface SideBySideRow {
  readonly field: FieldOfAction;
  /** One cell per city in dossier order; null where the city has not shared results. */
  readonly cells: ReadonlyArray<{ readonly municipalityId: string; readonly figure: FieldFigure | null }>;
}

function figureOf(
  group: { activity: number | null; absoluteActivity: number | null; scope: number | null },
  band: PeerBand | null,
): FieldFigure {
  return { activity: group.activity, absoluteActivity: group.absoluteActivity, scope: group.scope, band };
}

export function dossierCity(input: DossierCityInput): DossierCity {
  const base = {
    municipalityId: input.municipalityId,
    name: input.name,
    nameEn: input.nameEn,
    country: input.country,
  };
  const { results } = input;
  if (results.status !== "shared") {
    return {
      ...base,
      shared: results.status === "no_results",
      hasResults: false,
      reportingYear: null,
      overall: null,
      fields: null,
      topByField: null,
    };
  }
  const fields = recordOf(fieldsOfAction, (field) =>
    figureOf(results.profile.byField[field], results.bands[field] ?? null),
  );
  const topByField = recordOf(fieldsOfAction, (field): readonly DossierRecommendation[] =>
    results.recommendations.byField[field]
      .slice(0, dossierLimits.perField)
      .map((r) => ({ measureId: r.measureId, legalObligation: r.legalObligation })),
  );
  return {
    ...base,
    shared: true,
    hasResults: true,
    reportingYear: results.reportingYear,
    overall: figureOf(results.profile.overall, null),
    fields,
    topByField,
  };
}

/** Activity per field, one column per city; a city without shared results has empty cells. */
export function sideBySide(cities: readonly DossierCity[]): SideBySideRow[] {
  return fieldsOfAction.map((field) => ({
    field,
    cells: cities.map((city) => ({ municipalityId: city.municipalityId, figure: city.fields?.[field] ?? null })),
  }));
}

/**
 * The measures recommended to the most cities of the group: each city's first
 * `topicDepth` recommendations count; a measure recommended to at least
 * `topicMinCities` cities is a topic. Ordered by number of cities (descending), then by
 * the sum of its positions (ascending), then by id, so the order never depends on input order.
 */
export function groupTopics(
  cities: ReadonlyArray<{ readonly municipalityId: string; readonly ranked: readonly Recommendation[] | null }>,
  limits: { depth: number; minCities: number; limit: number } = {
    depth: dossierLimits.topicDepth,
    minCities: dossierLimits.topicMinCities,
    limit: dossierLimits.topics,
  },
): GroupTopic[] {
  const byMeasure = new Map<string, { municipalityIds: string[]; rankSum: number }>();
  for (const city of cities) {
    if (!city.ranked) continue;
    city.ranked.slice(0, limits.depth).forEach((recommendation, index) => {
      const entry = byMeasure.get(recommendation.measureId) ?? { municipalityIds: [], rankSum: 0 };
      if (entry.municipalityIds.includes(city.municipalityId)) return;
      entry.municipalityIds.push(city.municipalityId);
      entry.rankSum += index + 1;
      byMeasure.set(recommendation.measureId, entry);
    });
  }
  return [...byMeasure.entries()]
    .filter(([, entry]) => entry.municipalityIds.length >= limits.minCities)
    .map(([measureId, entry]) => ({ measureId, municipalityIds: entry.municipalityIds, rankSum: entry.rankSum }))
    .sort(
      (a, b) =>
        b.municipalityIds.length - a.municipalityIds.length ||
        a.rankSum - b.rankSum ||
        (a.measureId < b.measureId ? -1 : a.measureId > b.measureId ? 1 : 0),
    )
    .slice(0, limits.limit);
}

export interface StoredComment extends DiscussionItem {
  readonly id: string;
  readonly parentId: string | null;
  readonly authorUserId: string | null;
  readonly authorName: string | null;
  readonly body: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
}

export interface CommentThread {
  readonly root: StoredComment;
  readonly replies: readonly StoredComment[];
}

/**
 * Comments of one item as threads: every comment without a (known) parent opens a
 * thread; a reply to a reply joins the thread of its root. Oldest first throughout.
 */
export function commentThreads(comments: readonly StoredComment[]): CommentThread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (comment: StoredComment): StoredComment => {
    let current = comment;
    const seen = new Set<string>();
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId) as StoredComment;
    }
    return current;
  };
  const sorted = [...comments].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  );
  const threads = new Map<string, { root: StoredComment; replies: StoredComment[] }>();
  for (const comment of sorted) {
    const root = rootOf(comment);
    if (root.id === comment.id) threads.set(comment.id, { root: comment, replies: [] });
  }
  for (const comment of sorted) {
    const root = rootOf(comment);
    if (root.id !== comment.id) threads.get(root.id)?.replies.push(comment);
  }
  return [...threads.values()];
}

/** Groups comments by item key (see itemKey). */
export function commentsByItem(comments: readonly StoredComment[]): Map<string, CommentThread[]> {
  const groups = new Map<string, StoredComment[]>();
  for (const comment of comments) {
    const key = itemKey(comment);
    const list = groups.get(key) ?? [];
    list.push(comment);
    groups.set(key, list);
  }
  return new Map([...groups.entries()].map(([key, list]) => [key, commentThreads(list)]));
}

export interface AgendaItem extends DiscussionItem {
  readonly key: string;
  readonly marks: number;
  readonly comments: number;
}

/**
 * What participants most want to discuss, for planning the agenda: items with at
 * least one mark, by marks (descending), then comments (descending), then key.
 */
export function agendaSummary(
  marks: readonly DiscussionItem[],
  comments: readonly DiscussionItem[],
  limit = 20,
): AgendaItem[] {
  const items = new Map<string, { item: DiscussionItem; marks: number; comments: number }>();
  const entry = (item: DiscussionItem) => {
    const key = itemKey(item);
    const existing = items.get(key);
    if (existing) return existing;
    const created = { item: { municipalityId: item.municipalityId, measureId: item.measureId }, marks: 0, comments: 0 };
    items.set(key, created);
    return created;
  };
  for (const mark of marks) entry(mark).marks += 1;
  for (const comment of comments) entry(comment).comments += 1;
  return [...items.entries()]
    .filter(([, v]) => v.marks > 0)
    .map(([key, v]) => ({ key, ...v.item, marks: v.marks, comments: v.comments }))
    .sort((a, b) => b.marks - a.marks || b.comments - a.comments || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}
