/**
 * Personal API tokens through the permission module, against real databases: a valid
 * token reads with its owner's roles, a revoked, expired, wrong or malformed one gets
 * 401, a token never changes anything (Bearer on a POST is refused), and pages never
 * accept tokens.
 */
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loader as assessmentsLoader } from "#app/routes/api.v1.assessments";
import { loader as assessmentLoader } from "#app/routes/api.v1.assessments.$id";
import { action as saveAction } from "#app/routes/api.v1.assessments.$id.answers";
import { action as reopenAction } from "#app/routes/api.v1.assessments.$id.reopen";
import { action as submitAction } from "#app/routes/api.v1.assessments.$id.submit";
import { loader as municipalitiesLoader } from "#app/routes/api.v1.municipalities";
import { loader as exportsPageLoader } from "#app/routes/research.exports";
import {
  createApiToken,
  findActiveApiToken,
  hashApiToken,
  issueApiToken,
  lastUseResolutionMs,
  listApiTokens,
  revokeApiToken,
} from "#app/server/access/api-tokens.server";
import type { Actor } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";
import { actorByEmail, municipalityIdByName, userIdByEmail } from "#tests/support/assessment-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";
import {
  callRoute,
  completeAnswers,
  createMunicipalityWithAnswers,
  prepareWithDemo,
  sessionCookieFor,
} from "#tests/support/research-fixtures";

const current = vi.hoisted(() => ({ db: undefined as Kysely<Database> | undefined }));

// The routes' db() answers with this test's database. The real module is not loaded at
// all: its imports lead back to the permission module, and a partial mock of such a
// cycle leaves some importers with the real db().
vi.mock("#app/server/core/db.server", () => ({
  db: async () => {
    if (!current.db) throw new Error("no test database");
    return current.db;
  },
}));

const base = "http://localhost";

function get(path: string, headers: Record<string, string> = {}) {
  return new Request(`${base}${path}`, { headers });
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${base}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe.each(testDialects)("API tokens on %s", (dialect) => {
  let database: TestDatabase;
  let researcher: Actor;
  let researcherToken: string;
  let researcherTokenId: string;
  let klimhausenId: string;
  let sonnbachId: string;
  let submittedId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    current.db = database.db;
    await prepareWithDemo(database.db);
    researcher = await actorByEmail(database.db, "researcher@demo.test");
    const created = await createApiToken(database.db, researcher, { name: "R script", lifetimeDays: 90 });
    if (created.outcome !== "created") throw new Error(created.outcome);
    researcherToken = created.token;
    researcherTokenId = created.id;
    klimhausenId = await municipalityIdByName(database.db, "Klimhausen");
    sonnbachId = await municipalityIdByName(database.db, "Sonnbach");
    const version = await database.db
      .selectFrom("questionnaire_version")
      .select("content")
      .where("id", "=", "v1")
      .executeTakeFirstOrThrow();
    const parsed = JSON.parse(version.content);
    submittedId = (
      await createMunicipalityWithAnswers(database.db, {
        name: "Tokenstadt",
        country: "DE",
        reportingYear: 2026,
        answers: completeAnswers(parsed, "DE", 2),
      })
    ).assessmentId;
  });

  afterAll(async () => {
    current.db = undefined;
    await database.destroy();
  });

  it("stores only the SHA-256 of a token, and its prefix", async () => {
    const row = await database.db
      .selectFrom("api_token")
      .selectAll()
      .where("id", "=", researcherTokenId)
      .executeTakeFirstOrThrow();
    expect(researcherToken).toMatch(/^mcb_[A-Za-z0-9_-]{43}$/);
    expect(row.token_hash).toBe(hashApiToken(researcherToken));
    expect(row.token_hash).not.toContain(researcherToken.slice(4));
    expect(researcherToken.startsWith(row.token_prefix)).toBe(true);
    expect(row.token_prefix.length).toBeLessThan(16);
    const audit = await database.db
      .selectFrom("audit_log")
      .select(["action", "subject_id"])
      .where("action", "=", "api_token_created")
      .execute();
    expect(audit).toContainEqual({ action: "api_token_created", subject_id: researcherTokenId });
  });

  it("a valid token reads the API with its owner's roles and records its use", async () => {
    const response = await callRoute(assessmentsLoader, get("/api/v1/assessments?limit=1000", bearer(researcherToken)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; assessments: Array<{ id: string }> };
    expect(body.total).toBeGreaterThanOrEqual(10);
    expect(body.assessments.map((a) => a.id)).toContain(submittedId);
    const row = await database.db
      .selectFrom("api_token")
      .select("last_used_at")
      .where("id", "=", researcherTokenId)
      .executeTakeFirstOrThrow();
    expect(row.last_used_at).not.toBeNull();
  });

  it("writes last use at most once a minute", async () => {
    const first = new Date(Date.now() + 5 * 60 * 1000);
    await findActiveApiToken(database.db, researcherToken, first);
    await findActiveApiToken(database.db, researcherToken, new Date(first.getTime() + 1000));
    const early = await database.db
      .selectFrom("api_token")
      .select("last_used_at")
      .where("id", "=", researcherTokenId)
      .executeTakeFirstOrThrow();
    expect(early.last_used_at).toBe(first.toISOString());
    const later = new Date(first.getTime() + lastUseResolutionMs);
    await findActiveApiToken(database.db, researcherToken, later);
    const after = await database.db
      .selectFrom("api_token")
      .select("last_used_at")
      .where("id", "=", researcherTokenId)
      .executeTakeFirstOrThrow();
    expect(after.last_used_at).toBe(later.toISOString());
  });

  it("a wrong, malformed or empty token gets 401 – even with a valid session cookie beside it", async () => {
    const cookie = await sessionCookieFor(database.db, "researcher@demo.test");
    const wrong = `mcb_${"A".repeat(43)}`;
    for (const headers of [
      bearer(wrong),
      bearer("not-a-token"),
      { Authorization: "Bearer " },
      { ...bearer(wrong), Cookie: cookie },
    ]) {
      const response = await callRoute(assessmentsLoader, get("/api/v1/assessments", headers));
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthenticated" });
      expect(response.headers.get("WWW-Authenticate")).toContain("Bearer");
    }
    // The session alone works, as it always did.
    const withSession = await callRoute(assessmentsLoader, get("/api/v1/assessments", { Cookie: cookie }));
    expect(withSession.status).toBe(200);
  });

  it("a revoked token gets 401 at once; revoking twice or someone else's token does nothing", async () => {
    const { id, token } = await issueApiToken(database.db, researcher.userId, { name: "temp", lifetimeDays: 30 });
    expect((await callRoute(assessmentsLoader, get("/api/v1/assessments", bearer(token)))).status).toBe(200);
    const admin = await actorByEmail(database.db, "admin@demo.test");
    expect(await revokeApiToken(database.db, admin, id)).toBe(false);
    expect(await revokeApiToken(database.db, researcher, id)).toBe(true);
    expect(await revokeApiToken(database.db, researcher, id)).toBe(false);
    expect((await callRoute(assessmentsLoader, get("/api/v1/assessments", bearer(token)))).status).toBe(401);
    const listed = await listApiTokens(database.db, researcher);
    expect(listed.find((t) => t.id === id)?.revokedAt).not.toBeNull();
    const audit = await database.db
      .selectFrom("audit_log")
      .select("subject_id")
      .where("action", "=", "api_token_revoked")
      .execute();
    expect(audit.map((a) => a.subject_id)).toEqual([id]);
  });

  it("an expired token gets 401", async () => {
    const { token } = await issueApiToken(database.db, researcher.userId, {
      name: "old",
      lifetimeDays: 30,
      now: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000),
    });
    expect((await callRoute(assessmentsLoader, get("/api/v1/assessments", bearer(token)))).status).toBe(401);
  });

  it("the token of a respondent sees only their own municipality", async () => {
    const userId = await userIdByEmail(database.db, "de.city@demo.test");
    const { token } = await issueApiToken(database.db, userId, { name: "city script", lifetimeDays: 30 });
    const list = await callRoute(assessmentsLoader, get("/api/v1/assessments?include=answers", bearer(token)));
    expect(list.status).toBe(200);
    const body = (await list.json()) as { total: number; assessments: Array<{ municipality: { id: string } }> };
    const own = await database.db
      .selectFrom("assessment")
      .select("id")
      .where("municipality_id", "=", klimhausenId)
      .execute();
    expect(body.total).toBe(own.length);
    expect(new Set(body.assessments.map((a) => a.municipality.id))).toEqual(new Set([klimhausenId]));
    const other = await callRoute(assessmentLoader, get(`/api/v1/assessments/${submittedId}`, bearer(token)), {
      id: submittedId,
    });
    expect(other.status).toBe(404);
    const municipalities = await callRoute(municipalitiesLoader, get("/api/v1/municipalities", bearer(token)));
    const names = ((await municipalities.json()) as { municipalities: Array<{ id: string }> }).municipalities.map(
      (m) => m.id,
    );
    expect(names).toContain(klimhausenId);
    // Sonnbach shares with nobody: a respondent of Klimhausen never sees it.
    expect(names).not.toContain(sonnbachId);
  });

  it("a token follows its owner's roles at each request", async () => {
    const outsider = await database.db
      .insertInto("app_user")
      .values({
        id: "token-role-user",
        email: "role.change@example.test",
        display_name: "Role change",
        password_hash: null,
        locale: null,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto("role_membership")
      .values({
        id: "token-role-membership",
        user_id: outsider.id,
        role: "researcher",
        municipality_id: null,
        workshop_id: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const { token } = await issueApiToken(database.db, outsider.id, { name: "x", lifetimeDays: 30 });
    const before = (await (await callRoute(assessmentsLoader, get("/api/v1/assessments", bearer(token)))).json()) as {
      total: number;
    };
    expect(before.total).toBeGreaterThanOrEqual(10);
    await database.db.deleteFrom("role_membership").where("id", "=", "token-role-membership").execute();
    const after = (await (await callRoute(assessmentsLoader, get("/api/v1/assessments", bearer(token)))).json()) as {
      total: number;
    };
    expect(after.total).toBe(0);
  });

  it("refuses a Bearer token on every POST with 403, and changes nothing", async () => {
    const respondentId = await userIdByEmail(database.db, "de.city@demo.test");
    const { token: respondentToken } = await issueApiToken(database.db, respondentId, {
      name: "writer?",
      lifetimeDays: 30,
    });
    const klimhausenAssessment = await database.db
      .selectFrom("assessment")
      .select(["id", "revision", "answers", "status"])
      .where("municipality_id", "=", klimhausenId)
      .executeTakeFirstOrThrow();
    const attempts: Array<[typeof saveAction, string, unknown, string]> = [
      [
        saveAction,
        `/api/v1/assessments/${klimhausenAssessment.id}/answers`,
        { baseRevision: klimhausenAssessment.revision, changes: { general_population: 1 } },
        respondentToken,
      ],
      [submitAction, `/api/v1/assessments/${klimhausenAssessment.id}/submit`, {}, respondentToken],
      [reopenAction, `/api/v1/assessments/${submittedId}/reopen`, { reason: "token" }, researcherToken],
    ];
    for (const [action, path, body, token] of attempts) {
      const id = path.split("/")[4] ?? "";
      const response = await callRoute(action, post(path, body, bearer(token)), { id });
      expect(response.status, path).toBe(403);
      expect(await response.json()).toEqual({ error: "token_read_only" });
    }
    const after = await database.db
      .selectFrom("assessment")
      .select(["revision", "answers", "status"])
      .where("id", "=", klimhausenAssessment.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({
      revision: klimhausenAssessment.revision,
      answers: klimhausenAssessment.answers,
      status: klimhausenAssessment.status,
    });
    const submitted = await database.db
      .selectFrom("assessment")
      .select("status")
      .where("id", "=", submittedId)
      .executeTakeFirstOrThrow();
    expect(submitted.status).toBe("submitted");
    // A wrong token on a POST is refused the same way, before any lookup.
    const wrong = await callRoute(submitAction, post(`/api/v1/assessments/${submittedId}/submit`, {}, bearer("x")), {
      id: submittedId,
    });
    expect(wrong.status).toBe(403);
  });

  it("pages never accept a token: a Bearer request to a research page is sent to sign-in", async () => {
    const response = await callRoute(exportsPageLoader, get("/research/exports", bearer(researcherToken)));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toContain("/login");
  });

  it("only researchers and admins create tokens, and never with a token", async () => {
    const participant = await actorByEmail(database.db, "participant@demo.test");
    const respondent = await actorByEmail(database.db, "de.city@demo.test");
    expect(await createApiToken(database.db, participant, { name: "x", lifetimeDays: 30 })).toEqual({
      outcome: "forbidden",
    });
    expect(await createApiToken(database.db, respondent, { name: "x", lifetimeDays: 30 })).toEqual({
      outcome: "forbidden",
    });
    expect(
      await createApiToken(
        database.db,
        { ...researcher, apiTokenId: researcherTokenId },
        { name: "x", lifetimeDays: 30 },
      ),
    ).toEqual({ outcome: "forbidden" });
  });
});
