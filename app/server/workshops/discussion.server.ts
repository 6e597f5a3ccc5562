/**
 * The dossier's discussion: comments (threads, replies, the author's edits) and "want to
 * discuss" marks on the items the dossier shows, and the agenda they add up to. Refusals
 * are outcomes of the workshop table (outcomes.server.ts).
 */
import type { Kysely } from "kysely";
import { measureIdPattern } from "#app/domain/questionnaires/schema";
import {
  type AgendaItem,
  agendaSummary,
  type CommentThread,
  commentsByItem,
  type StoredComment,
} from "#app/domain/workshops/dossier";
import { type DiscussionItem, itemKey } from "#app/domain/workshops/workshop";
import { audit } from "#app/server/access/audit.server";
import { type Actor, hasRole, isStaff } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import type { OutcomeAnswer } from "#app/server/core/outcomes.server";
import type { Database } from "#db/schema";
import { consentingMunicipalities } from "./consent.server";
import { workshopOutcomes } from "./outcomes.server";
import { type LoadedWorkshop, workshopExists } from "./workshops.server";

export interface Discussion {
  threads: Record<string, CommentThread[]>;
  marks: Record<string, { count: number; mine: boolean }>;
  agenda: AgendaItem[] | null;
}

/**
 * Comments and marks of a workshop on the items its dossier shows: a city's items only
 * while that city shares its results with the workshop. Researchers also get the agenda.
 */
export async function workshopDiscussion(
  db: Kysely<Database>,
  actor: Actor,
  workshop: LoadedWorkshop,
): Promise<Discussion> {
  const consenting = await consentingMunicipalities(db, actor, workshop.id);
  const shown = (item: DiscussionItem) => item.municipalityId === null || consenting.has(item.municipalityId);
  const commentRows = await db
    .selectFrom("workshop_comment")
    .leftJoin("app_user", "app_user.id", "workshop_comment.author_user_id")
    .select([
      "workshop_comment.id",
      "workshop_comment.municipality_id",
      "workshop_comment.measure_id",
      "workshop_comment.parent_id",
      "workshop_comment.author_user_id",
      "workshop_comment.body",
      "workshop_comment.created_at",
      "workshop_comment.edited_at",
      "app_user.display_name",
    ])
    .where("workshop_comment.workshop_id", "=", workshop.id)
    .orderBy("workshop_comment.created_at")
    .limit(5000)
    .execute();
  const comments: StoredComment[] = commentRows
    .map((row) => ({
      id: row.id,
      municipalityId: row.municipality_id,
      measureId: row.measure_id,
      parentId: row.parent_id,
      authorUserId: row.author_user_id,
      authorName: row.display_name ?? null,
      body: row.body,
      createdAt: row.created_at,
      editedAt: row.edited_at,
    }))
    .filter(shown);
  const markRows = await db
    .selectFrom("workshop_mark")
    .select(["municipality_id", "measure_id", "user_id"])
    .where("workshop_id", "=", workshop.id)
    .execute();
  const marks = markRows
    .map((row) => ({ municipalityId: row.municipality_id, measureId: row.measure_id, userId: row.user_id }))
    .filter(shown);
  const markSummary: Record<string, { count: number; mine: boolean }> = {};
  for (const mark of marks) {
    const key = itemKey(mark);
    markSummary[key] ??= { count: 0, mine: false };
    const entry = markSummary[key];
    entry.count += 1;
    if (mark.userId === actor.userId) entry.mine = true;
  }
  return {
    threads: Object.fromEntries(commentsByItem(comments)),
    marks: markSummary,
    agenda: isStaff(actor) ? agendaSummary(marks, comments) : null,
  };
}

/** Why a comment or mark is refused: nothing there for this person, or input that is not valid. */
export type DiscussionRefusal = "not_found" | "invalid";

/**
 * What a comment or mark came to. A refusal carries the table's status, so callers
 * without HTTP (scripts, tests) read the same answer the page gives.
 */
export type DiscussionOutcome =
  | { ok: true }
  | { ok: false; outcome: DiscussionRefusal; status: OutcomeAnswer["status"] };

function refused(outcome: DiscussionRefusal): DiscussionOutcome {
  return { ok: false, outcome, status: workshopOutcomes[outcome].status };
}

/** People who may take part in a workshop's discussion: its participants, researchers and admins. */
function mayDiscuss(actor: Actor, workshopId: string): boolean {
  return isStaff(actor) || (hasRole(actor, "participant") && actor.workshopIds.includes(workshopId));
}

/** An item may be discussed when it is a group topic or a consenting city of the workshop's. */
async function checkItem(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  item: DiscussionItem,
): Promise<DiscussionOutcome> {
  if (!mayDiscuss(actor, workshopId) || !(await workshopExists(db, workshopId))) return refused("not_found");
  if (!measureIdPattern.test(item.measureId)) return refused("invalid");
  if (item.municipalityId !== null) {
    const consenting = await consentingMunicipalities(db, actor, workshopId);
    if (!consenting.has(item.municipalityId)) return refused("invalid");
  }
  return { ok: true };
}

export async function addComment(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  input: DiscussionItem & { body: string; parentId: string | null },
): Promise<DiscussionOutcome> {
  const checked = await checkItem(db, actor, workshopId, input);
  if (!checked.ok) return checked;
  return db.transaction().execute(async (trx) => {
    if (input.parentId) {
      const parent = await trx
        .selectFrom("workshop_comment")
        .select(["municipality_id", "measure_id"])
        .where("id", "=", input.parentId)
        .where("workshop_id", "=", workshopId)
        .executeTakeFirst();
      if (!parent || parent.municipality_id !== input.municipalityId || parent.measure_id !== input.measureId)
        return refused("invalid");
    }
    const id = newId();
    await trx
      .insertInto("workshop_comment")
      .values({
        id,
        workshop_id: workshopId,
        municipality_id: input.municipalityId,
        measure_id: input.measureId,
        parent_id: input.parentId,
        author_user_id: actor.userId,
        body: input.body,
        created_at: new Date().toISOString(),
        edited_at: null,
      })
      .execute();
    await audit(trx, {
      actorUserId: actor.userId,
      action: "comment_added",
      subjectType: "workshop_comment",
      subjectId: id,
      details: { workshopId, municipalityId: input.municipalityId, measureId: input.measureId },
    });
    return { ok: true };
  });
}

/** Only its author changes a comment; anyone else's id answers as if it did not exist. */
export async function editComment(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  commentId: string,
  body: string,
): Promise<DiscussionOutcome> {
  if (!mayDiscuss(actor, workshopId)) return refused("not_found");
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("workshop_comment")
      .set({ body, edited_at: new Date().toISOString() })
      .where("id", "=", commentId)
      .where("workshop_id", "=", workshopId)
      .where("author_user_id", "=", actor.userId)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) return refused("not_found");
    await audit(trx, {
      actorUserId: actor.userId,
      action: "comment_edited",
      subjectType: "workshop_comment",
      subjectId: commentId,
      details: { workshopId },
    });
    return { ok: true };
  });
}

/** Marks or unmarks an item as "want to discuss" for this person. */
export async function setMark(
  db: Kysely<Database>,
  actor: Actor,
  workshopId: string,
  item: DiscussionItem,
  marked: boolean,
): Promise<DiscussionOutcome> {
  const checked = await checkItem(db, actor, workshopId, item);
  if (!checked.ok) return checked;
  if (marked) {
    await db
      .insertInto("workshop_mark")
      .values({
        id: newId(),
        workshop_id: workshopId,
        municipality_id: item.municipalityId,
        measure_id: item.measureId,
        user_id: actor.userId,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    let query = db
      .deleteFrom("workshop_mark")
      .where("workshop_id", "=", workshopId)
      .where("user_id", "=", actor.userId)
      .where("measure_id", "=", item.measureId);
    query =
      item.municipalityId === null
        ? query.where("municipality_id", "is", null)
        : query.where("municipality_id", "=", item.municipalityId);
    await query.execute();
  }
  return { ok: true };
}
