import { describe, expect, it, vi } from "vitest";
import type { SaveResponse } from "#app/domain/assessments/protocol";
import { Autosave, type SaveState } from "./autosave";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** An autosave whose server answers once with `status` and `body`, then with a plain save. */
function autosaveAnswering(status: number, body: SaveResponse | { error: string } | string) {
  const states: SaveState[] = [];
  const storage = memoryStorage();
  const serverAnswers = vi.fn();
  const fetch = vi
    .fn<typeof globalThis.fetch>()
    .mockResolvedValueOnce(typeof body === "string" ? new Response(body, { status }) : Response.json(body, { status }))
    .mockImplementation(async () => Response.json({ revision: 8, savedAt: "2026-05-04T10:00:00.000Z" }));
  const autosave = new Autosave({
    assessmentId: "a1",
    revision: 3,
    endpoint: "/api/v1/assessments/a1/answers",
    storage,
    fetch,
    onState: (state) => states.push(state),
    onServerAnswers: serverAnswers,
    debounceMs: 60_000,
    retryMs: [60_000],
  });
  return { autosave, states, storage, fetch, serverAnswers, last: () => states.at(-1) };
}

describe("Autosave reads the server's answer with the save protocol", () => {
  it("saved: the new revision is the base of the next save and nothing stays in the browser", async () => {
    const { autosave, storage, fetch, last } = autosaveAnswering(200, {
      revision: 4,
      savedAt: "2026-05-04T09:00:00.000Z",
    });
    autosave.change("general_population", 1200);
    await autosave.flushNow();
    expect(last()).toEqual({ kind: "saved", at: "2026-05-04T09:00:00.000Z" });
    expect(storage.items.size).toBe(0);
    expect(JSON.parse(fetch.mock.calls[0]?.[1]?.body as string)).toEqual({
      baseRevision: 3,
      changes: { general_population: 1200 },
    });
    autosave.change("general_population", 1300);
    await autosave.flushNow();
    expect(JSON.parse(fetch.mock.calls[1]?.[1]?.body as string)).toMatchObject({ baseRevision: 4 });
  });

  it("stale revision: a question both changed differently becomes a conflict", async () => {
    const { autosave, last } = autosaveAnswering(409, {
      error: "stale_revision",
      revision: 7,
      answers: { general_population: 900 },
    });
    autosave.change("general_population", 1200);
    await autosave.flushNow();
    expect(last()).toEqual({
      kind: "conflict",
      differences: [{ question: "general_population", mine: 1200, theirs: 900 }],
      serverAnswers: { general_population: 900 },
      serverRevision: 7,
    });
    expect(autosave.unsaved()).toEqual({ general_population: 1200 });
  });

  it("stale revision without a difference: the server's answers are taken, nothing is left to send", async () => {
    const { autosave, fetch, serverAnswers } = autosaveAnswering(409, {
      error: "stale_revision",
      revision: 7,
      answers: { general_population: 1200, general_climate_plan: "none" },
    });
    autosave.change("general_population", 1200);
    await autosave.flushNow();
    expect(autosave.unsaved()).toEqual({});
    expect(serverAnswers).toHaveBeenCalledWith({ general_population: 1200, general_climate_plan: "none" });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("invalid answers: the refused ones are dropped, the others are sent again", async () => {
    const problems = [{ question: "general_target_year", message: "validation.answerYear" }];
    const { autosave, states } = autosaveAnswering(400, { error: "invalid_answers", problems });
    autosave.change("general_target_year", 3000);
    autosave.change("general_population", 1200);
    void autosave.flushNow();
    await vi.waitFor(() => expect(states).toContainEqual({ kind: "invalid", problems }));
    expect(autosave.unsaved()).toEqual({ general_population: 1200 });
  });

  it("submitted: saving stops", async () => {
    const { autosave, last, fetch } = autosaveAnswering(409, { error: "submitted" });
    autosave.change("general_population", 1200);
    await autosave.flushNow();
    expect(last()).toEqual({ kind: "submitted" });
    autosave.change("general_population", 1300);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("signed out: the changes stay in this browser", async () => {
    const { autosave, storage, last } = autosaveAnswering(401, { error: "unauthenticated" });
    autosave.change("general_population", 1200);
    await autosave.flushNow();
    expect(last()).toEqual({ kind: "signed_out" });
    expect(JSON.parse(storage.items.get("mcb.pending.a1") ?? "null")).toEqual({
      baseRevision: 3,
      changes: { general_population: 1200 },
    });
  });

  it.each([
    [403, { error: "read_only" }],
    [404, { error: "not_found" }],
    [502, "<html>Bad gateway</html>"],
  ] as const)("%i: kept and tried again later, as when offline", async (status, body) => {
    const { autosave, last } = autosaveAnswering(status, body);
    autosave.change("general_population", 1200);
    void autosave.flushNow();
    await vi.waitFor(() => expect(last()).toEqual({ kind: "offline" }));
    expect(autosave.unsaved()).toEqual({ general_population: 1200 });
  });
});
