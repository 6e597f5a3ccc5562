/**
 * Questionnaire drafts and their publication. A draft starts from the newest published
 * version (or from imported source files), is changed one part at a time with the same
 * revision rule as answers (a stale save changes nothing and gets the current content),
 * and is frozen when published: it gets the next version number, its content hash and a
 * changelog against the version before it.
 *
 * A published version never changes. Every write here goes through `writeDraft` or is
 * itself conditional on `status = 'draft'`, and a database trigger refuses any update or
 * delete of a published row, whatever code tries.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { data } from "@remix-run/node";
import type { Kysely, Transaction } from "kysely";
import {
  type Changelog,
  computeChangelog,
  isEmptyChangelog,
  relevantComparability,
  undecided,
} from "#app/domain/questionnaires/changelog";
import {
  type DraftProblem,
  DraftVersion,
  draftFromPublished,
  draftProblems,
  type EditResult,
} from "#app/domain/questionnaires/drafts";
import {
  canonicalPrettyJson,
  filesToSource,
  type SourceFile,
  versionToFiles,
} from "#app/domain/questionnaires/drafts-files";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { audit } from "#app/server/access/audit.server";
import type { Actor } from "#app/server/access/permissions.server";
import { notFound } from "#app/server/core/errors.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { contentHash } from "./published.server";

type Db = Kysely<Database> | Transaction<Database>;

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

function storedDraft(content: string): DraftVersion {
  return DraftVersion.parse(JSON.parse(content));
}

/**
 * Stores a new draft. `basedOnId` is the published version it is compared with and must
 * still be the newest when it is published; otherwise publishing it would undo a newer one.
 */
async function insertDraft(
  trx: Transaction<Database>,
  actor: Actor,
  draft: DraftVersion,
  basedOnId: string,
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await trx
    .insertInto("questionnaire_version")
    .values({
      status: "draft",
      id,
      version_number: null,
      content: JSON.stringify(draft),
      content_hash: null,
      created_at: now,
      updated_at: now,
      published_at: null,
      based_on_id: basedOnId,
      created_by: actor.userId,
    })
    .execute();
  return id;
}

/** Starts a draft from the newest published version. */
export async function createDraft(db: Kysely<Database>, actor: Actor): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const latest = (await publishedVersions(trx)).at(-1);
    if (!latest) throw new Error("no published questionnaire version to start a draft from");
    const id = await insertDraft(trx, actor, draftFromPublished(latest.version), latest.id);
    await audit(trx, {
      actorUserId: actor.userId,
      action: "draft_created",
      subjectType: "questionnaire_version",
      subjectId: id,
      details: { basedOn: latest.version.version },
    });
    return id;
  });
}

export type WriteOutcome =
  | { outcome: "saved"; revision: number; draft: DraftVersion }
  | { outcome: "not_found" }
  /** The version is published: it never changes. */
  | { outcome: "published" }
  /** The draft changed since the revision the editor had: nothing was saved. */
  | { outcome: "conflict"; revision: number; draft: DraftVersion }
  | { outcome: "refused"; key: string };

/**
 * The one write of a draft's content: conditional on the row still being a draft and
 * still at the revision the change was based on. Returns false when it changed nothing.
 */
async function writeDraft(
  trx: Transaction<Database>,
  id: string,
  baseRevision: number,
  draft: DraftVersion,
): Promise<boolean> {
  const updated = await trx
    .updateTable("questionnaire_version")
    .set({
      content: JSON.stringify(DraftVersion.parse(draft)),
      revision: baseRevision + 1,
      updated_at: new Date().toISOString(),
    })
    .where("id", "=", id)
    .where("status", "=", "draft")
    .where("revision", "=", baseRevision)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

type StoredState =
  | { outcome: "not_found" }
  | { outcome: "published" }
  | { outcome: "draft"; revision: number; draft: DraftVersion };

async function storedState(trx: Db, id: string): Promise<StoredState> {
  const row = await trx
    .selectFrom("questionnaire_version")
    .select(["status", "revision", "content"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return { outcome: "not_found" };
  if (row.status !== "draft") return { outcome: "published" };
  return { outcome: "draft", revision: row.revision, draft: storedDraft(row.content) };
}

/** Why a conditional write changed nothing: the row is gone, published, or at another revision now. */
async function currentState(trx: Db, id: string): Promise<WriteOutcome> {
  const state = await storedState(trx, id);
  return state.outcome === "draft" ? { ...state, outcome: "conflict" } : state;
}

export interface DraftContext {
  base: QuestionnaireVersion | null;
  earlier: QuestionnaireVersion[];
}

/**
 * Changes a draft: reads it at the editor's revision, applies the change, writes it back
 * conditionally. Every edit of a draft (a measure, a scope question, the scoring, the
 * texts of the version, retiring) goes through here.
 */
export async function changeDraft(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  baseRevision: number,
  change: (draft: DraftVersion, context: DraftContext) => EditResult,
  details: { part: string; item?: string },
): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx): Promise<WriteOutcome> => {
    const state = await storedState(trx, id);
    if (state.outcome !== "draft") return state;
    const { revision, draft } = state;
    if (revision !== baseRevision) return { outcome: "conflict", revision, draft };
    const published = await publishedVersions(trx);
    const result = change(draft, { base: published.at(-1)?.version ?? null, earlier: published.map((e) => e.version) });
    if (!result.ok) return { outcome: "refused", key: result.key };
    if (!(await writeDraft(trx, id, baseRevision, result.draft))) return currentState(trx, id);
    await audit(trx, {
      actorUserId: actor.userId,
      action: "draft_saved",
      subjectType: "questionnaire_version",
      subjectId: id,
      details: { revision: baseRevision + 1, ...details },
    });
    return { outcome: "saved", revision: baseRevision + 1, draft: result.draft };
  });
}

/** Discards a draft. A published version is never deleted. */
export async function discardDraft(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  baseRevision: number,
): Promise<"discarded" | "not_found" | "published" | "conflict"> {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom("questionnaire_version")
      .where("id", "=", id)
      .where("status", "=", "draft")
      .where("revision", "=", baseRevision)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) {
      const state = await currentState(trx, id);
      return state.outcome === "conflict" ? "conflict" : state.outcome === "published" ? "published" : "not_found";
    }
    await audit(trx, {
      actorUserId: actor.userId,
      action: "draft_discarded",
      subjectType: "questionnaire_version",
      subjectId: id,
    });
    return "discarded";
  });
}

export type PublishOutcome =
  | { outcome: "published"; versionNumber: number; hash: string; changelog: Changelog }
  | { outcome: "not_found" }
  | { outcome: "already_published" }
  | { outcome: "conflict"; revision: number }
  /** A newer version was published after this draft started: publishing it would undo that one. */
  | { outcome: "outdated"; latest: number }
  | { outcome: "invalid"; problems: DraftProblem[] }
  /** Changed measures or scope questions whose comparability is still to be decided. */
  | { outcome: "undecided"; items: string[] }
  | { outcome: "unchanged" };

/**
 * Publishes a draft: checks it completely against every earlier version, computes the
 * changelog against the newest published version, keeps only the comparability decisions
 * of changed items, gives it the next number and its content hash, and freezes it.
 */
export async function publishDraft(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  baseRevision: number,
): Promise<PublishOutcome> {
  try {
    return await db.transaction().execute(async (trx): Promise<PublishOutcome> => {
      const row = await trx.selectFrom("questionnaire_version").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return { outcome: "not_found" };
      if (row.status !== "draft") return { outcome: "already_published" };
      if (row.revision !== baseRevision) return { outcome: "conflict", revision: row.revision };
      const published = await publishedVersions(trx);
      const latest = published.at(-1);
      if (!latest) throw new Error("no published questionnaire version to publish after");
      if (row.based_on_id !== latest.id) return { outcome: "outdated", latest: latest.version.version };

      const number = latest.version.version + 1;
      const draft: DraftVersion = { ...storedDraft(row.content), version: number };
      const earlier = published.map((e) => e.version);
      const problems = draftProblems(draft, earlier);
      if (problems.length > 0) return { outcome: "invalid", problems };
      const changelog = computeChangelog(latest.version, draft);
      if (isEmptyChangelog(changelog)) return { outcome: "unchanged" };
      const pending = undecided(changelog);
      if (pending.length > 0) return { outcome: "undecided", items: pending };

      const { comparability: _, ...rest } = draft;
      const comparability = relevantComparability(changelog);
      const version = QuestionnaireVersion.parse(comparability ? { ...rest, comparability } : rest);
      const hash = contentHash(version);
      const now = new Date().toISOString();
      const updated = await trx
        .updateTable("questionnaire_version")
        .set({
          status: "published",
          version_number: number,
          content: JSON.stringify(version),
          content_hash: hash,
          revision: baseRevision + 1,
          updated_at: now,
          published_at: now,
          published_by: actor.userId,
          changelog: JSON.stringify(changelog),
        })
        .where("id", "=", id)
        .where("status", "=", "draft")
        .where("revision", "=", baseRevision)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        const state = await currentState(trx, id);
        if (state.outcome === "conflict") return { outcome: "conflict", revision: state.revision };
        return state.outcome === "published" ? { outcome: "already_published" } : { outcome: "not_found" };
      }
      await audit(trx, {
        actorUserId: actor.userId,
        action: "questionnaire_published",
        subjectType: "questionnaire_version",
        subjectId: id,
        details: {
          version: number,
          hash,
          added: changelog.measures.added,
          retired: changelog.measures.retired,
          changed: changelog.measures.changed.map((c) => c.id),
        },
      });
      return { outcome: "published", versionNumber: number, hash, changelog };
    });
  } catch (error) {
    // Two drafts published at the same moment: the version number is unique, the second
    // one's insert fails, and that draft is now behind the newest version.
    if (isUniqueViolation(error)) {
      const latest = (await publishedVersions(db)).at(-1);
      return { outcome: "outdated", latest: latest?.version.version ?? 0 };
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

export type ImportOutcome =
  | { outcome: "imported"; id: string; problems: number }
  | { outcome: "invalid"; problems: DraftProblem[] };

/**
 * A new draft from source files (a version as questionnaires/vN holds it). The files must
 * have the shape of a version; what the full check still finds is listed on the draft.
 * It gets the next number and is compared with the newest published version.
 */
export async function importDraft(
  db: Kysely<Database>,
  actor: Actor,
  source: unknown,
  fileName: string | null,
): Promise<ImportOutcome> {
  const parsed = DraftVersion.safeParse(source);
  if (!parsed.success) {
    return {
      outcome: "invalid",
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        path: issue.path.join("."),
        key: issue.message.startsWith("versions.") ? issue.message : "versions.errors.invalid",
      })),
    };
  }
  return db.transaction().execute(async (trx) => {
    const published = await publishedVersions(trx);
    const latest = published.at(-1);
    if (!latest) throw new Error("no published questionnaire version to import after");
    const draft: DraftVersion = { ...parsed.data, version: latest.version.version + 1 };
    const id = await insertDraft(trx, actor, draft, latest.id);
    const problems = draftProblems(
      draft,
      published.map((e) => e.version),
    ).length;
    await audit(trx, {
      actorUserId: actor.userId,
      action: "draft_imported",
      subjectType: "questionnaire_version",
      subjectId: id,
      details: { fileName, basedOn: latest.version.version, problems },
    });
    return { outcome: "imported", id, problems };
  });
}

// ---------------------------------------------------------------------------------------
// Export and import files.

export interface Download {
  fileName: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer> | string;
}

/** A version as one canonical JSON file, or as a zip of the questionnaires/vN folder. */
export function exportVersion(loaded: LoadedVersion, format: "json" | "zip"): Download {
  const number = loaded.versionNumber ?? loaded.draft.version;
  const stem = loaded.status === "published" ? `questionnaire-v${number}` : `questionnaire-v${number}-draft`;
  if (format === "json") {
    return {
      fileName: `${stem}.json`,
      contentType: "application/json; charset=utf-8",
      body: canonicalPrettyJson(loaded.draft),
    };
  }
  const files = versionToFiles(
    loaded.draft,
    loaded.status === "published" && loaded.contentHash
      ? { hash: loaded.contentHash, publishedAt: loaded.publishedAt ?? "", changelog: loaded.changelog }
      : null,
  );
  const date = new Date(loaded.publishedAt ?? loaded.updatedAt ?? loaded.createdAt);
  return { fileName: `${stem}.zip`, contentType: "application/zip", body: new Uint8Array(zip(files, date)) };
}

export const uploadLimit = 2 * 1024 * 1024;

export type UploadResult = { ok: true; source: unknown } | { ok: false; key: string; file?: string };

/** The version source in an uploaded file: one JSON file of the whole version, or a zip of its folder. */
export function readUpload(bytes: Uint8Array): UploadResult {
  if (bytes.length === 0) return { ok: false, key: "versions.import.empty" };
  if (bytes.length > uploadLimit) return { ok: false, key: "versions.import.tooLarge" };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const files = unzip(bytes);
    if (!files) return { ok: false, key: "versions.import.badZip" };
    const result = filesToSource(files);
    return result.ok ? { ok: true, source: result.source } : result;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ok: false, key: "versions.import.notUtf8" };
  }
  try {
    return { ok: true, source: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, key: "versions.import.badJson" };
  }
}

function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * The fields a zip entry's local header and its central-directory record both carry, in the
 * same order: version needed, flags (UTF-8 names), method (deflate), time, date, CRC,
 * sizes and name length. The central record has one field more in front of them.
 * The extra-field length after them stays 0, as Buffer.alloc leaves it.
 */
function writeEntryFields(
  header: Buffer,
  at: number,
  entry: { time: number; day: number; crc: number; packedSize: number; size: number; nameLength: number },
): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(entry.time, at + 6);
  header.writeUInt16LE(entry.day, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.packedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}

/** A zip archive (deflated entries, UTF-8 names): enough for a folder of source files. */
export function zip(files: readonly SourceFile[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.path, "utf8");
    const data = Buffer.from(file.text, "utf8");
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const entry = { time, day, crc, packedSize: packed.length, size: data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const unzipLimits = { entries: 200, bytes: 10 * 1024 * 1024 };

/** The text files of a zip archive (stored or deflated entries); null when it cannot be read. */
export function unzip(bytes: Uint8Array): SourceFile[] | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    let end = -1;
    for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
      if (buffer.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const count = buffer.readUInt16LE(end + 10);
    if (count > unzipLimits.entries) return null;
    let position = buffer.readUInt32LE(end + 16);
    const files: SourceFile[] = [];
    let total = 0;
    for (let n = 0; n < count; n++) {
      if (buffer.readUInt32LE(position) !== 0x02014b50) return null;
      const flags = buffer.readUInt16LE(position + 8);
      const method = buffer.readUInt16LE(position + 10);
      const crc = buffer.readUInt32LE(position + 16);
      const packedSize = buffer.readUInt32LE(position + 20);
      const size = buffer.readUInt32LE(position + 24);
      const nameLength = buffer.readUInt16LE(position + 28);
      const extraLength = buffer.readUInt16LE(position + 30);
      const commentLength = buffer.readUInt16LE(position + 32);
      const localOffset = buffer.readUInt32LE(position + 42);
      const name = buffer.subarray(position + 46, position + 46 + nameLength).toString("utf8");
      position += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith("/")) continue;
      if (flags & 0x1) return null;
      total += size;
      if (total > unzipLimits.bytes) return null;
      if (buffer.readUInt32LE(localOffset) !== 0x04034b50) return null;
      const dataStart =
        localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
      const packed = buffer.subarray(dataStart, dataStart + packedSize);
      let data: Buffer;
      if (method === 0) data = packed;
      else if (method === 8) data = inflateRawSync(packed, { maxOutputLength: unzipLimits.bytes });
      else return null;
      if (crc32(data) !== crc) return null;
      // Only the source files matter; macOS resource forks and the like are skipped.
      if (name.startsWith("__MACOSX/") || !/\.(json|ts|md)$/.test(name)) continue;
      files.push({ path: name, text: data.toString("utf8").replace(/^\uFEFF/, "") });
    }
    return files;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------
// For the routes: reading requests, and the parts of a version the pages show.

/** The version, or a 404 for a missing id (nothing hints at what exists). */
export async function requireVersion(db: Db, id: string): Promise<LoadedVersion> {
  const loaded = await loadVersion(db, id);
  if (!loaded) throw new Response("Not Found", { status: 404 });
  return loaded;
}

/** The submitted form; null when the body is not a form. */
export async function readFormData(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/** The revision a form was based on; null when missing or not a whole number. */
export function revisionFrom(form: FormData): number | null {
  const value = form.get("revision");
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** The names of a form's fields, for the repeated groups (conditions, options). */
export function fieldNames(form: FormData): string[] {
  return [...new Set([...form.keys()])];
}

export interface ProblemSummary {
  measures: Record<string, number>;
  scopeQuestions: Record<string, number>;
  /** Problems of the version as a whole, with where they are. */
  other: Array<DraftProblem & { where: "scoring" | "meta" | "retired" | "version" }>;
}

/** The draft's problems grouped by the page on which they are fixed. */
export function summariseProblems(draft: DraftVersion, problems: readonly DraftProblem[]): ProblemSummary {
  const summary: ProblemSummary = { measures: {}, scopeQuestions: {}, other: [] };
  for (const problem of problems) {
    const [part, index] = problem.path.split(".");
    if (part === "measures" && index !== undefined && /^\d+$/.test(index)) {
      const id = draft.measures[Number(index)]?.id ?? index;
      summary.measures[id] = (summary.measures[id] ?? 0) + 1;
    } else if (part === "scopeQuestions" && index !== undefined && /^\d+$/.test(index)) {
      const id = draft.scopeQuestions[Number(index)]?.id ?? index;
      summary.scopeQuestions[id] = (summary.scopeQuestions[id] ?? 0) + 1;
    } else {
      const where =
        part === "scoring"
          ? "scoring"
          : part === "title" || part === "summary"
            ? "meta"
            : part === "retired"
              ? "retired"
              : "version";
      summary.other.push({ ...problem, where });
    }
  }
  return summary;
}

/** Whether the draft may still be changed; a 409 answer for a published version. */
export function refusePublished(loaded: LoadedVersion): void {
  if (loaded.status === "published") {
    throw Response.json({ status: "published", key: "versions.published.refused" }, { status: 409 });
  }
}

/**
 * The answer of an editor action whose draft change did not go through for a reason
 * other than invalid input or a stale revision the page can show field by field.
 */
export function draftChangeFailure(outcome: { outcome: string; key?: string }, loaded: LoadedVersion) {
  if (outcome.outcome === "published") refusePublished({ ...loaded, status: "published" });
  if (outcome.outcome === "not_found") notFound();
  if (outcome.outcome === "conflict") {
    return data({ kind: "error" as const, key: "versions.conflict.simple" }, { status: 409 });
  }
  return data({ kind: "error" as const, key: outcome.key ?? "validation.badForm" }, { status: 400 });
}

export interface LocatedProblem extends DraftProblem {
  /** The measure or scope question the problem is in, when it is in one. */
  item: { kind: "measure" | "scopeQuestion"; id: string } | null;
  /** The path within that item (or the whole path). */
  field: string;
}

/** Problems with the id of the measure or question they belong to, for lists across the draft. */
export function locateProblems(draft: DraftVersion, problems: readonly DraftProblem[]): LocatedProblem[] {
  return problems.map((problem) => {
    const match = problem.path.match(/^(measures|scopeQuestions)\.(\d+)(?:\.(.*))?$/);
    if (!match) return { ...problem, item: null, field: problem.path };
    const index = Number(match[2]);
    const id = match[1] === "measures" ? draft.measures[index]?.id : draft.scopeQuestions[index]?.id;
    return {
      ...problem,
      item: id ? { kind: match[1] === "measures" ? "measure" : "scopeQuestion", id } : null,
      field: match[3] ?? "",
    };
  });
}
