/**
 * The frame the version workspace's editor pages share: the way back to the version, what
 * the last submission did, the problems still open, and the one destructive action.
 */
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import type { Difference } from "#app/domain/questionnaires/draft-edits";
import { ConflictNotice, pathLabel } from "./conflict-notice";
import { type ProblemLike, problemMessage } from "./problems";

/** The trail to the version list and the version; a read-only page names the version it belongs to. */
interface Trail {
  versionHref: string;
  number: number;
  readOnly: boolean;
}

export function VersionBreadcrumb({ versionHref, number, readOnly }: Trail) {
  const { t } = useTranslation();
  return (
    <p className="breadcrumb">
      <Link to="/research/questionnaires">{t("versions.breadcrumb")}</Link>
      {" › "}
      <Link to={versionHref}>
        {readOnly ? t("versions.measure.backToVersion", { number }) : t("versions.measure.back")}
      </Link>
    </p>
  );
}

/** The top of an editor page: the way back, the heading, what it edits, and that a published version is read-only. */
export function EditorHeader({ heading, subject, ...trail }: Trail & { heading: string; subject?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <VersionBreadcrumb {...trail} />
      <h1>{heading}</h1>
      {subject ? <p className="version-title">{subject}</p> : null}
      {trail.readOnly ? <p className="notice">{t("versions.draft.readOnly")}</p> : null}
    </>
  );
}

/** What an editor's action may answer, as far as the messages above the form care. */
type SubmissionAnswer =
  | { kind: "saved" }
  | { kind: "invalid" }
  | { kind: "error"; key: string }
  | { kind: "conflict"; differences: Difference[] };

/**
 * The notices above an item's form: the outcome of the last submission (after a redirect
 * from creating the item, that it was created, until a newer submission says more), what
 * the page adds about the item, and the problems the full check still finds in it. After
 * an invalid submission the problems stand at their fields instead.
 */
export function ItemNotices({
  result,
  created,
  saved,
  reloadHref,
  problems,
  readOnly,
  children,
}: {
  result: SubmissionAnswer | undefined;
  created: string | null;
  saved: string;
  reloadHref: string;
  problems: readonly ProblemLike[];
  readOnly: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {created && !result ? <FormMessage tone="success">{created}</FormMessage> : null}
      {result?.kind === "saved" ? <FormMessage tone="success">{saved}</FormMessage> : null}
      {result?.kind === "invalid" ? <FormMessage tone="error">{t("versions.measure.invalidTitle")}</FormMessage> : null}
      {result?.kind === "error" ? <FormMessage tone="error">{t(result.key)}</FormMessage> : null}
      {result?.kind === "conflict" ? <ConflictNotice differences={result.differences} reloadHref={reloadHref} /> : null}
      {children}
      {!readOnly && problems.length > 0 && result?.kind !== "invalid" ? <OpenProblems problems={problems} /> : null}
    </>
  );
}

function OpenProblems({ problems }: { problems: readonly ProblemLike[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{t("versions.measure.problemsTitle")}</p>
      <ul className="problem-list">
        {problems.map((problem) => (
          <li key={`${problem.path}-${problem.key}`}>
            {problem.path ? `${pathLabel(t, problem.path)}${t("catalogue.colon")}` : null}
            {problemMessage(t, problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What an item editor shows after a submission: the entries sent back by an invalid or
 * stale save (so nothing typed is lost), else what was loaded; and the revision to base
 * the next save on, which a stale save moves forward.
 */
export function submittedState<Values>(
  result: { kind: string; values?: unknown; problems?: ProblemLike[]; revision?: number } | undefined,
  loaded: { values: Values; problems: ProblemLike[]; revision: number },
) {
  const values =
    result && (result.kind === "invalid" || result.kind === "conflict") ? (result.values as Values) : loaded.values;
  const problems = (result?.kind === "invalid" ? result.problems : undefined) ?? loaded.problems;
  const revision = (result?.kind === "conflict" ? result.revision : undefined) ?? loaded.revision;
  // A new key after every answer of the server: the form shows what it sent back.
  const formKey = `${revision}-${result?.kind ?? "loaded"}-${JSON.stringify(problems).length}`;
  return { values, problems, revision, formKey };
}

/** A destructive action in its own section, asked once more in the browser before it is sent. */
export function DangerZone({
  headingId,
  heading,
  hint,
  revision,
  intent,
  confirmation,
  label,
}: {
  headingId: string;
  heading: string;
  hint?: string;
  revision: number;
  intent: string;
  confirmation: string;
  label: string;
}) {
  return (
    <section className="danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {hint ? <p>{hint}</p> : null}
      <Form method="post">
        <input type="hidden" name="revision" value={revision} />
        <input type="hidden" name="intent" value={intent} />
        <button
          type="submit"
          className="button button-danger"
          onClick={(event) => {
            if (!window.confirm(confirmation)) event.preventDefault();
          }}
        >
          {label}
        </button>
      </Form>
    </section>
  );
}
