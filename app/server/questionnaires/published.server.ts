import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { canonicalJson } from "#app/domain/questionnaires/canonical";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Database } from "#db/schema";
import { publishedHashes, publishedSources } from "#questionnaires/index";

export function contentHash(version: QuestionnaireVersion): string {
  return `sha256:${createHash("sha256").update(canonicalJson(version)).digest("hex")}`;
}

export class QuestionnaireIntegrityError extends Error {
  override name = "QuestionnaireIntegrityError";
}

/** Parses every published source version and checks it against its pinned hash. */
export function loadPublishedVersions(): Array<{ version: QuestionnaireVersion; hash: string }> {
  return publishedSources.map(({ version: number, source }) => {
    const version = QuestionnaireVersion.parse(source);
    const hash = contentHash(version);
    const pinned = publishedHashes[String(number)];
    if (version.version !== number) {
      throw new QuestionnaireIntegrityError(`questionnaires/v${number} declares version ${version.version}`);
    }
    if (pinned !== hash) {
      throw new QuestionnaireIntegrityError(
        `published questionnaire version ${number} differs from its pinned hash (${pinned ?? "none"} ≠ ${hash}); a published version must never change`,
      );
    }
    return { version, hash };
  });
}

/** Makes sure every published version from the source files is in the database, unchanged. */
export async function syncPublishedQuestionnaires(db: Kysely<Database>): Promise<void> {
  for (const { version, hash } of loadPublishedVersions()) {
    const stored = await db
      .selectFrom("questionnaire_version")
      .select(["id", "content_hash"])
      .where("version_number", "=", version.version)
      .executeTakeFirst();
    if (stored) {
      if (stored.content_hash !== hash) {
        throw new QuestionnaireIntegrityError(
          `questionnaire version ${version.version} in the database differs from the published source`,
        );
      }
      continue;
    }
    const now = new Date().toISOString();
    await db
      .insertInto("questionnaire_version")
      .values({
        id: `v${version.version}`,
        version_number: version.version,
        status: "published",
        content: JSON.stringify(version),
        content_hash: hash,
        created_at: now,
        published_at: now,
      })
      // Another process starting at the same moment may have inserted it first.
      .onConflict((conflict) => conflict.column("id").doNothing())
      .execute();
  }
}

const versionCache = new Map<string, QuestionnaireVersion>();

/** A published version never changes, so its parsed content is cached by id. */
export async function questionnaireVersionById(db: Kysely<Database>, id: string): Promise<QuestionnaireVersion> {
  const cached = versionCache.get(id);
  if (cached) return cached;
  const row = await db
    .selectFrom("questionnaire_version")
    .select(["content", "status"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const version = QuestionnaireVersion.parse(JSON.parse(row.content));
  if (row.status === "published") versionCache.set(id, version);
  return version;
}
