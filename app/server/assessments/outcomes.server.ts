/**
 * How a refused save, submit or reopen is answered (docs/api.md). The keys are the
 * outcomes of assessments.server.ts; the codes are those of the protocol the browser
 * parses (`SaveResponse`, `SubmitResponse` in app/domain/assessments/protocol.ts).
 */
import { commonOutcomes, outcomeTable } from "#app/server/core/outcomes.server";

export const assessmentOutcomes = outcomeTable({
  not_found: commonOutcomes.not_found,
  /** Researchers and admins read assessments; only the municipality's staff answer. */
  forbidden: { status: 403, code: "read_only", messageKey: "questionnaire.readOnlyReviewer" },
  invalid: { status: 400, code: "invalid_answers", messageKey: "questionnaire.save.rejectedTitle" },
  /** A save based on an older revision: nothing of it is stored. */
  conflict: { status: 409, code: "stale_revision", messageKey: "questionnaire.save.conflict" },
  /** A save arriving after the assessment was submitted. */
  submitted: { status: 409, code: "submitted", messageKey: "questionnaire.submit.submitted" },
  incomplete: { status: 400, code: "incomplete", messageKey: "questionnaire.submit.missingTitle" },
  /** Reopening what is not submitted, or a round the municipality has already followed with a newer one. */
  not_submitted: { status: 409, code: "not_submitted", messageKey: "research.submissions.reopenRefused" },
});
