/**
 * Reopening a submitted assessment from the submissions list: the form's schema and the
 * limit its text area shows.
 */
import { z } from "zod";

/** Long enough for a paragraph the city reads; the text area stops there too. */
export const reopenReasonMaxLength = 1000;

export const ReopenForm = z.object({
  intent: z.literal("reopen"),
  assessmentId: z.string().trim().min(1).max(40),
  reason: z
    .string({ error: "research.submissions.reasonRequired" })
    .trim()
    .min(1, { error: "research.submissions.reasonRequired" })
    .max(reopenReasonMaxLength, { error: "research.submissions.reasonTooLong" }),
});
