/**
 * Autosave for the questionnaire: every change is kept in the browser at once and
 * sent to the server shortly after (debounced), with the revision it was based on.
 * Offline or signed out, changes stay in localStorage and are sent when possible;
 * a stale revision turns into a conflict the person resolves. What the server answers is
 * read with the schema the API route answers by (app/domain/assessments/protocol.ts).
 */
import { z } from "zod";
import {
  AnswerChanges,
  type AnswerProblem,
  type Answers,
  type AnswerValue,
  type SaveRequest,
  SaveResponse,
} from "#app/domain/assessments/protocol";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "signed_out" }
  | { kind: "invalid"; problems: AnswerProblem[] }
  | { kind: "conflict"; differences: Difference[]; serverAnswers: Answers; serverRevision: number }
  | { kind: "submitted" };

export interface Difference {
  question: string;
  mine: AnswerValue | null;
  theirs: AnswerValue | null;
}

/** Unacknowledged changes kept in localStorage, and the revision they were made on. */
const Stored = z.object({ baseRevision: z.number(), changes: AnswerChanges });
type Stored = z.infer<typeof Stored>;

export interface AutosaveOptions {
  assessmentId: string;
  revision: number;
  endpoint: string;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  fetch: typeof fetch;
  onState: (state: SaveState) => void;
  /** Answers others saved to questions this person did not touch: shown as they are now. */
  onServerAnswers: (answers: Answers) => void;
  debounceMs?: number;
  retryMs?: readonly number[];
}

export class Autosave {
  private baseRevision: number;
  private pending: AnswerChanges = {};
  private inFlight: AnswerChanges | null = null;
  private page: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private blocked = false;
  private readonly key: string;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly options: AutosaveOptions) {
    this.key = `mcb.pending.${options.assessmentId}`;
    this.baseRevision = options.revision;
    const stored = this.readStored();
    if (stored && Object.keys(stored.changes).length > 0) {
      this.pending = stored.changes;
      this.baseRevision = stored.baseRevision;
    }
  }

  /** Changes kept in this browser that the server has not acknowledged. */
  unsaved(): AnswerChanges {
    return { ...this.pending, ...(this.inFlight ?? {}) };
  }

  hasUnsaved(): boolean {
    return Object.keys(this.pending).length > 0 || this.inFlight !== null;
  }

  change(question: string, value: AnswerValue | null | undefined) {
    this.pending[question] = value === undefined || value === "" ? null : value;
    this.persist();
    this.set({ kind: "pending" });
    this.schedule();
  }

  setPage(page: string) {
    this.page = page;
    this.schedule();
  }

  /** Sends now (after a reconnect, a new sign-in, or before submitting). */
  flushNow(): Promise<void> {
    clearTimeout(this.timer);
    this.blocked = false;
    void this.flush();
    return this.whenIdle();
  }

  whenIdle(): Promise<void> {
    if (!this.hasUnsaved() || this.blocked) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The person decided each difference: kept answers are sent on top of the server's revision. */
  resolveConflict(keep: Record<string, "mine" | "theirs">, serverAnswers: Answers, serverRevision: number) {
    const mine = this.unsaved();
    this.inFlight = null;
    this.pending = {};
    for (const [question, value] of Object.entries(mine)) {
      const differs = (serverAnswers[question] ?? null) !== value;
      if (differs && keep[question] !== "theirs") this.pending[question] = value;
    }
    this.baseRevision = serverRevision;
    this.persist();
    this.options.onServerAnswers(serverAnswers);
    void this.flushNow();
  }

  private schedule() {
    if (this.blocked) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 800);
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.blocked) return;
    const changes = this.pending;
    const hasChanges = Object.keys(changes).length > 0;
    if (!hasChanges && !this.page) return this.settle();
    this.inFlight = changes;
    this.pending = {};
    const page = this.page;
    this.page = null;
    if (hasChanges) this.set({ kind: "saving" });
    let response: Response;
    try {
      response = await this.options.fetch(this.options.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({
          baseRevision: this.baseRevision,
          changes,
          ...(page ? { currentPage: page } : {}),
        } satisfies SaveRequest),
      });
    } catch {
      this.requeue(changes, page);
      this.set({ kind: "offline" });
      this.retryLater();
      return;
    }
    if (response.status === 401) {
      this.requeue(changes, page);
      this.block({ kind: "signed_out" });
      return;
    }
    const parsed = SaveResponse.safeParse(await response.json().catch(() => undefined));
    const answer = parsed.success ? parsed.data : undefined;
    if (answer && !("error" in answer)) {
      this.baseRevision = answer.revision;
      this.inFlight = null;
      this.retries = 0;
      this.persist();
      if (hasChanges) this.set({ kind: "saved", at: answer.savedAt });
      if (Object.keys(this.pending).length > 0) return this.flush();
      return this.settle();
    }
    this.requeue(changes, page);
    switch (answer?.error) {
      case "stale_revision":
        this.onStale(answer.answers, answer.revision);
        return;
      case "submitted":
        this.block({ kind: "submitted" });
        return;
      case "invalid_answers":
        // Nothing of this save was stored; drop the refused answers so the rest can go.
        for (const problem of answer.problems) delete this.pending[problem.question];
        this.persist();
        this.set({ kind: "invalid", problems: answer.problems });
        if (Object.keys(this.pending).length > 0) this.schedule();
        return;
      default:
        // read_only, not_found or no answer we understand (a proxy's error page):
        // the changes stay in this browser and are tried again later.
        this.set({ kind: "offline" });
        this.retryLater();
    }
  }

  /**
   * Someone saved in between. Answers this person did not touch are simply taken;
   * questions both changed differently go to the person to decide.
   */
  private onStale(serverAnswers: Answers, serverRevision: number) {
    const mine = this.unsaved();
    const differences: Difference[] = Object.entries(mine)
      .filter(([question, value]) => (serverAnswers[question] ?? null) !== value)
      .map(([question, value]) => ({ question, mine: value, theirs: serverAnswers[question] ?? null }));
    if (differences.length === 0) {
      this.resolveConflict({}, serverAnswers, serverRevision);
      return;
    }
    this.block({ kind: "conflict", differences, serverAnswers, serverRevision });
  }

  private requeue(changes: AnswerChanges, page: string | null) {
    this.pending = { ...changes, ...this.pending };
    this.inFlight = null;
    if (page && !this.page) this.page = page;
    this.persist();
  }

  private retryLater() {
    const delays = this.options.retryMs ?? [1000, 3000, 10000, 30000];
    const delay = delays[Math.min(this.retries, delays.length - 1)] ?? 30000;
    this.retries += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private block(state: SaveState) {
    this.blocked = true;
    clearTimeout(this.timer);
    this.set(state);
    this.settle();
  }

  private settle() {
    if (this.hasUnsaved() && !this.blocked) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private set(state: SaveState) {
    this.options.onState(state);
  }

  private persist() {
    const changes = this.unsaved();
    if (Object.keys(changes).length === 0) this.options.storage.removeItem(this.key);
    else
      this.options.storage.setItem(
        this.key,
        JSON.stringify({ baseRevision: this.baseRevision, changes } satisfies Stored),
      );
  }

  private readStored(): Stored | null {
    try {
      const raw = this.options.storage.getItem(this.key);
      if (!raw) return null;
      const parsed = Stored.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
