/**
 * Questionnaire drafts against real databases: the revision rule for two editors, taking
 * version 1 to version 2 and carrying a city's answers into the next round, and a
 * published version refusing every write path (server functions, route actions, SQL).
 */
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type AnswerValue,
  askedMeasures,
  missingAnswers,
  questionNames,
  scopeQuestionsFor,
} from "#app/domain/assessments/answers";
import { nextMeasureId, putMeasure, retireMeasure, setComparability } from "#app/domain/questionnaires/draft-edits";
import { blankMeasure, type DraftMeasure } from "#app/domain/questionnaires/drafts";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { Country } from "#app/domain/vocabulary";
import type { Actor } from "#app/server/access/permissions.server";
import { createSession } from "#app/server/access/sessions.server";
import {
  findAssessment,
  saveAnswers,
  startNextRound,
  submitAssessment,
} from "#app/server/assessments/assessments.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { latestPublishedVersion } from "#app/server/questionnaires/catalogue.server";
import { changeDraft, createDraft, discardDraft, importDraft } from "#app/server/questionnaires/drafts.server";
import { exportVersion, readUpload } from "#app/server/questionnaires/files.server";
import { publishDraft } from "#app/server/questionnaires/publish.server";
import { contentHash } from "#app/server/questionnaires/published.server";
import { loadVersion } from "#app/server/questionnaires/versions.server";
import { versionOneSource } from "#questionnaires/v1/index";
import {
  actorByEmail,
  municipalityIdByName,
  openAssessmentId,
  userIdByEmail,
} from "#tests/support/assessment-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

const v1 = QuestionnaireVersion.parse(versionOneSource);
const text = (s: string) => ({ de: `${s} (de)`, en: s, ja: `${s}（ja）` });

/** A complete new measure for a field, with texts every language has. */
function newMeasure(field: DraftMeasure["field"], title: string): DraftMeasure {
  const measure = blankMeasure("MOB-00", field);
  const scope = {
    level: "full" as const,
    basis: "Test Act § 1",
    reason: text("reason"),
    uncertain: false,
    sources: [],
  };
  return {
    ...measure,
    title: text(title),
    description: text("description"),
    example: text("example"),
    legalScope: { DE: scope, JP: scope, US: scope },
  };
}

/** Three measures a Japanese city is asked about: one to retire, one to re-scope, one to reword. */
const [retiredId, rescopedId, rewordedId] = askedMeasures(v1, "JP").map((m) => m.id);

describe.each(testDialects)("questionnaire versions on %s", (dialect) => {
  let database: TestDatabase;
  let researcher: Actor;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await prepareDatabase(database.db, { seedDemo: true });
    researcher = await actorByEmail(database.db, "researcher@demo.test");
  });
  afterEach(async () => {
    await database.destroy();
  });

  async function row(id: string) {
    return database.db.selectFrom("questionnaire_version").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  }

  /** Version 2 as the issue asks: two measures added, one retired, one legal scope changed, one reworded. */
  async function buildVersionTwo(): Promise<{ draftId: string; added: string[] }> {
    const draftId = await createDraft(database.db, researcher);
    let revision = 0;
    const added: string[] = [];
    const step = async (change: Parameters<typeof changeDraft>[4]) => {
      const outcome = await changeDraft(database.db, researcher, draftId, revision, change, { part: "test" });
      if (outcome.outcome !== "saved") throw new Error(`step failed: ${JSON.stringify(outcome)}`);
      revision = outcome.revision;
      return outcome.draft;
    };
    for (const [field, title] of [
      ["mobility", "Car-free school streets"],
      ["supply_disposal", "Heat pump advice for housing associations"],
    ] as const) {
      await step((draft, context) => {
        const id = nextMeasureId(field, draft, context.earlier);
        if (!id) return { ok: false, key: "no id" };
        added.push(id);
        return putMeasure(draft, { ...newMeasure(field, title), id }, { isNew: true });
      });
    }
    await step((draft, context) => retireMeasure(draft, retiredId ?? "", context.base));
    await step((draft) => {
      const measure = structuredClone(draft.measures.find((m) => m.id === rescopedId));
      if (!measure) return { ok: false, key: "missing" };
      measure.legalScope.JP.level = measure.legalScope.JP.level === "full" ? "partial" : "full";
      measure.legalScope.JP.basis = "地方自治法 第2条（改正後）";
      return putMeasure(draft, measure, { isNew: false, comparability: "comparable" });
    });
    await step((draft) => {
      const measure = structuredClone(draft.measures.find((m) => m.id === rewordedId));
      if (!measure) return { ok: false, key: "missing" };
      measure.title = text("A measure whose meaning changed");
      return putMeasure(draft, measure, { isNew: false });
    });
    await step((draft) => setComparability(draft, { [rewordedId ?? ""]: "not_comparable" }));
    await step((draft) => ({
      ok: true,
      draft: { ...draft, title: text("Round 2"), summary: text("Two measures added, one retired.") },
    }));
    return { draftId, added };
  }

  it("starts a draft as a copy of the newest version, without problems or changes", async () => {
    const id = await createDraft(database.db, researcher);
    const loaded = await loadVersion(database.db, id);
    expect(loaded).toMatchObject({
      status: "draft",
      revision: 0,
      versionNumber: null,
      problems: [],
      outdatedBase: null,
    });
    expect(loaded?.draft.version).toBe(2);
    expect(loaded?.changelog?.measures).toEqual({ added: [], retired: [], changed: [] });
    const audit = await database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_id", "=", id)
      .execute();
    expect(audit).toEqual([{ action: "draft_created", details: JSON.stringify({ basedOn: 1 }) }]);
  });

  it("a stale save changes nothing and gets the current content; of concurrent saves exactly one wins", async () => {
    const id = await createDraft(database.db, researcher);
    const rename = (title: string) => (draft: Parameters<Parameters<typeof changeDraft>[4]>[0]) => ({
      ok: true as const,
      draft: { ...draft, title: text(title) },
    });
    const results = await Promise.all(
      ["A", "B", "C", "D"].map((name) => changeDraft(database.db, researcher, id, 0, rename(name), { part: "meta" })),
    );
    const saved = results.filter((r) => r.outcome === "saved");
    expect(saved).toHaveLength(1);
    const winner = saved[0]?.outcome === "saved" ? saved[0].draft.title : null;
    for (const result of results.filter((r) => r.outcome !== "saved")) {
      expect(result).toMatchObject({ outcome: "conflict", revision: 1 });
      if (result.outcome === "conflict") expect(result.draft.title).toEqual(winner);
    }
    const stored = await row(id);
    expect(stored.revision).toBe(1);
    expect(JSON.parse(stored.content).title).toEqual(winner);

    // A save on the old revision later still changes nothing.
    expect(await changeDraft(database.db, researcher, id, 0, rename("late"), { part: "meta" })).toMatchObject({
      outcome: "conflict",
      revision: 1,
    });
    expect((await row(id)).content).toBe(stored.content);
  });

  it("takes version 1 to version 2, and a demo city's next round carries over correctly", async () => {
    // A Japanese demo city submits its round on version 1.
    const cityId = await municipalityIdByName(database.db, "みどり野市");
    const respondent = await actorByEmail(database.db, "jp.city@demo.test");
    const roundId = await openAssessmentId(database.db, cityId);
    const before = await findAssessment(database.db, respondent, roundId);
    if (!before) throw new Error("no round");
    const changes = completeAnswers(v1, "JP", before.answers);
    for (const id of [retiredId, rescopedId, rewordedId]) changes[questionNames.comment(id ?? "")] = `About ${id}`;
    expect(
      await saveAnswers(database.db, respondent, roundId, { baseRevision: before.revision, changes }),
    ).toMatchObject({ outcome: "saved" });
    expect(await submitAssessment(database.db, respondent, roundId)).toMatchObject({ outcome: "submitted" });
    const submitted = await findAssessment(database.db, respondent, roundId);
    if (!submitted) throw new Error("no round");

    const { draftId, added } = await buildVersionTwo();
    const draft = await loadVersion(database.db, draftId);
    expect(draft?.problems).toEqual([]);
    expect(draft?.changelog?.measures).toEqual({
      added: [...added].sort(),
      retired: [retiredId],
      changed: [
        { id: rescopedId, parts: ["legalScope.JP"], comparability: "comparable" },
        { id: rewordedId, parts: ["title"], comparability: "not_comparable" },
      ].sort((a, b) => ((a.id ?? "") < (b.id ?? "") ? -1 : 1)),
    });

    const published = await publishDraft(database.db, researcher, draftId, draft?.revision ?? -1);
    expect(published).toMatchObject({ outcome: "published", versionNumber: 2 });
    const stored = await row(draftId);
    const version = QuestionnaireVersion.parse(JSON.parse(stored.content));
    expect(stored).toMatchObject({ status: "published", version_number: 2, published_by: researcher.userId });
    expect(stored.content_hash).toBe(contentHash(version));
    expect(version.version).toBe(2);
    expect(version.retired).toEqual([retiredId]);
    expect(version.comparability).toEqual({ [rescopedId ?? ""]: "comparable", [rewordedId ?? ""]: "not_comparable" });
    expect(JSON.parse(stored.changelog ?? "null")).toMatchObject({ from: 1, to: 2 });
    // Version 1 is untouched, its hash still the pinned one.
    expect((await row("v1")).content_hash).toBe(contentHash(v1));
    // The catalogue shows the new version.
    expect((await latestPublishedVersion(database.db))?.version.version).toBe(2);

    const started = await startNextRound(database.db, respondent, cityId);
    if (started.outcome !== "started") throw new Error(`no next round: ${started.outcome}`);
    const next = await findAssessment(database.db, respondent, started.id);
    expect(next).toMatchObject({ versionId: draftId, reportingYear: submitted.reportingYear + 1 });
    const answers = next?.answers ?? {};
    const marks = next?.carryOver;
    // Retired: its answers are dropped.
    expect(Object.keys(answers).filter((n) => n.startsWith(questionNames.measureKey(retiredId ?? "")))).toEqual([]);
    // Legal scope changed, comparable: carried over, to confirm.
    expect(answers[questionNames.status(rescopedId ?? "")]).toBe(
      submitted.answers[questionNames.status(rescopedId ?? "")],
    );
    expect(marks?.carried).toContain(questionNames.status(rescopedId ?? ""));
    // Reworded, not comparable: asked again with the earlier answer shown.
    expect(answers[questionNames.status(rewordedId ?? "")]).toBeUndefined();
    expect(marks?.changed[questionNames.status(rewordedId ?? "")]).toBe(
      submitted.answers[questionNames.status(rewordedId ?? "")],
    );
    expect(marks?.changed[questionNames.comment(rewordedId ?? "")]).toBe(`About ${rewordedId}`);
    // New measures start empty and are still to answer.
    for (const id of added) expect(answers[questionNames.status(id)]).toBeUndefined();
    const missing = missingAnswers(version, "JP", answers);
    expect(missing).toEqual(expect.arrayContaining(added.map((id) => questionNames.status(id))));
    // Everything else came over unchanged.
    const untouched = Object.keys(submitted.answers).filter(
      (n) => ![retiredId, rewordedId].some((id) => n.startsWith(`${questionNames.measureKey(id ?? "")}_`)),
    );
    for (const name of untouched) expect(answers[name]).toEqual(submitted.answers[name]);
  });

  it("refuses to publish a draft with problems, undecided changes, no changes, or a stale base", async () => {
    const id = await createDraft(database.db, researcher);
    expect(await publishDraft(database.db, researcher, id, 0)).toEqual({ outcome: "unchanged" });
    expect(await publishDraft(database.db, researcher, id, 7)).toEqual({ outcome: "conflict", revision: 0 });

    const changed = await changeDraft(
      database.db,
      researcher,
      id,
      0,
      (draft) => {
        const measure = structuredClone(draft.measures[0]);
        if (!measure) return { ok: false, key: "none" };
        measure.title.ja = "";
        return putMeasure(draft, measure, { isNew: false });
      },
      { part: "measure" },
    );
    expect(changed.outcome).toBe("saved");
    const invalid = await publishDraft(database.db, researcher, id, 1);
    expect(invalid).toMatchObject({ outcome: "invalid", problems: [{ path: "measures.0.title.ja" }] });

    await changeDraft(
      database.db,
      researcher,
      id,
      1,
      (draft) => {
        const measure = structuredClone(draft.measures[0]);
        if (!measure) return { ok: false, key: "none" };
        measure.title.ja = "新しい名称";
        return putMeasure(draft, measure, { isNew: false });
      },
      { part: "measure" },
    );
    expect(await publishDraft(database.db, researcher, id, 2)).toEqual({
      outcome: "undecided",
      items: [v1.measures[0]?.id],
    });

    // Another draft is published first: this one is now behind.
    const { draftId: other } = await buildVersionTwo();
    const otherRevision = (await row(other)).revision;
    expect(await publishDraft(database.db, researcher, other, otherRevision)).toMatchObject({ outcome: "published" });
    expect(await publishDraft(database.db, researcher, id, 2)).toEqual({ outcome: "outdated", latest: 2 });
    expect((await row(id)).status).toBe("draft");
  });

  it("a published version refuses every write path: server functions, route actions and SQL", async () => {
    const { draftId } = await buildVersionTwo();
    const revision = (await row(draftId)).revision;
    expect(await publishDraft(database.db, researcher, draftId, revision)).toMatchObject({ outcome: "published" });
    const frozen = { v1: await row("v1"), v2: await row(draftId) };

    for (const id of ["v1", draftId]) {
      const current = (await row(id)).revision;
      // Server functions.
      expect(
        await changeDraft(database.db, researcher, id, current, (d) => ({ ok: true, draft: d }), { part: "test" }),
      ).toEqual({ outcome: "published" });
      expect(await discardDraft(database.db, researcher, id, current)).toBe("published");
      expect(await publishDraft(database.db, researcher, id, current)).toEqual({ outcome: "already_published" });
      // The database itself: a trigger refuses any update or delete of a published row.
      await expect(
        database.db.updateTable("questionnaire_version").set({ content: "{}" }).where("id", "=", id).execute(),
      ).rejects.toThrow(/published questionnaire version cannot be changed/);
      await expect(
        database.db.updateTable("questionnaire_version").set({ status: "draft" }).where("id", "=", id).execute(),
      ).rejects.toThrow(/published questionnaire version cannot be changed/);
      await expect(sql`delete from questionnaire_version where id = ${id}`.execute(database.db)).rejects.toThrow(
        /cannot be changed|foreign key|violates/i,
      );
    }

    // The route actions, as a signed-in researcher posts them.
    const routes = await routeModules(database.url);
    try {
      const cookie = await sessionCookieFor("researcher@demo.test");
      for (const id of ["v1", draftId]) {
        const measureId = v1.measures[1]?.id ?? "";
        const questionId = v1.scopeQuestions[0]?.id ?? "";
        const posts: Array<
          [string, { action: (args: never) => unknown }, Record<string, string>, Record<string, string>]
        > = [
          [`/research/questionnaires/${id}`, routes.overview, { id }, { intent: "retire", item: measureId }],
          [`/research/questionnaires/${id}`, routes.overview, { id }, { intent: "discard" }],
          [
            `/research/questionnaires/${id}/measures/${measureId}`,
            routes.measure,
            { id, measureId },
            { intent: "save" },
          ],
          [
            `/research/questionnaires/${id}/measures/${measureId}`,
            routes.measure,
            { id, measureId },
            { intent: "retire" },
          ],
          [
            `/research/questionnaires/${id}/scope-questions/${questionId}`,
            routes.question,
            { id, questionId },
            { intent: "save" },
          ],
          [`/research/questionnaires/${id}/settings`, routes.settings, { id }, { intent: "meta", "title.en": "x" }],
          [`/research/questionnaires/${id}/settings`, routes.settings, { id }, { intent: "scoring" }],
          [`/research/questionnaires/${id}/publish`, routes.publish, { id }, { intent: "decide" }],
          [`/research/questionnaires/${id}/publish`, routes.publish, { id }, { intent: "publish" }],
        ];
        for (const [path, route, params, fields] of posts) {
          const form = new FormData();
          form.set("revision", String((await row(id)).revision));
          for (const [name, value] of Object.entries(fields)) form.set(name, value);
          const request = new Request(`http://localhost${path}`, {
            method: "POST",
            headers: { Cookie: cookie },
            body: form,
          });
          const status = await statusOf(() => route.action({ request, params, context: {} } as never));
          expect(status, `${path} ${fields.intent}`).toBe(409);
        }
        // New measures and questions do not exist for a published version.
        const request = new Request(`http://localhost/research/questionnaires/${id}/measures/new?field=mobility`, {
          method: "POST",
          headers: { Cookie: cookie },
          body: new FormData(),
        });
        expect(
          await statusOf(() =>
            routes.measure.action({ request, params: { id, measureId: "new" }, context: {} } as never),
          ),
        ).toBe(409);
      }
      // The same action on a draft does change it (so the refusals above are real).
      const draft = await createDraft(database.db, researcher);
      const form = new FormData();
      form.set("revision", "0");
      form.set("intent", "retire");
      form.set("item", v1.measures[1]?.id ?? "");
      const request = new Request(`http://localhost/research/questionnaires/${draft}`, {
        method: "POST",
        headers: { Cookie: cookie },
        body: form,
      });
      expect(
        await statusOf(() => routes.overview.action({ request, params: { id: draft }, context: {} } as never)),
      ).toBe(200);
      expect((await row(draft)).revision).toBe(1);
      // Someone without the researcher role gets a 404, whatever the version.
      const respondentCookie = await sessionCookieFor("de.city@demo.test");
      const denied = new Request(`http://localhost/research/questionnaires/${draft}`, {
        method: "POST",
        headers: { Cookie: respondentCookie },
        body: form,
      });
      expect(
        await statusOf(() => routes.overview.action({ request: denied, params: { id: draft }, context: {} } as never)),
      ).toBe(404);
    } finally {
      await routes.close();
    }

    expect(await row("v1")).toEqual(frozen.v1);
    expect(await row(draftId)).toEqual(frozen.v2);
  });

  it("a draft can be discarded, a discarded draft is gone", async () => {
    const id = await createDraft(database.db, researcher);
    expect(await discardDraft(database.db, researcher, id, 3)).toBe("conflict");
    expect(await discardDraft(database.db, researcher, id, 0)).toBe("discarded");
    expect(await loadVersion(database.db, id)).toBeNull();
  });

  it("exports a published version as its source folder and imports it back as a draft", async () => {
    const { draftId } = await buildVersionTwo();
    await publishDraft(database.db, researcher, draftId, (await row(draftId)).revision);
    const published = await loadVersion(database.db, draftId);
    if (!published) throw new Error("not found");
    for (const format of ["zip", "json"] as const) {
      const download = exportVersion(published, format);
      const bytes = typeof download.body === "string" ? new TextEncoder().encode(download.body) : download.body;
      const upload = readUpload(bytes);
      if (!upload.ok) throw new Error(upload.key);
      const imported = await importDraft(database.db, researcher, upload.source, download.fileName);
      if (imported.outcome !== "imported") throw new Error("not imported");
      const draft = await loadVersion(database.db, imported.id);
      // The same content as version 2, as the next version (3), with nothing changed against it.
      expect(draft?.draft.version).toBe(3);
      expect(draft?.changelog?.measures).toEqual({ added: [], retired: [], changed: [] });
      const { version: _, comparability: __, ...content } = published.draft;
      const { version: ___, comparability: ____, ...again } = draft?.draft ?? published.draft;
      expect(again).toEqual(content);
    }
    const garbage = await importDraft(database.db, researcher, { measures: "no" }, "x.json");
    expect(garbage.outcome).toBe("invalid");
    const audit = await database.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", ["draft_imported", "questionnaire_published"])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["draft_imported", "draft_imported", "questionnaire_published"]);
  });

  async function sessionCookieFor(email: string): Promise<string> {
    const userId = await userIdByEmail(database.db, email);
    const setCookie = await createSession(database.db, userId, new Request("http://localhost/login"));
    return setCookie.split(";")[0] ?? "";
  }
});

/** Every answer submitting needs, on top of the answers there are. */
function completeAnswers(
  version: QuestionnaireVersion,
  country: Country,
  existing: Readonly<Record<string, AnswerValue>>,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = { ...existing };
  for (let round = 0; round < 3; round++) {
    const missing = missingAnswers(version, country, answers);
    if (missing.length === 0) return answers;
    for (const name of missing) answers[name] = sensibleValue(version, country, name);
  }
  throw new Error("answers stay incomplete");
}

function sensibleValue(version: QuestionnaireVersion, country: Country, name: string): AnswerValue {
  const fixed: Record<string, AnswerValue> = {
    [questionNames.population]: 120_000,
    [questionNames.climateStaff]: 2,
    [questionNames.climatePlan]: "adopted",
    [questionNames.targetType]: "reduction",
    [questionNames.targetYear]: 2050,
    [questionNames.baseYear]: 2013,
    [questionNames.targetReduction]: 46,
  };
  if (name in fixed) return fixed[name] as AnswerValue;
  const scope = scopeQuestionsFor(version, country).find((q) => questionNames.scope(q.id) === name);
  const first = scope?.options[0]?.value;
  if (first !== undefined) return first;
  if (name.endsWith("_status")) return "in_progress";
  throw new Error(`no sensible value for ${name}`);
}

/** The route modules, loaded against this test's database (the app opens its own handle from DATABASE_URL). */
async function routeModules(url: string) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  process.env.SEED_DEMO = "false";
  vi.resetModules();
  const dbModule = await import("#app/server/core/db.server");
  const modules = {
    overview: await import("#app/routes/research.questionnaires_.$id"),
    measure: await import("#app/routes/research.questionnaires_.$id_.measures.$measureId"),
    question: await import("#app/routes/research.questionnaires_.$id_.scope-questions.$questionId"),
    settings: await import("#app/routes/research.questionnaires_.$id_.settings"),
    publish: await import("#app/routes/research.questionnaires_.$id_.publish"),
  };
  return {
    ...modules,
    async close() {
      await (await dbModule.databaseHandle()).db.destroy();
      process.env.DATABASE_URL = previous;
      delete process.env.SEED_DEMO;
      vi.resetModules();
    },
  };
}

/** The HTTP status of a route action's answer, returned or thrown. */
async function statusOf(run: () => unknown): Promise<number> {
  try {
    const result = await run();
    if (result instanceof Response) return result.status;
    const init = (result as { init?: { status?: number } } | null)?.init;
    return init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}
