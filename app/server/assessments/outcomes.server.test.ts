import { describe, expect, it } from "vitest";
import { SaveResponse, SubmitResponse } from "#app/domain/assessments/protocol";
import { apiFailure } from "#app/server/core/outcomes.server";
import type { SaveResult, SubmitResult } from "./assessments.server";
import { assessmentOutcomes } from "./outcomes.server";

async function answerOf({ outcome, ...details }: { outcome: keyof typeof assessmentOutcomes }) {
  const response = apiFailure(assessmentOutcomes, outcome, details);
  const body = (await response.json()) as { error: string };
  return { status: response.status, body };
}

const saveRefusals: Array<Exclude<SaveResult, { outcome: "saved" }>> = [
  { outcome: "invalid", problems: [{ question: "general_population", message: "validation.answerNumber" }] },
  { outcome: "conflict", revision: 9, answers: { general_population: 1200, general_climate_plan: "none" } },
  { outcome: "submitted" },
  { outcome: "forbidden" },
  { outcome: "not_found" },
];

const submitRefusals: Array<Exclude<SubmitResult, { outcome: "submitted" }>> = [
  { outcome: "incomplete", missing: ["general_population"] },
  { outcome: "forbidden" },
  { outcome: "not_found" },
];

describe("a refused save or submit", () => {
  it("is answered with the statuses and codes docs/api.md documents", async () => {
    const saves = await Promise.all(saveRefusals.map(answerOf));
    expect(saves.map(({ status, body }) => [status, body.error])).toEqual([
      [400, "invalid_answers"],
      [409, "stale_revision"],
      [409, "submitted"],
      [403, "read_only"],
      [404, "not_found"],
    ]);
    const submits = await Promise.all(submitRefusals.map(answerOf));
    expect(submits.map(({ status, body }) => [status, body.error])).toEqual([
      [400, "incomplete"],
      [403, "read_only"],
      [404, "not_found"],
    ]);
  });

  it("is answered in the shapes the browser reads (protocol.ts)", async () => {
    for (const refusal of saveRefusals) {
      const { body } = await answerOf(refusal);
      expect(SaveResponse.parse(body)).toEqual(body);
    }
    for (const refusal of submitRefusals) {
      const { body } = await answerOf(refusal);
      expect(SubmitResponse.parse(body)).toEqual(body);
    }
  });
});
