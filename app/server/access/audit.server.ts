import type { Kysely, Transaction } from "kysely";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";

export type AuditAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_locked"
  | "sign_out"
  | "sessions_revoked"
  | "password_changed"
  | "invitation_created"
  | "invitation_accepted"
  | "password_reset_created"
  | "role_granted"
  | "role_revoked"
  | "sharing_changed"
  | "answers_saved"
  | "assessment_submitted"
  | "assessment_reopened"
  | "balance_created"
  | "balance_updated"
  | "balance_deleted"
  | "balances_imported"
  | "balance_target_saved"
  | "api_token_created"
  | "api_token_revoked"
  | "export_downloaded"
  | "draft_created"
  | "draft_saved"
  | "draft_discarded"
  | "draft_imported"
  | "questionnaire_published"
  | "workshop_created"
  | "workshop_updated"
  | "comment_added"
  | "comment_edited"
  | "partnership_created"
  | "partnership_updated"
  | "partnership_interest"
  | "recommendation_marked";

export interface AuditEntry {
  actorUserId: string | null;
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

/** Appends to the audit log, inside the caller's transaction when there is one. */
export async function audit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function readAuditLog(db: Kysely<Database>, options: { limit: number; offset: number; action?: string }) {
  let query = db
    .selectFrom("audit_log")
    .leftJoin("app_user", "app_user.id", "audit_log.actor_user_id")
    .select([
      "audit_log.id",
      "audit_log.action",
      "audit_log.subject_type",
      "audit_log.subject_id",
      "audit_log.details",
      "audit_log.created_at",
      "app_user.email as actor_email",
    ]);
  if (options.action) query = query.where("audit_log.action", "=", options.action);
  return query
    .orderBy("audit_log.created_at", "desc")
    .orderBy("audit_log.id")
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}
