/**
 * A version as files and back: the export (one canonical JSON file, or a zip of the
 * questionnaires/vN folder) and the upload a new draft is imported from. The zip codec is
 * fflate's; what it may unpack is bounded here, so a hostile archive is refused unread.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Kysely } from "kysely";
import type { DraftProblem } from "#app/domain/questionnaires/draft-problems";
import {
  canonicalPrettyJson,
  filesToSource,
  type SourceFile,
  versionToFiles,
} from "#app/domain/questionnaires/drafts-files";
import type { Actor } from "#app/server/access/permissions.server";
import type { Download } from "#app/server/core/download.server";
import type { Database } from "#db/schema";
import { importDraft } from "./drafts.server";
import type { LoadedVersion } from "./versions.server";

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
  return { fileName: `${stem}.zip`, contentType: "application/zip", body: zip(files, date) };
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

export type UploadOutcome =
  | { outcome: "imported"; id: string; problems: number }
  | { outcome: "no_file" }
  | { outcome: "too_large" }
  /** `key` names what is wrong with the file, `file` which file of a zip. */
  | { outcome: "unreadable"; key: string; file?: string }
  | { outcome: "not_a_version"; problems: DraftProblem[] };

/** A new draft from an uploaded file, or why there is none. */
export async function importUpload(
  db: Kysely<Database>,
  actor: Actor,
  file: FormDataEntryValue | null | undefined,
): Promise<UploadOutcome> {
  if (!(file instanceof File) || file.size === 0) return { outcome: "no_file" };
  if (file.size > uploadLimit) return { outcome: "too_large" };
  const upload = readUpload(new Uint8Array(await file.arrayBuffer()));
  if (!upload.ok) return { outcome: "unreadable", key: upload.key, file: upload.file };
  const imported = await importDraft(db, actor, upload.source, file.name.slice(0, 200));
  return imported.outcome === "invalid" ? { outcome: "not_a_version", problems: imported.problems } : imported;
}

/** A zip archive of text files (deflated, UTF-8 names): the same files and date give the same bytes. */
export function zip(files: readonly SourceFile[], date: Date): Uint8Array<ArrayBuffer> {
  return zipSync(Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)])), { mtime: date });
}

/** What an uploaded archive may hold: enough for a version's folder, far too little for a zip bomb. */
const unzipLimits = { entries: 200, bytes: 10 * 1024 * 1024 };

/** Only the source files matter; macOS resource forks and the like are skipped. */
const isSourceFile = (name: string) => !name.startsWith("__MACOSX/") && /\.(json|ts|md)$/.test(name);

/**
 * The source files of a zip archive (stored or deflated entries); null when it cannot be
 * read or holds more than the limits. The sizes an archive declares are checked before
 * anything is unpacked, and fflate never unpacks an entry beyond its declared size.
 */
export function unzip(bytes: Uint8Array): SourceFile[] | null {
  let entries = 0;
  let total = 0;
  let refused = false;
  try {
    const unpacked = unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        if (entry.name.endsWith("/")) return false;
        total += entry.originalSize;
        if (entries > unzipLimits.entries || total > unzipLimits.bytes) refused = true;
        if (entry.compression !== 0 && entry.compression !== 8) refused = true;
        return !refused && isSourceFile(entry.name);
      },
    });
    if (refused) return null;
    return Object.entries(unpacked).map(([path, data]) => ({ path, text: strFromU8(data).replace(/^\uFEFF/, "") }));
  } catch {
    return null;
  }
}
