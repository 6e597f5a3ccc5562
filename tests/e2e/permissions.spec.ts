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
  /** The demo workshop (Klimhausen, みどり野市, Riverton Bay), participant@demo.test invited. */
  workshop: string;
  /** The demo partnership Klimhausen – みどり野市. */
  partnership: string;
  /** Submitted 2025 rounds: Klimhausen (sharing "workshops", in the demo workshop), Sonnbach ("none"), Grünwalde ("signed_in"). */
  ownSubmitted: string;
  otherSubmitted: string;
  sharedSubmitted: string;
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
  // Klimhausen shares its results with workshops and takes part in the demo workshop, to
  // which participant@demo.test is invited; Sonnbach ("other") shares nothing.
  {
    route: "municipalities.$id",
    method: "GET",
    path: (ids) => `/municipalities/${ids.ownMunicipality}`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 200, respondent: 200 },
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
    // The participant is invited to the demo workshop, in which Klimhausen ("own") shares its results.
    const read = {
      anonymous: 302,
      admin: 200,
      researcher: 200,
      participant: own ? 200 : 404,
      respondent: own ? 200 : 404,
    };
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
  // Questionnaire versions: researchers and admins only. Version 1 is published, so every
  // write to it is refused (409) even for them; other people do not see the pages at all.
  ...(
    [
      ["research.questionnaires", "/research/questionnaires"],
      ["research.questionnaires_.$id", "/research/questionnaires/v1"],
      ["research.questionnaires_.$id_.measures.$measureId", "/research/questionnaires/v1/measures/SUP-01"],
      [
        "research.questionnaires_.$id_.scope-questions.$questionId",
        "/research/questionnaires/v1/scope-questions/de_energy_utility",
      ],
      ["research.questionnaires_.$id_.settings", "/research/questionnaires/v1/settings"],
      ["research.questionnaires_.$id_.preview", "/research/questionnaires/v1/preview?country=JP&language=ja"],
      ["research.questionnaires_.$id_.publish", "/research/questionnaires/v1/publish"],
      ["research.questionnaires_.$id_.export", "/research/questionnaires/v1/export?format=zip"],
    ] as const
  ).map(([route, path]) => ({
    route,
    method: "GET" as const,
    path: () => path,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  })),
  {
    route: "research.questionnaires_.$id",
    method: "GET",
    label: "unknown version",
    path: () => "/research/questionnaires/no-such-version",
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "research.questionnaires_.$id_.measures.$measureId",
    method: "GET",
    label: "new measure in a published version",
    path: () => "/research/questionnaires/v1/measures/new?field=mobility",
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "research.questionnaires",
    method: "POST",
    path: () => "/research/questionnaires",
    form: { intent: "nonsense" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  ...(
    [
      ["research.questionnaires_.$id", "/research/questionnaires/v1", { intent: "retire", item: "SUP-01" }],
      ["research.questionnaires_.$id_.measures.$measureId", "/research/questionnaires/v1/measures/SUP-01", {}],
      [
        "research.questionnaires_.$id_.scope-questions.$questionId",
        "/research/questionnaires/v1/scope-questions/de_energy_utility",
        {},
      ],
      ["research.questionnaires_.$id_.settings", "/research/questionnaires/v1/settings", { intent: "meta" }],
      ["research.questionnaires_.$id_.publish", "/research/questionnaires/v1/publish", { intent: "publish" }],
    ] as const
  ).map(([route, path, form]) => ({
    route,
    method: "POST" as const,
    label: "published version",
    path: () => path,
    form: { revision: "0", ...form },
    expect: { anonymous: 302, admin: 409, researcher: 409, participant: 404, respondent: 404 },
  })),
  {
    route: "research.questionnaires_.$id_.export",
    method: "POST",
    path: () => "/research/questionnaires/v1/export",
    form: {},
    expect: { anonymous: 405, admin: 405, researcher: 405, participant: 405, respondent: 405 },
  },
  // The municipality picker's search: staff only; a query of one letter is refused.
  {
    route: "municipalities.search",
    method: "GET",
    path: () => "/municipalities/search?q=Sonn",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "municipalities.search",
    method: "GET",
    path: () => "/municipalities/search?q=S",
    label: "query too short",
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  // The research workspace (issue 8): researchers and admins only; everyone else 404.
  ...(["research.submissions", "research.analysis", "research.exports", "research.tokens"] as const).map((route) => ({
    route,
    method: "GET" as const,
    path: () => `/${route.replace(".", "/")}`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  })),
  // A reopen without a reason is refused and changes nothing.
  {
    route: "research.submissions",
    method: "POST",
    path: () => "/research/submissions",
    form: { intent: "reopen", assessmentId: "x", reason: "" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  {
    route: "research.tokens",
    method: "POST",
    path: () => "/research/tokens",
    form: { intent: "create", name: "", lifetime: "30" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  // A small real download (no balance in 1990): the file is only for researchers and admins.
  {
    route: "research.exports_.download",
    method: "GET",
    path: () => "/research/exports/download?dataset=balances&form=wide&format=csv&year=1990",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "research.exports_.codebook",
    method: "GET",
    path: () => "/research/exports/codebook?codebook=json&dataset=answers&form=wide&year=1990",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "api.v1.assessments",
    method: "GET",
    path: () => "/api/v1/assessments?limit=5",
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "api.v1.questionnaires",
    method: "GET",
    path: () => "/api/v1/questionnaires",
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "api.v1.questionnaires.$id",
    method: "GET",
    path: () => "/api/v1/questionnaires/1",
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "api.v1.municipalities",
    method: "GET",
    path: () => "/api/v1/municipalities?limit=5",
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  // The same visibility as the municipality page: the demo participant's workshop has Klimhausen
  // (sharing "workshops"), Sonnbach shares with nobody.
  {
    route: "api.v1.municipalities.$id",
    method: "GET",
    path: (ids) => `/api/v1/municipalities/${ids.ownMunicipality}`,
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 200, respondent: 200 },
  },
  {
    route: "api.v1.municipalities.$id",
    method: "GET",
    path: (ids) => `/api/v1/municipalities/${ids.otherMunicipality}`,
    expect: { anonymous: 401, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  // Workshops: researchers and admins all, participants the workshops they were invited to
  // (the demo one), respondents none. Posts are invalid forms: nothing changes.
  {
    route: "workshops._index",
    method: "GET",
    path: () => "/workshops",
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 200, respondent: 404 },
  },
  {
    route: "workshops._index",
    method: "POST",
    path: () => "/workshops",
    form: { title: "", heldOn: "soon" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  {
    route: "workshops.$id",
    method: "GET",
    path: (ids) => `/workshops/${ids.workshop}`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 200, respondent: 404 },
  },
  {
    route: "workshops.$id",
    method: "GET",
    label: "unknown workshop",
    path: () => "/workshops/no-such-workshop",
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "workshops.$id",
    method: "POST",
    path: (ids) => `/workshops/${ids.workshop}`,
    form: { intent: "comment", measureId: "MOB-01", body: "" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 400, respondent: 404 },
  },
  {
    route: "workshops.$id_.edit",
    method: "GET",
    path: (ids) => `/workshops/${ids.workshop}/edit`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "workshops.$id_.edit",
    method: "POST",
    path: (ids) => `/workshops/${ids.workshop}/edit`,
    form: { title: "" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  {
    route: "workshops.$id_.dossier[.]pdf",
    method: "GET",
    path: (ids) => `/workshops/${ids.workshop}/dossier.pdf`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 200, respondent: 404 },
  },
  // Partnerships: the directory for everyone signed in; recording and editing for staff;
  // interest only from a city's own staff towards a city in another country that allows it.
  { route: "partnerships._index", method: "GET", path: () => "/partnerships", expect: signedInOnly(200) },
  {
    route: "partnerships._index",
    method: "GET",
    label: "suggestions of another municipality",
    path: (ids) => `/partnerships?for=${ids.otherMunicipality}`,
    expect: signedInOnly(200),
  },
  {
    route: "partnerships._index",
    method: "POST",
    path: () => "/partnerships",
    form: { intent: "save", municipalityAId: "" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  {
    route: "partnerships._index",
    method: "POST",
    label: "interest on behalf of a municipality that is not theirs",
    path: () => "/partnerships",
    form: { intent: "interest", fromId: "someone-elses", toId: "another" },
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
  },
  {
    route: "partnerships.$id",
    method: "GET",
    path: (ids) => `/partnerships/${ids.partnership}`,
    expect: { anonymous: 302, admin: 200, researcher: 200, participant: 404, respondent: 404 },
  },
  {
    route: "partnerships.$id",
    method: "POST",
    path: (ids) => `/partnerships/${ids.partnership}`,
    form: { municipalityAId: "", kind: "twin" },
    expect: { anonymous: 302, admin: 400, researcher: 400, participant: 404, respondent: 404 },
  },
  // Results of a round: a round in progress only for its own staff and researchers (provisional);
  // a submitted round also for whoever the municipality's sharing setting lets see it.
  ...(
    [
      ["assessments.$id_.profile", "/profile", 302],
      ["assessments.$id_.recommendations", "/recommendations", 302],
      ["api.v1.assessments.$id.profile", "/profile", 401],
      ["api.v1.assessments.$id.recommendations", "/recommendations", 401],
    ] as const
  ).flatMap(([route, suffix, anonymous]) => {
    const prefix = route.startsWith("api.") ? "/api/v1/assessments" : "/assessments";
    const cases: Array<[keyof Ids, Omit<Expected, "anonymous">]> = [
      ["ownAssessment", { admin: 200, researcher: 200, participant: 404, respondent: 200 }],
      ["otherAssessment", { admin: 200, researcher: 200, participant: 404, respondent: 404 }],
      ["ownSubmitted", { admin: 200, researcher: 200, participant: 200, respondent: 200 }],
      ["otherSubmitted", { admin: 200, researcher: 200, participant: 404, respondent: 404 }],
      ["sharedSubmitted", { admin: 200, researcher: 200, participant: 200, respondent: 200 }],
    ];
    return cases.map(
      ([which, expected]): Entry => ({
        route,
        method: "GET",
        label: which,
        path: (ids) => `${prefix}/${ids[which]}${suffix}`,
        expect: { anonymous, ...expected },
      }),
    );
  }),
  // Marks: only the municipality's own staff; a form it cannot read is refused and changes nothing.
  {
    route: "assessments.$id_.recommendations",
    method: "POST",
    label: "mark own, invalid",
    path: (ids) => `/assessments/${ids.ownSubmitted}/recommendations`,
    form: { measureId: "MOB-01", mark: "nonsense" },
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 400 },
  },
  {
    route: "assessments.$id_.recommendations",
    method: "POST",
    label: "mark other",
    path: (ids) => `/assessments/${ids.sharedSubmitted}/recommendations`,
    form: { measureId: "MOB-01", mark: "interested" },
    expect: { anonymous: 302, admin: 404, researcher: 404, participant: 404, respondent: 404 },
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
          .where("status", "=", "in_progress")
          .executeTakeFirstOrThrow()
      ).id;
    const submittedOf = async (municipality: string) =>
      (
        await e2eDb()
          .selectFrom("assessment")
          .select("id")
          .where("municipality_id", "=", municipality)
          .where("status", "=", "submitted")
          .orderBy("reporting_year", "desc")
          .executeTakeFirstOrThrow()
      ).id;
    ids = {
      ownMunicipality: own,
      otherMunicipality: other,
      ownAssessment: await assessmentOf(own),
      otherAssessment: await assessmentOf(other),
      ownSubmitted: await submittedOf(own),
      otherSubmitted: await submittedOf(other),
      sharedSubmitted: await submittedOf(await municipalityId("Grünwalde an der Aue")),
      workshop: (await e2eDb().selectFrom("workshop").select("id").orderBy("created_at").executeTakeFirstOrThrow()).id,
      partnership: (
        await e2eDb().selectFrom("partnership").select("id").orderBy("created_at").executeTakeFirstOrThrow()
      ).id,
    };
    for (const who of people) {
      const context = await playwrightRequest.newContext({
        baseURL,
        maxRedirects: 0,
        extraHTTPHeaders: { Origin: baseURL ?? "" },
      });
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
