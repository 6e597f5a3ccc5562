/**
 * The questionnaire save path against real databases: concurrent saves with the
 * revision check, validation, tenancy, submitting, reopening and the next round.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type AnswerValue,
  answerLimits,
  askedMeasures,
  missingAnswers,
  questionNames,
  scopeQuestionsFor,
} from "#app/domain/assessments/answers";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Country } from "#app/domain/vocabulary";
import type { Actor } from "#app/server/access/permissions.server";
import {
  findAssessment,
  reopenAssessment,
  type SaveResult,
  saveAnswers,
  startNextRound,
  submitAssessment,
} from "#app/server/assessments/assessments.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import {
  actorByEmail,
  createRespondent,
  municipalityIdByName,
  openAssessmentId,
} from "#tests/support/assessment-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

/** What a value for every required question could sensibly be. */
function sensibleValue(version: QuestionnaireVersion, country: Country, name: string): AnswerValue {
  switch (name) {
    case questionNames.population:
      return 248_300;
    case questionNames.climateStaff:
      return 3.5;
    case questionNames.climatePlan:
      return "adopted";
    case questionNames.targetType:
      return "reduction";
    case questionNames.targetYear:
      return 2045;
    case questionNames.baseYear:
      return 1990;
    case questionNames.targetReduction:
      return 65;
  }
  const scope = scopeQuestionsFor(version, country).find((q) => questionNames.scope(q.id) === name);
  const first = scope?.options[0]?.value;
  if (first !== undefined) return first;
  if (name.endsWith("_status")) return "planned";
  throw new Error(`no sensible value for ${name}`);
}

/** Every answer submitting needs, filled until nothing is missing (a target asks for more). */
function completeAnswers(version: QuestionnaireVersion, country: Country): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (let round = 0; round < 3; round++) {
    const missing = missingAnswers(version, country, answers);
    if (missing.length === 0) return answers;
    for (const name of missing) answers[name] = sensibleValue(version, country, name);
  }
  throw new Error("answers stay incomplete");
}

type Outcome = SaveResult | { outcome: "exception"; error: string };

interface SaveRecord {
  editor: string;
  question: string;
  text: string;
  base: number;
  result: Outcome;
}

/** An editor remembers the newest revision any of its answers told it about. */
interface Editor {
  name: string;
  actor: Actor;
  lastSeen: number;
}

describe.each(testDialects)("assessments on %s", (dialect) => {
  let database: TestDatabase;
  let klimhausenId: string;
  let assessmentId: string;
  let respondent: Actor;
  let secondRespondent: Actor;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await prepareDatabase(database.db, { seedDemo: true });
    klimhausenId = await municipalityIdByName(database.db, "Klimhausen");
    assessmentId = await openAssessmentId(database.db, klimhausenId);
    // The demo gives Klimhausen a submitted round 2025 carried into 2026; these tests start from a first, empty round.
    await database.db
      .deleteFrom("assessment")
      .where("municipality_id", "=", klimhausenId)
      .where("id", "<>", assessmentId)
      .execute();
    await database.db
      .updateTable("assessment")
      .set({ answers: "{}", carry_over: null })
      .where("id", "=", assessmentId)
      .execute();
    respondent = await actorByEmail(database.db, "de.city@demo.test");
    const second = await createRespondent(database.db, {
      municipalityId: klimhausenId,
      email: "second.editor@klimhausen.test",
    });
    secondRespondent = await actorByEmail(database.db, second.email);
  });
  afterEach(async () => {
    await database.destroy();
  });

  const actor = (email: string) => actorByEmail(database.db, email);

  async function storedRow() {
    return database.db
      .selectFrom("assessment")
      .select(["answers", "revision", "status", "updated_at", "submitted_at", "carry_over"])
      .where("id", "=", assessmentId)
      .executeTakeFirstOrThrow();
  }

  async function loaded(as: Actor = respondent) {
    const assessment = await findAssessment(database.db, as, assessmentId);
    if (!assessment) throw new Error("the assessment is not readable");
    return assessment;
  }

  /** Fifty distinct questions, so that every acknowledged change must survive to the end. */
  async function commentQuestions(count: number): Promise<string[]> {
    const { version } = await loaded();
    const names = askedMeasures(version, "DE").map((m) => questionNames.comment(m.id));
    expect(names.length).toBeGreaterThanOrEqual(count);
    return names.slice(0, count);
  }

  async function editorSave(editor: Editor, question: string): Promise<SaveRecord> {
    const base = editor.lastSeen;
    const text = `${editor.name}: ${question} on top of revision ${base}`;
    let result: Outcome;
    try {
      result = await saveAnswers(database.db, editor.actor, assessmentId, {
        baseRevision: base,
        changes: { [question]: text },
      });
    } catch (error) {
      result = { outcome: "exception", error: String(error) };
    }
    if (result.outcome === "saved" || result.outcome === "conflict") {
      editor.lastSeen = Math.max(editor.lastSeen, result.revision);
    }
    return { editor: editor.name, question, text, base, result };
  }

  /** The invariants of the revision check over a finished history of saves. */
  async function expectConsistentHistory(records: readonly SaveRecord[], total: number) {
    expect(records).toHaveLength(total);
    for (const record of records) {
      expect(["saved", "conflict"], `${record.editor} ${record.question}: ${JSON.stringify(record.result)}`).toContain(
        record.result.outcome,
      );
    }
    const saved = records.filter((r) => r.result.outcome === "saved");
    const conflicts = records.filter((r) => r.result.outcome === "conflict");
    expect(saved.length).toBeGreaterThan(0);

    // An acknowledged save was based on the then current revision and made the next one.
    const revisionOf = (r: SaveRecord) => ("revision" in r.result ? r.result.revision : Number.NaN);
    for (const record of saved) expect(revisionOf(record)).toBe(record.base + 1);
    // Of all saves on the same base revision at most one wins: the rest were stale.
    const savedRevisions = saved.map(revisionOf).sort((a, b) => a - b);
    expect(savedRevisions).toEqual(Array.from({ length: saved.length }, (_, i) => i + 1));

    // A stale save is told the newer revision and the answers as they are at it.
    const answersAt = (revision: number) =>
      Object.fromEntries(saved.filter((r) => revisionOf(r) <= revision).map((r) => [r.question, r.text]));
    for (const record of conflicts) {
      if (record.result.outcome !== "conflict") continue;
      expect(record.result.revision).toBeGreaterThan(record.base);
      expect(record.result.answers).toEqual(answersAt(record.result.revision));
    }

    // Every acknowledged change is stored; nothing of a stale save is.
    const row = await storedRow();
    const stored = JSON.parse(row.answers) as Record<string, AnswerValue>;
    expect(stored).toEqual(Object.fromEntries(saved.map((r) => [r.question, r.text])));
    for (const record of conflicts) expect(stored).not.toHaveProperty(record.question);
    expect(row.revision).toBe(saved.length);

    // The audit trail names each acknowledged save once, with its revision and question.
    const audited = await database.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "answers_saved")
      .where("subject_id", "=", assessmentId)
      .execute();
    const trail = audited
      .map((a) => JSON.parse(a.details ?? "{}") as { revision: number; questions: string[] })
      .sort((a, b) => a.revision - b.revision);
    expect(trail).toEqual(
      [...saved]
        .sort((a, b) => revisionOf(a) - revisionOf(b))
        .map((r) => ({ revision: revisionOf(r), questions: [r.question] })),
    );
    return { saved: saved.length, conflicts: conflicts.length };
  }

  it("50 concurrent saves from two editors in waves: each acknowledged change is kept, each stale one refused", async () => {
    const questions = await commentQuestions(50);
    const editors: Editor[] = [
      { name: "A", actor: respondent, lastSeen: 0 },
      { name: "B", actor: secondRespondent, lastSeen: 0 },
    ];
    const records: SaveRecord[] = [];
    // Waves of 2, 3, 4 and 1 saves fired at once, the editors taking turns; within a
    // wave every save of an editor is based on the revision that editor last saw.
    const waveSizes = [2, 3, 4, 1];
    let next = 0;
    for (let wave = 0; next < questions.length; wave++) {
      const size = Math.min(waveSizes[wave % waveSizes.length] ?? 1, questions.length - next);
      const batch = questions.slice(next, next + size).map((question, i) => {
        const editor = editors[(next + i) % editors.length];
        if (!editor) throw new Error("no editor");
        return { editor, question };
      });
      next += size;
      // Both editors' bases are fixed before any save of the wave runs.
      const pending = batch.map(({ editor, question }) => editorSave(editor, question));
      records.push(...(await Promise.all(pending)));
    }
    const { saved, conflicts } = await expectConsistentHistory(records, 50);
    // Every wave of two or more on one base revision has exactly one winner.
    expect(conflicts).toBeGreaterThan(0);
    expect(saved + conflicts).toBe(50);
  });

  it("50 saves from two editors in interleaved chains: each acknowledged change is kept, each stale one refused", async () => {
    const questions = await commentQuestions(50);
    const editors: Editor[] = [
      { name: "A", actor: respondent, lastSeen: 0 },
      { name: "B", actor: secondRespondent, lastSeen: 0 },
    ];
    const chain = async (editor: Editor, own: readonly string[]) => {
      const out: SaveRecord[] = [];
      for (const question of own) out.push(await editorSave(editor, question));
      return out;
    };
    const [first, second] = editors;
    if (!first || !second) throw new Error("no editors");
    const results = await Promise.all([
      chain(
        first,
        questions.filter((_, i) => i % 2 === 0),
      ),
      chain(
        second,
        questions.filter((_, i) => i % 2 === 1),
      ),
    ]);
    await expectConsistentHistory(results.flat(), 50);
  });

  describe("validation: nothing of an invalid save is stored", () => {
    const cases: ReadonlyArray<{ name: string; question: string; value: unknown; message: string }> = [
      {
        name: "unknown question id",
        question: "MOB_99_status",
        value: "planned",
        message: "validation.unknownQuestion",
      },
      { name: "wrong type", question: questionNames.population, value: "many", message: "validation.answerNumber" },
      {
        name: "out-of-range year",
        question: questionNames.year("MOB-01"),
        value: 1800,
        message: "validation.answerYear",
      },
      {
        name: "oversized comment",
        question: questionNames.comment("MOB-01"),
        value: "x".repeat(answerLimits.commentLength + 1),
        message: "validation.answerTooLong",
      },
      {
        name: "non-existent status",
        question: questionNames.status("MOB-01"),
        value: "done",
        message: "validation.answerChoice",
      },
    ];

    it.each(cases)("$name → invalid, naming the question", async ({ question, value, message }) => {
      const first = await saveAnswers(database.db, respondent, assessmentId, {
        baseRevision: 0,
        changes: { [questionNames.population]: 248_300 },
      });
      expect(first).toMatchObject({ outcome: "saved", revision: 1 });
      const before = await storedRow();

      const result = await saveAnswers(database.db, respondent, assessmentId, {
        baseRevision: 1,
        // A valid change next to the invalid one is not stored either.
        changes: { [questionNames.climatePlan]: "adopted", [question]: value },
      });
      expect(result).toEqual({ outcome: "invalid", problems: [{ question, message }] });
      expect(await storedRow()).toEqual(before);
      expect(JSON.parse(before.answers)).toEqual({ [questionNames.population]: 248_300 });
    });
  });

  describe("tenancy", () => {
    it("a respondent of another municipality neither reads nor saves Klimhausen's assessment", async () => {
      const before = await storedRow();
      const other = await actor("jp.city@demo.test");
      expect(await findAssessment(database.db, other, assessmentId)).toBeNull();
      expect(
        await saveAnswers(database.db, other, assessmentId, {
          baseRevision: 0,
          changes: { [questionNames.population]: 1 },
        }),
      ).toEqual({ outcome: "not_found" });
      expect(await submitAssessment(database.db, other, assessmentId)).toEqual({ outcome: "not_found" });
      expect(await startNextRound(database.db, other, klimhausenId)).toEqual({ outcome: "not_found" });
      expect(await storedRow()).toEqual(before);
    });

    it("a researcher reads but does not save", async () => {
      const before = await storedRow();
      const researcher = await actor("researcher@demo.test");
      const seen = await findAssessment(database.db, researcher, assessmentId);
      expect(seen).toMatchObject({ id: assessmentId, editable: false });
      expect(
        await saveAnswers(database.db, researcher, assessmentId, {
          baseRevision: 0,
          changes: { [questionNames.population]: 1 },
        }),
      ).toEqual({ outcome: "forbidden" });
      expect(await submitAssessment(database.db, researcher, assessmentId)).toEqual({ outcome: "forbidden" });
      expect(await storedRow()).toEqual(before);
    });

    it("a workshop participant does not even read", async () => {
      const before = await storedRow();
      const participant = await actor("participant@demo.test");
      expect(await findAssessment(database.db, participant, assessmentId)).toBeNull();
      expect(
        await saveAnswers(database.db, participant, assessmentId, {
          baseRevision: 0,
          changes: { [questionNames.population]: 1 },
        }),
      ).toEqual({ outcome: "not_found" });
      expect(await storedRow()).toEqual(before);
    });

    it("an unknown id is not found for anyone", async () => {
      const researcher = await actor("researcher@demo.test");
      expect(await findAssessment(database.db, researcher, "no-such-assessment")).toBeNull();
      expect(
        await saveAnswers(database.db, respondent, "no-such-assessment", { baseRevision: 0, changes: {} }),
      ).toEqual({ outcome: "not_found" });
    });
  });

  describe("submitting, reopening and the next round", () => {
    async function fillEverything(): Promise<Record<string, AnswerValue>> {
      const { version, revision } = await loaded();
      const answers = completeAnswers(version, "DE");
      const saved = await saveAnswers(database.db, respondent, assessmentId, {
        baseRevision: revision,
        changes: answers,
      });
      expect(saved).toMatchObject({ outcome: "saved", revision: revision + 1 });
      return answers;
    }

    it("an incomplete assessment is not submitted and names what is missing", async () => {
      const { version } = await loaded();
      const required = missingAnswers(version, "DE", {});
      expect(required).toContain(questionNames.population);
      expect(required).toContain(questionNames.status("MOB-01"));
      expect(await submitAssessment(database.db, respondent, assessmentId)).toEqual({
        outcome: "incomplete",
        missing: required,
      });

      // A reduction target asks for its years and size as well.
      await saveAnswers(database.db, respondent, assessmentId, {
        baseRevision: 0,
        changes: { [questionNames.population]: 248_300, [questionNames.targetType]: "reduction" },
      });
      const result = await submitAssessment(database.db, respondent, assessmentId);
      expect(result.outcome).toBe("incomplete");
      const missing = result.outcome === "incomplete" ? result.missing : [];
      expect(missing).not.toContain(questionNames.population);
      expect(missing).toEqual(
        expect.arrayContaining([questionNames.targetYear, questionNames.baseYear, questionNames.targetReduction]),
      );
      expect((await storedRow()).status).toBe("in_progress");
    });

    it("submits a complete assessment once, locks it, and a researcher reopens it with an audited reason", async () => {
      await fillEverything();
      const before = await storedRow();
      const submitted = await submitAssessment(database.db, respondent, assessmentId);
      expect(submitted).toMatchObject({ outcome: "submitted", revision: before.revision + 1 });
      if (submitted.outcome !== "submitted") throw new Error("not submitted");

      // Submitting again is harmless: the same moment, the same revision.
      expect(await submitAssessment(database.db, secondRespondent, assessmentId)).toEqual(submitted);
      const locked = await storedRow();
      expect(locked).toMatchObject({ status: "submitted", submitted_at: submitted.submittedAt });
      expect(await loaded()).toMatchObject({ status: "submitted", editable: false });

      // A save after submitting changes nothing.
      expect(
        await saveAnswers(database.db, respondent, assessmentId, {
          baseRevision: locked.revision,
          changes: { [questionNames.population]: 1 },
        }),
      ).toEqual({ outcome: "submitted" });
      expect(await storedRow()).toEqual(locked);

      // Respondents do not reopen; a researcher does, for the record.
      expect(await reopenAssessment(database.db, respondent, assessmentId, "typo")).toBe(false);
      expect(await storedRow()).toEqual(locked);
      const researcher = await actor("researcher@demo.test");
      const reason = "The population figure was from the wrong year.";
      expect(await reopenAssessment(database.db, researcher, assessmentId, reason)).toBe(true);
      expect(await storedRow()).toMatchObject({
        status: "in_progress",
        submitted_at: null,
        revision: locked.revision + 1,
        answers: locked.answers,
      });
      const audited = await database.db
        .selectFrom("audit_log")
        .select(["actor_user_id", "subject_type", "details"])
        .where("action", "=", "assessment_reopened")
        .where("subject_id", "=", assessmentId)
        .execute();
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({ actor_user_id: researcher.userId, subject_type: "assessment" });
      expect(JSON.parse(audited[0]?.details ?? "null")).toEqual({ reason });
      // Reopening what is not submitted does nothing.
      expect(await reopenAssessment(database.db, researcher, assessmentId, reason)).toBe(false);

      // Editable again, on top of the new revision.
      expect(await loaded()).toMatchObject({ status: "in_progress", editable: true });
      expect(
        await saveAnswers(database.db, respondent, assessmentId, {
          baseRevision: locked.revision + 1,
          changes: { [questionNames.population]: 250_000 },
        }),
      ).toMatchObject({ outcome: "saved", revision: locked.revision + 2 });
    });

    it("starts the next round after submitting, carrying every answer over, and only once", async () => {
      expect(await startNextRound(database.db, respondent, klimhausenId)).toEqual({
        outcome: "round_in_progress",
        id: assessmentId,
      });
      const answers = await fillEverything();
      expect(await submitAssessment(database.db, respondent, assessmentId)).toMatchObject({ outcome: "submitted" });
      const previous = await loaded();

      const researcher = await actor("researcher@demo.test");
      expect(await startNextRound(database.db, researcher, klimhausenId)).toEqual({ outcome: "not_found" });

      const started = await startNextRound(database.db, respondent, klimhausenId);
      expect(started.outcome).toBe("started");
      if (started.outcome !== "started") throw new Error("no next round");
      const next = await findAssessment(database.db, secondRespondent, started.id);
      expect(next).toMatchObject({
        municipality: { id: klimhausenId },
        versionId: previous.versionId,
        reportingYear: previous.reportingYear + 1,
        status: "in_progress",
        revision: 0,
        submittedAt: null,
        editable: true,
      });
      expect(next?.answers).toEqual(answers);
      expect(next?.carryOver).toEqual({
        fromYear: previous.reportingYear,
        carried: Object.keys(answers).sort(),
        changed: {},
      });
      // The old round stays as it was.
      expect(await loaded()).toMatchObject({ status: "submitted", answers });

      expect(await startNextRound(database.db, respondent, klimhausenId)).toEqual({
        outcome: "round_in_progress",
        id: started.id,
      });
      const rounds = await database.db
        .selectFrom("assessment")
        .select("reporting_year")
        .where("municipality_id", "=", klimhausenId)
        .orderBy("reporting_year")
        .execute();
      expect(rounds.map((r) => r.reporting_year)).toEqual([previous.reportingYear, previous.reportingYear + 1]);

      // Touching a carried answer confirms it: its mark goes.
      const confirmed = await saveAnswers(database.db, respondent, started.id, {
        baseRevision: 0,
        changes: { [questionNames.population]: 249_000 },
      });
      expect(confirmed).toMatchObject({ outcome: "saved", revision: 1 });
      const after = await findAssessment(database.db, respondent, started.id);
      expect(after?.carryOver?.carried).not.toContain(questionNames.population);
      expect(after?.carryOver?.carried).toHaveLength(Object.keys(answers).length - 1);
    });

    it("two clicks on 'start next round' at once start one round, and the other finds it", async () => {
      await fillEverything();
      await submitAssessment(database.db, respondent, assessmentId);
      const [a, b] = await Promise.all([
        startNextRound(database.db, respondent, klimhausenId),
        startNextRound(database.db, secondRespondent, klimhausenId),
      ]);
      const outcomes = [a.outcome, b.outcome].sort();
      expect(outcomes).toEqual(["round_in_progress", "started"]);
      expect("id" in a && "id" in b && a.id === b.id).toBe(true);
    });

    it("a submit that races a save is checked again, never reported incomplete with nothing missing", async () => {
      await fillEverything();
      const current = await loaded();
      const [, submitted] = await Promise.all([
        saveAnswers(database.db, respondent, assessmentId, {
          baseRevision: current.revision,
          changes: { [questionNames.population]: 250_000 },
        }),
        submitAssessment(database.db, respondent, assessmentId),
      ]);
      expect(submitted.outcome).toBe("submitted");
    });

    it("a researcher cannot reopen a round once a newer round exists", async () => {
      await fillEverything();
      await submitAssessment(database.db, respondent, assessmentId);
      await startNextRound(database.db, respondent, klimhausenId);
      const researcher = await actor("researcher@demo.test");
      expect(await reopenAssessment(database.db, researcher, assessmentId, "late correction")).toBe(false);
      expect(await loaded()).toMatchObject({ status: "submitted" });
    });
  });
});
