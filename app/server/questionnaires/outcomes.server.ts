/**
 * How the questionnaire workspace and /api/v1/questionnaires answer what their operations
 * refuse: one status and message key per outcome (docs/decisions/0006-outcome-tables.md).
 * The workspace's pages answer in their own shape, `{ kind, key, … }`, with the table's
 * status; the helpers below build it, so a route writes neither a status nor a key.
 */
import { data } from "@remix-run/node";
import { notFound } from "#app/server/core/errors.server";
import { commonOutcomes, outcomeAnswer, outcomeTable } from "#app/server/core/outcomes.server";

export const questionnaireOutcomes = outcomeTable({
  ...commonOutcomes,
  /** A published version never changes: every write to one is refused. */
  published: { status: 409, code: "published", messageKey: "versions.published.refused" },
  /** The draft changed since the revision the form was loaded at: nothing was done. */
  conflict: { status: 409, code: "conflict", messageKey: "versions.conflict.simple" },
  /** A form without the revision it was loaded at: staleness could not be told. */
  bad_revision: { status: 400, code: "invalid_request", messageKey: "versions.errors.badRevision" },
  /** A change the draft rules refuse; the rule names its own message (an id taken, a question in use). */
  refused: { status: 400, code: "refused", messageKey: "validation.badForm" },
  /** A measure, scope question or setting whose form the draft's schema refuses, field by field. */
  invalid_input: { status: 400, code: "invalid_request", messageKey: "versions.measure.invalidTitle" },
  /** Publishing: the check still finds problems in the draft. */
  has_problems: { status: 400, code: "has_problems", messageKey: "versions.publish.problems" },
  /** Publishing: changed items whose comparability is still to be decided. */
  undecided: { status: 400, code: "undecided", messageKey: "versions.publish.undecided" },
  /** Publishing: nothing changed against the newest version. */
  unchanged: { status: 400, code: "unchanged", messageKey: "versions.publish.unchanged" },
  /** Publishing: a newer version was published after the draft started. */
  outdated: { status: 409, code: "outdated", messageKey: "versions.publish.outdated" },
  /** Import: no file chosen. */
  no_file: { status: 400, code: "no_file", messageKey: "versions.import.noFile" },
  too_large: { status: 400, code: "too_large", messageKey: "versions.import.tooLarge" },
  /** Import: a file that cannot be read as a version's files; the reading names what is wrong. */
  unreadable: { status: 400, code: "unreadable", messageKey: "versions.import.badZip" },
  /** Import: files that do not have the shape of a version, with the first problems. */
  not_a_version: { status: 400, code: "not_a_version", messageKey: "versions.import.invalid" },
});

export type QuestionnaireOutcome = keyof typeof questionnaireOutcomes;

type Params = Record<string, string | number>;

/** What a workspace page shows for a refusal: a message key and its parameters. */
export interface Refusal {
  kind: "error";
  key: string;
  params?: Params;
}

/**
 * A page's refusal with the table's status. `key` is for a refusal whose reason a draft
 * rule or the upload reading named itself.
 */
export function refusal(outcome: QuestionnaireOutcome, options: { key?: string; params?: Params } = {}) {
  const answer = outcomeAnswer(questionnaireOutcomes, outcome);
  const body: Refusal = { kind: "error", key: options.key ?? answer.messageKey };
  return data(options.params ? { ...body, params: options.params } : body, { status: answer.status });
}

/** A refusal that shows more than a message (the problems, the other person's save): its body, the table's status. */
export function refusedWith<Body>(outcome: QuestionnaireOutcome, body: Body) {
  return data(body, { status: outcomeAnswer(questionnaireOutcomes, outcome).status });
}

/** The answer to any write of a published version; thrown, so the page shows it in place of the form. */
export function refusePublished(): never {
  const answer = outcomeAnswer(questionnaireOutcomes, "published");
  throw Response.json({ status: "published", key: answer.messageKey }, { status: answer.status });
}

/** Why a change of a draft did not go through, when not for input the page shows field by field. */
export type DraftChangeRefusal =
  | { outcome: "not_found" }
  | { outcome: "published" }
  | { outcome: "conflict" }
  | { outcome: "refused"; key: string };

/** The answer to a draft change that did not go through: a missing draft is a 404 like any other. */
export function draftChangeFailure(outcome: DraftChangeRefusal) {
  if (outcome.outcome === "not_found") notFound();
  if (outcome.outcome === "published") refusePublished();
  return refusal(outcome.outcome, outcome.outcome === "refused" ? { key: outcome.key } : {});
}
