/**
 * The discussion of one dossier item (a city's recommendation or a group topic): the
 * "want to discuss" mark, and comment threads with reply and edit forms. Comment text is
 * rendered as text: React escapes it, and nothing is ever set as HTML.
 */
import { Form } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { CommentThread, StoredComment } from "#app/domain/workshops/dossier";
import { type DiscussionItem as Item, itemKey, workshopLimits } from "#app/domain/workshops/workshop";

export interface DiscussionResult {
  ok: boolean;
  /** Which form the message belongs to (see formTarget). */
  target: string | null;
  message: string | null;
}

export interface DiscussionContext {
  userId: string;
  mayDiscuss: boolean;
  threads: Record<string, CommentThread[]>;
  marks: Record<string, { count: number; mine: boolean }>;
  result: DiscussionResult | null;
}

export function formTarget(kind: "comment" | "reply" | "edit" | "mark", id: string): string {
  return `${kind}:${id}`;
}

function ItemFields({ item }: { item: Item }) {
  return (
    <>
      <input type="hidden" name="municipalityId" value={item.municipalityId ?? ""} />
      <input type="hidden" name="measureId" value={item.measureId} />
    </>
  );
}

function FormResult({ context, target }: { context: DiscussionContext; target: string }) {
  const { t } = useTranslation();
  const result = context.result;
  if (!result || result.target !== target || !result.message) return null;
  return (
    <p
      className={result.ok ? "form-message form-message-success" : "field-error"}
      role={result.ok ? "status" : "alert"}
    >
      {t(result.message)}
    </p>
  );
}

function CommentTextarea({ label, name, defaultValue }: { label: string; name: string; defaultValue?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t("workshops.discussion.commentHint")}
      </p>
      <textarea
        id={id}
        name={name}
        rows={3}
        maxLength={workshopLimits.commentLength}
        required
        aria-describedby={`${id}-hint`}
        defaultValue={defaultValue}
      />
    </div>
  );
}

function Comment({ comment, context, item }: { comment: StoredComment; context: DiscussionContext; item: Item }) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const own = comment.authorUserId === context.userId && context.mayDiscuss;
  const target = formTarget("edit", comment.id);
  return (
    <article className="comment" data-testid="comment">
      <p className="comment-meta">
        {t("workshops.discussion.byline", {
          name: comment.authorName ?? t("workshops.discussion.unknownAuthor"),
          date: dateFormat.format(new Date(comment.createdAt)),
        })}
        {comment.editedAt ? ` · ${t("workshops.discussion.edited")}` : null}
      </p>
      <p className="comment-body">{comment.body}</p>
      {own ? (
        <details className="comment-action no-print">
          <summary>{t("workshops.discussion.edit")}</summary>
          <Form key={comment.editedAt ?? ""} method="post" preventScrollReset className="stack">
            <input type="hidden" name="intent" value="edit" />
            <input type="hidden" name="commentId" value={comment.id} />
            <ItemFields item={item} />
            <CommentTextarea label={t("workshops.discussion.editLabel")} name="body" defaultValue={comment.body} />
            <button type="submit" className="button button-small">
              {t("workshops.discussion.saveEdit")}
            </button>
          </Form>
        </details>
      ) : null}
      <FormResult context={context} target={target} />
    </article>
  );
}

export function Discussion({ item, label, context }: { item: Item; label: string; context: DiscussionContext }) {
  const { t } = useTranslation();
  const key = itemKey(item);
  const threads = context.threads[key] ?? [];
  const count = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
  const mark = context.marks[key] ?? { count: 0, mine: false };
  const commentTarget = formTarget("comment", key);
  return (
    <div className="discussion" data-item={key}>
      <div className="discussion-bar">
        {mark.count > 0 ? (
          <span className="badge">{t("workshops.discussion.marks", { count: mark.count })}</span>
        ) : null}
        {context.mayDiscuss ? (
          <Form method="post" preventScrollReset className="inline no-print">
            <input type="hidden" name="intent" value={mark.mine ? "unmark" : "mark"} />
            <ItemFields item={item} />
            <button type="submit" className="link-button" aria-pressed={mark.mine}>
              {t(mark.mine ? "workshops.discussion.unmark" : "workshops.discussion.wantToDiscuss")}
              <span className="visually-hidden">: {label}</span>
            </button>
          </Form>
        ) : null}
      </div>
      <FormResult context={context} target={formTarget("mark", key)} />
      <details className="discussion-thread">
        <summary>{t("workshops.discussion.summary", { count })}</summary>
        {threads.length === 0 ? <p className="muted">{t("workshops.discussion.none")}</p> : null}
        {threads.map((thread) => {
          const replyTarget = formTarget("reply", thread.root.id);
          return (
            <div key={thread.root.id} className="thread">
              <Comment comment={thread.root} context={context} item={item} />
              {thread.replies.length > 0 ? (
                <div className="replies">
                  {thread.replies.map((reply) => (
                    <Comment key={reply.id} comment={reply} context={context} item={item} />
                  ))}
                </div>
              ) : null}
              {context.mayDiscuss ? (
                <details className="comment-action no-print">
                  <summary>{t("workshops.discussion.reply")}</summary>
                  <Form key={thread.replies.length} method="post" preventScrollReset className="stack">
                    <input type="hidden" name="intent" value="comment" />
                    <input type="hidden" name="parentId" value={thread.root.id} />
                    <ItemFields item={item} />
                    <CommentTextarea label={t("workshops.discussion.replyLabel")} name="body" />
                    <button type="submit" className="button button-small">
                      {t("workshops.discussion.post")}
                    </button>
                  </Form>
                </details>
              ) : null}
              <FormResult context={context} target={replyTarget} />
            </div>
          );
        })}
        {context.mayDiscuss ? (
          // Keyed by the count: after a post the form remounts empty.
          <Form key={count} method="post" preventScrollReset className="stack no-print comment-form">
            <input type="hidden" name="intent" value="comment" />
            <ItemFields item={item} />
            <CommentTextarea label={t("workshops.discussion.comment")} name="body" />
            <button type="submit" className="button button-small">
              {t("workshops.discussion.post")}
            </button>
          </Form>
        ) : null}
        <FormResult context={context} target={commentTarget} />
      </details>
    </div>
  );
}
