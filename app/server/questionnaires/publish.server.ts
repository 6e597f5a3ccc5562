/**
 * Publishing a draft freezes it: it gets the next version number, its content hash and a
 * changelog against the version before it, and from then on never changes.
 */
import type { Kysely } from "kysely";
import {
  type Changelog,
  computeChangelog,
  isEmptyChangelog,
  relevantComparability,
  undecided,
} from "#app/domain/questionnaires/changelog";
import { type DraftProblem, draftProblems } from "#app/domain/questionnaires/draft-problems";
import type { DraftVersion } from "#app/domain/questionnaires/drafts";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { audit } from "#app/server/access/audit.server";
import type { Actor } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";
import { currentState } from "./drafts.server";
import { contentHash } from "./published.server";
import { publishedVersions, storedDraft } from "./versions.server";

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
