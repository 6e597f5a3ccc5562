/**
 * The permission matrix: every route and API endpoint × every role × own / other
 * municipality → the status it must answer. A route file without an entry here fails
 * the first test, so a new route cannot ship without a decision on who may use it.
 */
import { readdirSync } from "node:fs";
import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { e2eDb, municipalityId } from "./support/db";
import { expect, test } from "./support/test";

const people = ["anonymous", "admin", "researcher", "participant", "respondent"] as const;
type Who = (typeof people)[number];
type Expected = Record<Who, number>;

const accounts: Record<Exclude<Who, "anonymous">, string> = {
  admin: "admin@demo.test",
  researcher: "researcher@demo.test",
  participant: "participant@demo.test",
  // Respondent for Klimhausen: "own" below is Klimhausen, "other" is Sonnbach.
  respondent: "de.city@demo.test",
};

interface Ids {
  ownMunicipality: string;
  otherMunicipality: string;
  ownAssessment: string;
  otherAssessment: string;
}

interface Entry {
  /** The route module in app/routes this entry exercises. */
  route: string;
  method: "GET" | "POST";
  path: (ids: Ids) => string;
  form?: Record<string, string>;
  json?: unknown;
  /** Tells entries of the same route and ids apart in the test title. */
  label?: string;
  expect: Expected;
}

const signedInOnly = (status: number): Expected => ({
  anonymous: 302,
  admin: status,
  researcher: status,
  participant: status,
  respondent: status,
});

const matrix: Entry[] = [
  {
    route: "_index",
    method: "GET",
    path: () => "/",
    expect: { anonymous: 200, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "catalogue",
    method: "GET",
    path: () => "/catalogue",
    expect: { anonymous: 200, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  // Unknown filter values (an id where a field of action belongs, a depth of 9, markup)
  // are ignored and named on the page, never an error.
  {
    route: "catalogue",
    method: "GET",
    label: "bad filter values",
    path: (ids) => `/catalogue?field=${ids.ownMunicipality}&depth=9&level=%3Cscript%3E&country=`,
    expect: { anonymous: 200, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "healthz",
    method: "GET",
    path: () => "/healthz",
    expect: { anonymous: 200, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "login",
    method: "GET",
    path: () => "/login",
    expect: { anonymous: 200, admin: 302, researcher: 302, participant: 302, respondent: 302 },
  },
  // Signed-in people are sent on by the loader that runs after the action.
  {
    route: "login",
    method: "POST",
    path: () => "/login",
    form: { email: "", password: "" },
    expect: { anonymous: 400, admin: 302, researcher: 302, participant: 302, respondent: 302 },
  },
  {
    route: "logout",
    method: "GET",
    path: () => "/logout",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "invite.$token",
    method: "GET",
    path: () => `/invite/${"x".repeat(43)}`,
    expect: { anonymous: 404, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "invite.$token",
    method: "POST",
    path: () => `/invite/${"x".repeat(43)}`,
    form: { password: "x" },
    expect: { anonymous: 404, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  { route: "account", method: "GET", path: () => "/account", expect: signedInOnly(200) },
  {
    route: "account",
    method: "POST",
    path: () => "/account",
    form: { currentPassword: "" },
    expect: signedInOnly(400),
  },
  {
    route: "admin.invitations",
    method: "GET",
    path: () => "/admin/invitations",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "admin.invitations",
    method: "POST",
    path: () => "/admin/invitations",
    form: { email: "not-an-email", role: "respondent" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  {
    route: "admin.users",
    method: "GET",
    path: () => "/admin/users",
    expect: { anonymous: 302, admin: 200, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "admin.users",
    method: "POST",
    path: () => "/admin/users",
    form: { intent: "nonsense" },
    expect: { anonymous: 302, admin: 400, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "admin.audit",
    method: "GET",
    path: () => "/admin/audit",
    expect: { anonymous: 302, admin: 200, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "municipalities.$id",
    method: "GET",
    path: (ids) => `/municipalities/${ids.ownMunicipality}`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 200 },
  },
  {
    route: "municipalities.$id",
    method: "GET",
    path: (ids) => `/municipalities/${ids.otherMunicipality}`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  // Writing the value it already has keeps the demo data as it was.
  {
    route: "municipalities.$id",
    method: "POST",
    path: (ids) => `/municipalities/${ids.ownMunicipality}`,
    form: { sharing: "workshops" },
    expect: { anonymous: 302, admin: 200, researcher: 404, participant: 404, respondent: 200 },
  },
  {
    route: "municipalities.$id",
    method: "POST",
    path: (ids) => `/municipalities/${ids.otherMunicipality}`,
    form: { sharing: "none" },
    expect: { anonymous: 302, admin: 200, researcher: 404, participant: 404, respondent: 404 },
  },
  ...(["assessments.$id", "assessments.$id.answers[.]json", "assessments.$id.answers[.]csv"] as const).flatMap(
    (route) => {
      const suffix = route === "assessments.$id" ? "" : route.endsWith("json") ? "/answers.json" : "/answers.csv";
      return [
        {
          route,
          method: "GET" as const,
          path: (ids: Ids) => `/assessments/${ids.ownAssessment}${suffix}`,
          expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 200 },
        },
        {
          route,
          method: "GET" as const,
          path: (ids: Ids) => `/assessments/${ids.otherAssessment}${suffix}`,
          expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
        },
      ];
    },
  ),
  {
    route: "api.v1.assessments.$id",
    method: "GET",
    path: (ids) => `/api/v1/assessments/${ids.ownAssessment}`,
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 404, respondent: 200 },
  },
  {
    route: "api.v1.assessments.$id",
    method: "GET",
    path: (ids) => `/api/v1/assessments/${ids.otherAssessment}`,
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  // An empty save changes nothing but goes through every check.
  {
    route: "api.v1.assessments.$id.answers",
    method: "POST",
    path: (ids) => `/api/v1/assessments/${ids.ownAssessment}/answers`,
    json: { baseRevision: 0, changes: {} },
    expect: { anonymous: 401, admin: 403, researcher: 403, participant: 404, respondent: 200 },
  },
  {
    route: "api.v1.assessments.$id.answers",
    method: "POST",
    path: (ids) => `/api/v1/assessments/${ids.otherAssessment}/answers`,
    json: { baseRevision: 0, changes: {} },
    expect: { anonymous: 401, admin: 403, researcher: 403, participant: 404, respondent: 404 },
  },
  {
    route: "api.v1.assessments.$id.answers",
    method: "GET",
    path: (ids) => `/api/v1/assessments/${ids.ownAssessment}/answers`,
    expect: { anonymous: 405, admin: 405, researcher: 405, participant: 405, respondent: 405 },
  },
  // The demo assessments are incomplete: a submit is refused with the missing answers.
  {
    route: "api.v1.assessments.$id.submit",
    method: "POST",
    path: (ids) => `/api/v1/assessments/${ids.ownAssessment}/submit`,
    json: {},
    expect: { anonymous: 401, admin: 403, researcher: 403, participant: 404, respondent: 400 },
  },
  {
    route: "api.v1.assessments.$id.submit",
    method: "POST",
    path: (ids) => `/api/v1/assessments/${ids.otherAssessment}/submit`,
    json: {},
    expect: { anonymous: 401, admin: 403, researcher: 403, participant: 404, respondent: 404 },
  },
  {
    route: "api.v1.assessments.$id.reopen",
    method: "POST",
    path: (ids) => `/api/v1/assessments/${ids.ownAssessment}/reopen`,
    json: { reason: "matrix" },
    expect: { anonymous: 401, admin: 409, researcher: 409, participant: 404, respondent: 404 },
  },
  // A round is in progress: its own staff are sent to it; nobody else may start rounds.
  {
    route: "municipalities.$id.rounds",
    method: "POST",
    path: (ids) => `/municipalities/${ids.ownMunicipality}/rounds`,
    form: {},
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 302 },
  },
  {
    route: "municipalities.$id.rounds",
    method: "POST",
    path: (ids) => `/municipalities/${ids.otherMunicipality}/rounds`,
    form: {},
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  // CO2 balances. Reading follows sharing (Sonnbach shares nothing); writing is for a
  // city's own staff, researchers and admins. Posts are invalid forms: nothing changes.
  ...(["ownMunicipality", "otherMunicipality"] as const).flatMap((which): Entry[] => {
    const own = which === "ownMunicipality";
    const read = { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: own ? 200 : 404 };
    const write = (status: number) => ({
      anonymous: 302,
      admin: status,
      researcher: status,
      participant: 404,
      respondent: own ? status : 404,
    });
    const base = (ids: Ids) => `/municipalities/${ids[which]}/balances`;
    return [
      {
        route: "municipalities.$id_.balances",
        method: "GET" as const,
        label: which,
        path: (ids: Ids) => base(ids),
        expect: read,
      },
      {
        route: "municipalities.$id_.balances_.new",
        label: which,
        method: "GET" as const,
        path: (ids: Ids) => `${base(ids)}/new`,
        expect: write(200),
      },
      {
        route: "municipalities.$id_.balances_.new",
        label: which,
        method: "POST" as const,
        path: (ids: Ids) => `${base(ids)}/new`,
        form: { year: "", total: "-1" },
        expect: write(400),
      },
      {
        route: "municipalities.$id_.balances_.$year",
        label: which,
        method: "GET" as const,
        path: (ids: Ids) => `${base(ids)}/2022`,
        expect: write(200),
      },
      // A delete without its confirmation box is refused; the demo balance stays.
      {
        route: "municipalities.$id_.balances_.$year",
        label: which,
        method: "POST" as const,
        path: (ids: Ids) => `${base(ids)}/2022`,
        form: { intent: "delete" },
        expect: write(400),
      },
      {
        route: "municipalities.$id_.balances_.target",
        label: which,
        method: "GET" as const,
        path: (ids: Ids) => `${base(ids)}/target`,
        expect: write(200),
      },
      {
        route: "municipalities.$id_.balances_.target",
        label: which,
        method: "POST" as const,
        path: (ids: Ids) => `${base(ids)}/target`,
        form: { base_year: "" },
        expect: write(400),
      },
    ];
  }),
  {
    route: "municipalities.$id_.balances_.$year",
    method: "GET",
    label: "year without a balance",
    path: (ids) => `/municipalities/${ids.ownMunicipality}/balances/1999`,
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "research.balances",
    method: "GET",
    path: () => "/research/balances",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  // A dry run without a file is refused before anything is stored.
  {
    route: "research.balances",
    method: "POST",
    path: () => "/research/balances",
    form: { intent: "preview" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  {
    route: "research.balances_.template",
    method: "GET",
    path: () => "/research/balances/template",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "research.balances_.export",
    method: "GET",
    path: () => "/research/balances/export?format=json",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  // Everyone signed in gets the balances they may see (a participant: only shared ones).
  {
    route: "api.v1.balances",
    method: "GET",
    path: (ids) => `/api/v1/balances?municipality=${ids.otherMunicipality}`,
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "api.v1.balances",
    method: "GET",
    label: "bad query",
    path: () => "/api/v1/balances?year=soon&colour=green",
    expect: { anonymous: 401, admin: 400, researcher: 400, participant: 400, respondent: 400 },
  },
];

const routeFiles = readdirSync("app/routes")
  .filter((file) => /\.(tsx?|jsx?)$/.test(file) && !file.includes(".test."))
  .map((file) => file.replace(/\.(tsx?|jsx?)$/, ""));

test("every route module has entries in the permission matrix", () => {
  const covered = new Set(matrix.map((entry) => entry.route));
  expect(routeFiles.filter((route) => !covered.has(route))).toEqual([]);
  expect([...covered].filter((route) => !routeFiles.includes(route))).toEqual([]);
});

test.describe("permission matrix", () => {
  let ids: Ids;
  const contexts = new Map<Who, APIRequestContext>();

  test.beforeAll(async ({ baseURL }) => {
    const own = await municipalityId("Klimhausen");
    const other = await municipalityId("Sonnbach");
    const assessmentOf = async (municipality: string) =>
      (
        await e2eDb()
          .selectFrom("assessment")
          .select("id")
          .where("municipality_id", "=", municipality)
          .executeTakeFirstOrThrow()
      ).id;
    ids = {
      ownMunicipality: own,
      otherMunicipality: other,
      ownAssessment: await assessmentOf(own),
      otherAssessment: await assessmentOf(other),
    };
    for (const who of people) {
      const context = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
      if (who !== "anonymous") {
        const response = await context.post("/login", {
          form: { email: accounts[who], password: "demo-password" },
          maxRedirects: 0,
        });
        expect(response.status(), `sign-in of ${who}`).toBe(302);
      }
      contexts.set(who, context);
    }
  });

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
  });

  for (const entry of matrix) {
    test(`${entry.method} ${entry.route} ${entry.label ?? entry.path.toString().match(/\$\{ids\.(\w+)\}/)?.[1] ?? ""}`, async () => {
      const actual: Partial<Expected> = {};
      for (const who of people) {
        const context = contexts.get(who);
        if (!context) throw new Error(`no context for ${who}`);
        const path = entry.path(ids);
        const response =
          entry.method === "GET"
            ? await context.get(path, { maxRedirects: 0 })
            : entry.json !== undefined
              ? await context.post(path, { data: entry.json, maxRedirects: 0 })
              : await context.post(path, { form: entry.form ?? {}, maxRedirects: 0 });
        actual[who] = response.status();
      }
      expect(actual).toEqual(entry.expect);
    });
  }
});
