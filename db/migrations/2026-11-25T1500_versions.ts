import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * Questionnaire drafts edited in the browser: which published version a draft started
 * from, who created and last changed it, who published it, and the changelog computed
 * when it was published. A trigger in the database itself refuses to change or delete a
 * published version, whatever code path tries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ["based_on_id", "created_by", "updated_at", "published_by", "changelog"]) {
    await db.schema.alterTable("questionnaire_version").addColumn(column, "text").execute();
  }
  await db.schema
    .createIndex("questionnaire_version_status_idx")
    .on("questionnaire_version")
    .columns(["status", "version_number"])
    .execute();

  const message = "a published questionnaire version cannot be changed";
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function questionnaire_version_frozen() returns trigger language plpgsql as $$
      begin
        if old.status = 'published' then
          raise exception '${sql.raw(message)}' using errcode = 'check_violation';
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end
      $$`.execute(db);
    await sql`
      create trigger questionnaire_version_frozen
      before update or delete on questionnaire_version
      for each row execute function questionnaire_version_frozen()`.execute(db);
    return;
  }
  for (const event of ["update", "delete"]) {
    await sql`
      create trigger ${sql.raw(`questionnaire_version_frozen_${event}`)}
      before ${sql.raw(event)} on questionnaire_version
      when old.status = 'published'
      begin
        select raise(abort, '${sql.raw(message)}');
      end`.execute(db);
  }
}
