/**
 * Writing questionnaire drafts. A draft starts from the newest published version (or from
 * imported source files) and is changed one part at a time with the same revision rule as
 * answers: a stale save changes nothing and gets the current content.
 *
 * A published version never changes. Every write here goes through `writeDraft` or is
 * itself conditional on `status = 'draft'`, and a database trigger refuses any update or
 * delete of a published row, whatever code tries.
 */
import type { Kysely, Transaction } from "kysely";
import type { EditResult } from "#app/domain/questionnaires/draft-edits";
import { type DraftProblem, draftProblems } from "#app/domain/questionnaires/draft-problems";
import { DraftVersion, draftFromPublished } from "#app/domain/questionnaires/drafts";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { audit } from "#app/server/access/audit.server";
import type { Actor } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";
import { type Db, publishedVersions, storedDraft } from "./versions.server";

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
export async function currentState(trx: Db, id: string): Promise<WriteOutcome> {
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
