/**
 * The research workspace against real databases: exports (CSV with byte order mark,
 * XLSX opened again with exceljs, neutralised formula text, the questionnaire version
 * on every row, the codebook), who may download (researchers and admins only), the
 * JSON list endpoints with filters and paging, reopening from the submissions list,
 * and the analysis counted in SQL on both dialects.
 */
import ExcelJS from "exceljs";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { questionNames } from "#app/domain/assessments/answers";
import { parseCsv, utf8Bom } from "#app/domain/balances/csv";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { loader as assessmentsLoader } from "#app/routes/api.v1.assessments";
import { loader as municipalitiesLoader } from "#app/routes/api.v1.municipalities";
import { loader as municipalityLoader } from "#app/routes/api.v1.municipalities.$id";
import { loader as questionnairesLoader } from "#app/routes/api.v1.questionnaires";
import { loader as questionnaireLoader } from "#app/routes/api.v1.questionnaires.$id";
import { loader as analysisLoader } from "#app/routes/research.analysis";
import { loader as codebookLoader } from "#app/routes/research.exports_.codebook";
import { loader as downloadLoader } from "#app/routes/research.exports_.download";
import { action as submissionsAction, loader as submissionsLoader } from "#app/routes/research.submissions";
import { loader as tokensLoader } from "#app/routes/research.tokens";
import type { Actor } from "#app/server/access/permissions.server";
import { analyseRound } from "#app/server/research/analysis.server";
import type { Database } from "#db/schema";
import { versionOneSource } from "#questionnaires/v1/index";
import { actorByEmail, municipalityIdByName } from "#tests/support/assessment-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";
import {
  callRoute,
  completeAnswers,
  createMunicipalityWithAnswers,
  prepareWithDemo,
  sessionCookieFor,
} from "#tests/support/research-fixtures";

const current = vi.hoisted(() => ({ db: undefined as Kysely<Database> | undefined }));

// See api-tokens.test.ts: db() answers with this test's database; the real module is not loaded.
vi.mock("#app/server/core/db.server", () => ({
  db: async () => {
    if (!current.db) throw new Error("no test database");
    return current.db;
  },
}));

const version = QuestionnaireVersion.parse(versionOneSource);
const base = "http://localhost";
const formulaComment = '=HYPERLINK("http://evil.example","click")';
const formulaName = "@Formelstadt";
const testYear = 2031;

describe.each(testDialects)("research workspace on %s", (dialect) => {
  let database: TestDatabase;
  const cookies: Record<string, string> = {};
  let researcher: Actor;
  let formulaAssessment: string;

  const get = (path: string, who: string | null = "researcher") =>
    new Request(`${base}${path}`, { headers: who ? { Cookie: cookies[who] ?? "" } : {} });

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    current.db = database.db;
    await prepareWithDemo(database.db);
    for (const [who, email] of Object.entries({
      researcher: "researcher@demo.test",
      admin: "admin@demo.test",
      participant: "participant@demo.test",
      respondent: "de.city@demo.test",
    })) {
      cookies[who] = await sessionCookieFor(database.db, email);
    }
    researcher = await actorByEmail(database.db, "researcher@demo.test");
    // A round of its own: 6 German, 5 Japanese and 2 US cities, one with formula text.
    const answers = completeAnswers(version, "DE", 0);
    answers[questionNames.comment("DEV-01")] = formulaComment;
    formulaAssessment = (
      await createMunicipalityWithAnswers(database.db, {
        name: formulaName,
        country: "DE",
        reportingYear: testYear,
        answers,
        officialCode: "-0815",
      })
    ).assessmentId;
    for (let i = 1; i < 6; i++) {
      await createMunicipalityWithAnswers(database.db, {
        name: `Teststadt ${i}`,
        country: "DE",
        reportingYear: testYear,
        answers: completeAnswers(version, "DE", i),
      });
    }
    for (let i = 0; i < 5; i++) {
      await createMunicipalityWithAnswers(database.db, {
        name: `テスト市${i}`,
        country: "JP",
        reportingYear: testYear,
        answers: completeAnswers(version, "JP", i),
      });
    }
    for (let i = 0; i < 2; i++) {
      await createMunicipalityWithAnswers(database.db, {
        name: `Testville ${i}`,
        country: "US",
        reportingYear: testYear,
        answers: completeAnswers(version, "US", i),
      });
    }
  });

  afterAll(async () => {
    current.db = undefined;
    await database.destroy();
  });

  describe("exports", () => {
    it("CSV: byte order mark, the version on every row, formula text neutralised", async () => {
      const response = await callRoute(
        downloadLoader,
        get(`/research/exports/download?dataset=answers&form=wide&format=csv&year=${testYear}`),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("Content-Disposition")).toMatch(
        new RegExp(`attachment; filename="climate-benchmark-answers-wide-${testYear}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith(utf8Bom)).toBe(true);
      const parsed = parseCsv(text);
      if (!parsed.ok) throw new Error("CSV does not parse");
      const { header, records } = parsed.table;
      expect(header.slice(0, 2)).toEqual(["questionnaire_version", "questionnaire_version_id"]);
      expect(records).toHaveLength(13);
      for (const record of records) {
        expect(record.cells).toHaveLength(header.length);
        expect(record.cells[0]).toBe("1");
        expect(record.cells[1]).toBe("v1");
      }
      const formulaRow = records.find((r) => r.cells[header.indexOf("assessment_id")] === formulaAssessment);
      const cell = (name: string) => formulaRow?.cells[header.indexOf(name)];
      expect(cell(questionNames.comment("DEV-01"))).toBe(`'${formulaComment}`);
      expect(cell("municipality_name")).toBe(`'${formulaName}`);
      expect(cell("official_code")).toBe("'-0815");
      expect(cell(questionNames.population)).toBe("40000");
    });

    it("XLSX (long): data, codebook and about sheets; numbers are numbers, formula text neutralised", async () => {
      const response = await callRoute(
        downloadLoader,
        get(`/research/exports/download?dataset=answers&form=long&format=xlsx&year=${testYear}&country=DE`),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      const buffer = Buffer.from(await response.arrayBuffer());
      expect(buffer.subarray(0, 2).toString()).toBe("PK");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(["data", "codebook", "about"]);
      const data = workbook.getWorksheet("data");
      if (!data) throw new Error("no data sheet");
      const header = (data.getRow(1).values as unknown[]).slice(1).map(String);
      const column = (name: string) => header.indexOf(name) + 1;
      expect(header[0]).toBe("questionnaire_version");
      let rows = 0;
      let neutralised = 0;
      let numericPopulation = 0;
      data.eachRow((row, number) => {
        if (number === 1) return;
        rows += 1;
        expect(row.getCell(1).value).toBe(1);
        expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
        expect(row.getCell(column("country")).value).toBe("DE");
        const question = row.getCell(column("question")).value;
        const value = row.getCell(column("value")).value;
        if (question === questionNames.population) {
          expect(typeof value).toBe("number");
          numericPopulation += 1;
        }
        if (question === questionNames.comment("DEV-01") && value === `'${formulaComment}`) neutralised += 1;
        // No cell is ever a formula.
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
      });
      expect(rows).toBeGreaterThan(6 * 60);
      expect(numericPopulation).toBe(6);
      expect(neutralised).toBe(1);
      const codebook = workbook.getWorksheet("codebook");
      const codebookNames: string[] = [];
      codebook?.eachRow((row, number) => {
        if (number > 1) codebookNames.push(String(row.getCell(1).value));
      });
      expect(codebookNames.slice(0, header.length)).toEqual(header);
      expect(codebookNames).toContain(questionNames.status("DEV-01"));
    });

    it("XLSX profiles (wide) and balances (long) open again with their figures as number cells", async () => {
      const profiles = await callRoute(
        downloadLoader,
        get(`/research/exports/download?dataset=profiles&form=wide&format=xlsx&year=${testYear}&status=submitted`),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await profiles.arrayBuffer()) as ArrayBuffer);
      const data = workbook.getWorksheet("data");
      if (!data) throw new Error("no data sheet");
      const header = (data.getRow(1).values as unknown[]).slice(1).map(String);
      expect(data.rowCount).toBe(14);
      expect(data.getRow(2).getCell(header.indexOf("overall_activity") + 1).type).toBe(ExcelJS.ValueType.Number);

      const balances = await callRoute(
        downloadLoader,
        get("/research/exports/download?dataset=balances&form=long&format=xlsx"),
      );
      expect(balances.status).toBe(200);
      const balanceBook = new ExcelJS.Workbook();
      await balanceBook.xlsx.load((await balances.arrayBuffer()) as ArrayBuffer);
      const balanceData = balanceBook.getWorksheet("data");
      if (!balanceData) throw new Error("no data sheet");
      const balanceHeader = (balanceData.getRow(1).values as unknown[]).slice(1).map(String);
      expect(balanceHeader.slice(0, 2)).toEqual(["questionnaire_version", "questionnaire_version_id"]);
      expect(balanceData.rowCount).toBeGreaterThan(10);
      expect(balanceData.getRow(2).getCell(balanceHeader.indexOf("value") + 1).type).toBe(ExcelJS.ValueType.Number);
    });

    it("a codebook as JSON in the page's language, and as CSV", async () => {
      const json = await callRoute(
        codebookLoader,
        get(`/research/exports/codebook?codebook=json&dataset=answers&form=wide&format=csv&year=${testYear}&lng=de`),
      );
      expect(json.status).toBe(200);
      expect(json.headers.get("Content-Disposition")).toContain(".codebook.json");
      const body = (await json.json()) as {
        language: string;
        questionnaireVersions: Array<{ number: number }>;
        columns: Array<{ name: string; label: string; values: Array<{ code: string; label: string }> }>;
      };
      expect(body.language).toBe("de");
      expect(body.questionnaireVersions.map((v) => v.number)).toEqual([1]);
      expect(body.columns.find((c) => c.name === "country")?.label).toBe("Land");
      expect(body.columns.find((c) => c.name === "country")?.values).toContainEqual({ code: "JP", label: "Japan" });
      const csv = await callRoute(
        codebookLoader,
        get("/research/exports/codebook?codebook=csv&dataset=profiles&form=long"),
      );
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
      expect(text.startsWith(`${utf8Bom}column,applies_to,label,type,unit,values,description`)).toBe(true);
    });

    it("only researchers and admins download: others get 404, anonymous is sent to sign-in", async () => {
      const path = "/research/exports/download?dataset=answers&form=wide&format=csv";
      expect((await callRoute(downloadLoader, get(path, "admin"))).status).toBe(200);
      for (const who of ["respondent", "participant"]) {
        expect((await callRoute(downloadLoader, get(path, who))).status, who).toBe(404);
        expect(
          (
            await callRoute(
              codebookLoader,
              get("/research/exports/codebook?codebook=json&dataset=answers&form=wide", who),
            )
          ).status,
        ).toBe(404);
        expect((await callRoute(submissionsLoader, get("/research/submissions", who))).status).toBe(404);
        expect((await callRoute(analysisLoader, get("/research/analysis", who))).status).toBe(404);
        expect((await callRoute(tokensLoader, get("/research/tokens", who))).status).toBe(404);
      }
      const anonymous = await callRoute(downloadLoader, get(path, null));
      expect(anonymous.status).toBe(302);
    });

    it("refuses wrong parameters with 400 and records each download in the audit log", async () => {
      for (const query of [
        "dataset=everything&form=wide&format=csv",
        "dataset=answers&form=wide&format=pdf",
        "dataset=answers&form=wide&format=csv&country=FR",
        "dataset=answers&form=wide&format=csv&surprise=1",
      ]) {
        const response = await callRoute(downloadLoader, get(`/research/exports/download?${query}`));
        expect(response.status, query).toBe(400);
      }
      const before = await database.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "export_downloaded")
        .execute();
      await (
        await callRoute(
          downloadLoader,
          get("/research/exports/download?dataset=balances&form=wide&format=csv&country=JP"),
        )
      ).text();
      const after = await database.db
        .selectFrom("audit_log")
        .select(["details", "actor_user_id"])
        .where("action", "=", "export_downloaded")
        .execute();
      expect(after).toHaveLength(before.length + 1);
      expect(after.map((a) => a.actor_user_id)).toContain(researcher.userId);
      expect(after.some((a) => a.details?.includes('"country":"JP"'))).toBe(true);
    });
  });

  describe("JSON API lists", () => {
    it("/api/v1/assessments filters, pages and refuses unknown parameters", async () => {
      const first = await callRoute(
        assessmentsLoader,
        get(`/api/v1/assessments?year=${testYear}&status=submitted&limit=5`),
      );
      const page1 = (await first.json()) as {
        total: number;
        next: string | null;
        assessments: Array<{ id: string; reportingYear: number; answers?: unknown }>;
      };
      expect(page1.total).toBe(13);
      expect(page1.assessments).toHaveLength(5);
      expect(page1.assessments[0]?.answers).toBeUndefined();
      expect(page1.next).toBe(`/api/v1/assessments?year=${testYear}&status=submitted&limit=5&offset=5`);
      const seen = new Set(page1.assessments.map((a) => a.id));
      let next = page1.next;
      while (next) {
        const page = (await (await callRoute(assessmentsLoader, get(next))).json()) as {
          next: string | null;
          assessments: Array<{ id: string }>;
        };
        for (const a of page.assessments) seen.add(a.id);
        next = page.next;
      }
      expect(seen.size).toBe(13);
      const jp = (await (
        await callRoute(assessmentsLoader, get(`/api/v1/assessments?year=${testYear}&country=JP&include=answers`))
      ).json()) as { assessments: Array<{ municipality: { country: string }; answers: Record<string, unknown> }> };
      expect(jp.assessments).toHaveLength(5);
      expect(jp.assessments.every((a) => a.municipality.country === "JP")).toBe(true);
      expect(jp.assessments[0]?.answers[questionNames.population]).toBeTypeOf("number");
      for (const query of ["limit=0", "limit=5000", "country=XX", "status=done", "colour=blue", "offset=-1"]) {
        const response = await callRoute(assessmentsLoader, get(`/api/v1/assessments?${query}`));
        expect(response.status, query).toBe(400);
        const body = (await response.json()) as { error: string; issues: Array<{ parameter: string }> };
        expect(body.error).toBe("invalid_query");
        expect(body.issues[0]?.parameter).toBeTruthy();
      }
      expect((await callRoute(assessmentsLoader, get("/api/v1/assessments", null))).status).toBe(401);
      const participant = (await (
        await callRoute(assessmentsLoader, get("/api/v1/assessments", "participant"))
      ).json()) as {
        total: number;
      };
      expect(participant.total).toBe(0);
    });

    it("/api/v1/municipalities: all for researchers, by sharing for others", async () => {
      const count = await database.db
        .selectFrom("municipality")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .executeTakeFirstOrThrow();
      const all = (await (await callRoute(municipalitiesLoader, get("/api/v1/municipalities?limit=1000"))).json()) as {
        total: number;
        municipalities: Array<{ id: string; sharing: string | null; country: string }>;
      };
      expect(all.total).toBe(Number(count.n));
      expect(all.municipalities.every((m) => m.sharing !== null)).toBe(true);
      const jpSmall = (await (
        await callRoute(municipalitiesLoader, get("/api/v1/municipalities?country=JP&sizeClass=small"))
      ).json()) as { municipalities: Array<{ country: string; sizeClass: string }> };
      expect(jpSmall.municipalities.every((m) => m.country === "JP" && m.sizeClass === "small")).toBe(true);

      const sonnbach = await municipalityIdByName(database.db, "Sonnbach");
      const gruenwalde = await municipalityIdByName(database.db, "Grünwalde an der Aue");
      const klimhausen = await municipalityIdByName(database.db, "Klimhausen");
      const mine = (await (
        await callRoute(municipalitiesLoader, get("/api/v1/municipalities?limit=1000", "respondent"))
      ).json()) as { municipalities: Array<{ id: string; sharing: string | null }> };
      const ids = mine.municipalities.map((m) => m.id);
      expect(ids).toContain(klimhausen);
      expect(ids).toContain(gruenwalde);
      expect(ids).not.toContain(sonnbach);
      expect(mine.municipalities.find((m) => m.id === gruenwalde)?.sharing).toBeNull();
      expect(mine.municipalities.find((m) => m.id === klimhausen)?.sharing).toBe("workshops");

      const hidden = await callRoute(municipalityLoader, get(`/api/v1/municipalities/${sonnbach}`, "respondent"), {
        id: sonnbach,
      });
      expect(hidden.status).toBe(404);
      const shared = (await (
        await callRoute(municipalityLoader, get(`/api/v1/municipalities/${gruenwalde}`, "respondent"), {
          id: gruenwalde,
        })
      ).json()) as { assessments: unknown[] };
      expect(shared.assessments).toEqual([]);
      const asResearcher = (await (
        await callRoute(municipalityLoader, get(`/api/v1/municipalities/${gruenwalde}`), { id: gruenwalde })
      ).json()) as { assessments: Array<{ questionnaireVersion: { number: number } }> };
      expect(asResearcher.assessments.length).toBeGreaterThan(0);
      expect(asResearcher.assessments[0]?.questionnaireVersion.number).toBe(1);
    });

    it("/api/v1/questionnaires: published for everyone, drafts for researchers; by id or number", async () => {
      const now = new Date().toISOString();
      await database.db
        .insertInto("questionnaire_version")
        .values({
          id: "draft-research-test",
          version_number: null,
          status: "draft",
          content: "{not json",
          content_hash: null,
          created_at: now,
          published_at: null,
        })
        .execute();
      const staff = (await (await callRoute(questionnairesLoader, get("/api/v1/questionnaires"))).json()) as {
        questionnaires: Array<{ id: string; status: string; title: unknown; measureCount: number | null }>;
      };
      expect(staff.questionnaires.map((q) => q.id)).toEqual(expect.arrayContaining(["v1", "draft-research-test"]));
      expect(staff.questionnaires.find((q) => q.id === "draft-research-test")?.title).toBeNull();
      expect(staff.questionnaires.find((q) => q.id === "v1")?.measureCount).toBe(version.measures.length);
      const participant = (await (
        await callRoute(questionnairesLoader, get("/api/v1/questionnaires", "participant"))
      ).json()) as { questionnaires: Array<{ status: string }> };
      expect(participant.questionnaires.every((q) => q.status === "published")).toBe(true);
      for (const id of ["1", "v1"]) {
        const one = (await (
          await callRoute(questionnaireLoader, get(`/api/v1/questionnaires/${id}`, "participant"), { id })
        ).json()) as { number: number; content: { measures: unknown[] } };
        expect(one.number).toBe(1);
        expect(one.content.measures).toHaveLength(version.measures.length);
      }
      const draft = await callRoute(
        questionnaireLoader,
        get("/api/v1/questionnaires/draft-research-test", "participant"),
        { id: "draft-research-test" },
      );
      expect(draft.status).toBe(404);
      await database.db.deleteFrom("questionnaire_version").where("id", "=", "draft-research-test").execute();
    });
  });

  describe("submissions and analysis", () => {
    it("counts implementation and distributions exactly as the answers say, and caches until a change", async () => {
      const expected = [0, 1, 2, 3, 4, 5].filter(
        (seed) => completeAnswers(version, "DE", seed)[questionNames.status("DEV-01")] === "implemented",
      ).length;
      const analysis = await analyseRound(database.db, researcher, { year: testYear });
      expect(analysis.versions).toEqual([1]);
      expect(analysis.summary.cities).toEqual({ DE: 6, JP: 5, US: 2 });
      expect(analysis.summary.distributions.activity.overall.DE.distribution).not.toBeNull();
      expect(analysis.summary.distributions.activity.overall.US.distribution).toBeNull();
      const dev01 = analysis.implementation.find((m) => m.measureId === "DEV-01");
      expect(dev01?.byCountry.DE).toEqual({ answered: 6, implemented: expected, share: expected / 6 });
      // Unchanged round: the same object from the cache.
      expect(await analyseRound(database.db, researcher, { year: testYear })).toBe(analysis);
      // Saving a round in progress elsewhere does not invalidate it.
      await database.db
        .updateTable("assessment")
        .set({ updated_at: new Date(Date.now() + 60_000).toISOString() })
        .where("status", "=", "in_progress")
        .execute();
      expect(await analyseRound(database.db, researcher, { year: testYear })).toBe(analysis);
    });

    it("filters the list and reopens a submitted assessment with a reason; the analysis follows", async () => {
      const page = await callRoute(
        submissionsLoader,
        get(`/research/submissions?year=${testYear}&country=JP&status=submitted`),
      );
      const list = (await page.json()) as {
        total: number;
        counts: { submitted: number };
        rows: Array<{ id: string; missing: number }>;
      };
      expect(list.total).toBe(5);
      expect(list.rows.every((r) => r.missing === 0)).toBe(true);

      const form = (values: Record<string, string>) =>
        new Request(`${base}/research/submissions`, {
          method: "POST",
          headers: { Cookie: cookies.researcher ?? "", "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(values).toString(),
        });
      const noReason = await callRoute(
        submissionsAction,
        form({ intent: "reopen", assessmentId: formulaAssessment, reason: " " }),
      );
      expect(noReason.status).toBe(400);
      const reopened = await callRoute(
        submissionsAction,
        form({ intent: "reopen", assessmentId: formulaAssessment, reason: "Population figure looks wrong" }),
      );
      expect(reopened.status).toBe(200);
      const row = await database.db
        .selectFrom("assessment")
        .select("status")
        .where("id", "=", formulaAssessment)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe("in_progress");
      const audit = await database.db
        .selectFrom("audit_log")
        .select("details")
        .where("action", "=", "assessment_reopened")
        .where("subject_id", "=", formulaAssessment)
        .executeTakeFirstOrThrow();
      expect(audit.details).toContain("Population figure looks wrong");
      const again = await callRoute(
        submissionsAction,
        form({ intent: "reopen", assessmentId: formulaAssessment, reason: "twice" }),
      );
      expect(again.status).toBe(409);
      const participantTry = await callRoute(
        submissionsAction,
        new Request(`${base}/research/submissions`, {
          method: "POST",
          headers: { Cookie: cookies.participant ?? "", "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ intent: "reopen", assessmentId: formulaAssessment, reason: "x" }).toString(),
        }),
      );
      expect(participantTry.status).toBe(404);
      const analysis = await analyseRound(database.db, researcher, { year: testYear });
      expect(analysis.summary.cities.DE).toBe(5);
    });
  });
});
