/**
 * What the questionnaire in the browser and the JSON API say to each other: saving
 * answers, submitting and reopening (docs/api.md). The API routes answer in these shapes
 * and the browser parses what it gets with the same schemas, so a changed field or code
 * breaks the type check on both sides at once. Pure, so it may be bundled for the browser.
 */
import { z } from "zod";

export const AnswerValue = z.union([z.string(), z.number()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The answers of one assessment: question name → value, the shape SurveyJS keeps. */
export const Answers = z.record(z.string(), AnswerValue);
export type Answers = Readonly<z.infer<typeof Answers>>;

/** A save: the changed answers; null clears an answer. */
export const AnswerChanges = z.record(z.string(), AnswerValue.nullable());
export type AnswerChanges = z.infer<typeof AnswerChanges>;

/** Why one answer was refused: `message` is a key in the locale files (`validation.*`). */
export const AnswerProblem = z.object({ question: z.string(), message: z.string() });
export type AnswerProblem = z.infer<typeof AnswerProblem>;

export const saveLimits = { questionNameLength: 100, pageNameLength: 64 } as const;

export const SaveRequest = z.object({
  baseRevision: z.number().int().min(0),
  // Values are checked per question on the server, so that a wrong type is a problem
  // named by its question (invalid_answers), not a refused request.
  changes: z.record(z.string().max(saveLimits.questionNameLength), z.unknown()),
  currentPage: z.string().max(saveLimits.pageNameLength).optional(),
});
export type SaveRequest = z.input<typeof SaveRequest>;

const revision = z.number().int().min(0);

export const AnswersSaved = z.object({ revision, savedAt: z.string() });
export type AnswersSaved = z.infer<typeof AnswersSaved>;

/** Every answer of POST /api/v1/assessments/:id/answers: saved, or the reason it was not. */
export const SaveResponse = z.union([
  AnswersSaved,
  z.discriminatedUnion("error", [
    /** Nothing of the save was stored. */
    z.object({ error: z.literal("invalid_answers"), problems: z.array(AnswerProblem) }),
    /** Someone saved in between: the current answers, to merge and save again. */
    z.object({ error: z.literal("stale_revision"), revision, answers: Answers }),
    z.object({ error: z.literal("submitted") }),
    z.object({ error: z.literal("read_only") }),
    z.object({ error: z.literal("not_found") }),
  ]),
]);
export type SaveResponse = z.infer<typeof SaveResponse>;

export const AssessmentSubmitted = z.object({ status: z.literal("submitted"), submittedAt: z.string(), revision });
export type AssessmentSubmitted = z.infer<typeof AssessmentSubmitted>;

/** Every answer of POST /api/v1/assessments/:id/submit. */
export const SubmitResponse = z.union([
  AssessmentSubmitted,
  z.discriminatedUnion("error", [
    /** The questions still to answer, by name. */
    z.object({ error: z.literal("incomplete"), missing: z.array(z.string()) }),
    z.object({ error: z.literal("read_only") }),
    z.object({ error: z.literal("not_found") }),
  ]),
]);
export type SubmitResponse = z.infer<typeof SubmitResponse>;

export const reopenLimits = { reasonLength: 1000 } as const;

export const ReopenRequest = z.object({ reason: z.string().trim().min(1).max(reopenLimits.reasonLength) });
