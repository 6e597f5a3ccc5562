/**
 * Reading the questionnaire versions: the published ones (parsed once, as they never
 * change), the list the workspace shows, and one version with everything its pages show:
 * the version it is compared with, its changelog and, for a draft, its problems. Drafts
 * are written in drafts.server.ts and published in publish.server.ts.
 */
import type { Kysely, Transaction } from "kysely";
import { type Changelog, computeChangelog } from "#app/domain/questionnaires/changelog";
import { type DraftProblem, draftProblems } from "#app/domain/questionnaires/draft-problems";
import { DraftVersion } from "#app/domain/questionnaires/drafts";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Database } from "#db/schema";

/** The database, or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface PublishedEntry {
  id: string;
  version: QuestionnaireVersion;
  hash: string | null;
  publishedAt: string | null;
}

const publishedCache = new Map<string, QuestionnaireVersion>();

/** Every published version, oldest first. Their content never changes, so it is parsed once. */
export async function publishedVersions(db: Db): Promise<PublishedEntry[]> {
  const rows = await db
    .selectFrom("questionnaire_version")
    .select(["id", "content", "content_hash", "published_at"])
    .where("status", "=", "published")
    .where("version_number", "is not", null)
    .orderBy("version_number", "asc")
    .execute();
  return rows.map((row) => {
    let version = publishedCache.get(row.id);
    if (!version) {
      version = QuestionnaireVersion.parse(JSON.parse(row.content));
      publishedCache.set(row.id, version);
    }
    return { id: row.id, version, hash: row.content_hash, publishedAt: row.published_at };
  });
}

export interface VersionListItem {
  id: string;
  status: "draft" | "published";
  versionNumber: number | null;
  /** For a draft: the number it will probably get. */
  intendedNumber: number;
  title: { de: string; en: string; ja: string };
  measureCount: number;
  basedOn: number | null;
  createdAt: string;
  updatedAt: string | null;
  publishedAt: string | null;
  contentHash: string | null;
}

/** Drafts first (newest first), then the published versions, newest first. */
export async function listVersions(db: Db): Promise<VersionListItem[]> {
  const rows = await db
    .selectFrom("questionnaire_version")
    .select([
      "id",
      "status",
      "version_number",
      "content",
      "based_on_id",
      "created_at",
      "updated_at",
      "published_at",
      "content_hash",
    ])
    .execute();
  const numbers = new Map(rows.map((row) => [row.id, row.version_number]));
  const items = rows.map((row): VersionListItem => {
    const content = JSON.parse(row.content) as Partial<DraftVersion>;
    return {
      id: row.id,
      status: row.status,
      versionNumber: row.version_number,
      intendedNumber: row.version_number ?? content.version ?? 0,
      title: content.title ?? { de: "", en: "", ja: "" },
      measureCount: content.measures?.length ?? 0,
      basedOn: row.based_on_id ? (numbers.get(row.based_on_id) ?? null) : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
      contentHash: row.content_hash,
    };
  });
  return items.sort((a, b) => {
    if (a.status !== b.status) return a.status === "draft" ? -1 : 1;
    if (a.status === "draft") return (b.updatedAt ?? b.createdAt).localeCompare(a.updatedAt ?? a.createdAt);
    return (b.versionNumber ?? 0) - (a.versionNumber ?? 0);
  });
}

export interface LoadedVersion {
  id: string;
  status: "draft" | "published";
  versionNumber: number | null;
  revision: number;
  draft: DraftVersion;
  /** For a draft: the newest published version (what it is compared with and published after).
   *  For a published version: the one before it. */
  base: PublishedEntry | null;
  /** Published versions before this one (all of them for a draft). */
  earlier: QuestionnaireVersion[];
  /** The published version the draft started from, when a newer one was published since. */
  outdatedBase: { startedFrom: number | null; latest: number } | null;
  changelog: Changelog | null;
  problems: DraftProblem[];
  contentHash: string | null;
  createdAt: string;
  updatedAt: string | null;
  publishedAt: string | null;
}

/** A version with everything the workspace shows of it; null when there is none with this id. */
export async function loadVersion(db: Db, id: string): Promise<LoadedVersion | null> {
  const row = await db.selectFrom("questionnaire_version").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const published = await publishedVersions(db);
  if (row.status === "published") {
    const index = published.findIndex((entry) => entry.id === row.id);
    const entry = published[index];
    if (!entry) return null;
    const base = index > 0 ? (published[index - 1] ?? null) : null;
    const changelog = row.changelog
      ? (JSON.parse(row.changelog) as Changelog)
      : base
        ? computeChangelog(base.version, entry.version)
        : null;
    return {
      id: row.id,
      status: "published",
      versionNumber: row.version_number,
      revision: row.revision,
      draft: entry.version,
      base,
      earlier: published.slice(0, Math.max(index, 0)).map((e) => e.version),
      outdatedBase: null,
      changelog,
      problems: [],
      contentHash: row.content_hash,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
    };
  }
  const draft = storedDraft(row.content);
  const base = published.at(-1) ?? null;
  const earlier = published.map((e) => e.version);
  const startedFrom = row.based_on_id ? published.find((e) => e.id === row.based_on_id) : undefined;
  return {
    id: row.id,
    status: "draft",
    versionNumber: null,
    revision: row.revision,
    draft,
    base,
    earlier,
    outdatedBase:
      base && row.based_on_id !== base.id
        ? { startedFrom: startedFrom?.version.version ?? null, latest: base.version.version }
        : null,
    changelog: base ? computeChangelog(base.version, draft) : null,
    problems: draftProblems(draft, earlier),
    contentHash: null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: null,
  };
}

/** A draft's stored content. */
export function storedDraft(content: string): DraftVersion {
  return DraftVersion.parse(JSON.parse(content));
}
