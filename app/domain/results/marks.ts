/**
 * A municipality's mark on a recommended measure, and the form that sets it. The limits
 * are exported so the form's fields say the same as the schema that enforces them.
 */
import { z } from "zod";
import { measureIdPattern } from "#app/domain/questionnaires/schema";

export const recommendationMarks = ["interested", "already_planned", "not_for_us"] as const;
export type RecommendationMark = (typeof recommendationMarks)[number];

export const markLimits = { reasonLength: 500 } as const;

/** "none" clears the mark; "not for us" needs a reason, so the city's choice can be understood later. */
export const MarkForm = z
  .object({
    measureId: z.string().regex(measureIdPattern),
    mark: z.enum([...recommendationMarks, "none"]),
    reason: z
      .string()
      .optional()
      .transform((value) => value?.trim() || null)
      .refine((reason) => reason === null || reason.length <= markLimits.reasonLength, {
        error: "profile.recommendations.marks.reasonTooLong",
      }),
  })
  .refine((form) => form.mark !== "not_for_us" || form.reason !== null, {
    error: "profile.recommendations.marks.reasonRequired",
    path: ["reason"],
  });
