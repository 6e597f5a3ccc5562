/**
 * The research workspace for questionnaire versions, in Chromium: two researchers on one
 * draft, then version 1 taken to version 2 (edited in three languages, previewed as a
 * Japanese city in Japanese, published, exported), a demo city's next round carried over,
 * and researcher-written markup shown as text everywhere it appears.
 *
 * Publishing changes what every other journey sees (the catalogue, new rounds), so these
 * journeys run against a server and database of their own.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { type Locator, type Page, request as playwrightRequest } from "@playwright/test";
import {
  type AnswerValue,
  askedMeasures,
  missingAnswers,
  questionNames,
  scopeQuestionsFor,
} from "#app/domain/assessments/answers";
import type { CarryOverMarks } from "#app/domain/questionnaires/compile-survey";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { openDatabase } from "#db/database";
import { signIn } from "./support/auth";
import { test as base, expect, expectNoAxeViolations } from "./support/test";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Isolated {
  origin: string;
  databasePath: string;
}

const test = base.extend<{ alerts: string[] }, { isolated: Isolated }>({
  isolated: [
    async ({ browserName: _ }, use) => {
      const port = await freePort();
      const folder = `data/e2e-versions-${port}`;
      rmSync(folder, { recursive: true, force: true });
      const databasePath = `${folder}/benchmark.sqlite`;
      const server: ChildProcess = spawn("node", ["server.js"], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: "127.0.0.1",
          DATABASE_URL: databasePath,
          NODE_ENV: "production",
          SIGN_IN_ADDRESS_LIMIT: "10000",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const origin = `http://127.0.0.1:${port}`;
      for (let attempt = 0; ; attempt++) {
        const ok = await fetch(`${origin}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (attempt > 300 || server.exitCode !== null) throw new Error("the versions server did not start");
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await use({ origin, databasePath });
      server.kill();
      await new Promise((resolve) => server.once("exit", resolve));
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 90_000 },
  ],
  baseURL: async ({ isolated }, use) => use(isolated.origin),
  // Confirmations are answered yes; any other dialog (an alert from injected script) is recorded and fails the test.
  alerts: [
    async ({ page }, use) => {
      const alerts: string[] = [];
      page.on("dialog", (dialog) => {
        if (dialog.type() === "confirm") void dialog.accept();
        else {
          alerts.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        }
      });
      await use(alerts);
      expect(alerts, "dialogs opened by page content").toEqual([]);
    },
    { auto: true },
  ],
});

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

/** Version 1 as the server stored it (the spec does not import the source files: they are JSON modules). */
async function versionOne(databasePath: string): Promise<QuestionnaireVersion> {
  const database = openDatabase({ dialect: "sqlite", path: databasePath }).db;
  try {
    const row = await database
      .selectFrom("questionnaire_version")
      .select("content")
      .where("id", "=", "v1")
      .executeTakeFirstOrThrow();
    return QuestionnaireVersion.parse(JSON.parse(row.content));
  } finally {
    await database.destroy();
  }
}

/** Measures a Japanese city is asked about: one to retire, one whose legal scope changes, one reworded. */
function chosenMeasures(v1: QuestionnaireVersion): [string, string, string] {
  const [retired, rescoped, reworded] = askedMeasures(v1, "JP").map((m) => m.id);
  if (!retired || !rescoped || !reworded) throw new Error("version 1 asks Japanese cities about measures");
  return [retired, rescoped, reworded];
}

/** Texts researchers might type, and that must stay text wherever they show. */
const payloads = {
  title: {
    de: "<script>alert(1)</script> Schulstraßen ohne Autos",
    en: "<img src=x onerror=alert(1)> Car-free school streets",
    ja: "<script>alert(1)</script> 学校前の歩行者天国",
  },
  description: {
    de: "Beschreibung {{constructor}} mit <b>Markup</b>",
    en: 'Description {{constructor}} with <a href="javascript:alert(1)">a link</a>',
    ja: '説明 {{constructor}} <a href="javascript:alert(1)">リンク</a>',
  },
  example: {
    de: '=HYPERLINK("http://example.test","Beispiel")',
    en: '=HYPERLINK("http://example.test","Example")',
    ja: '=HYPERLINK("http://example.test","取組例")',
  },
};

const group = (scope: Page | Locator, name: string) => scope.getByRole("group", { name, exact: true });

async function fillLocalized(scope: Page | Locator, legend: string, text: { de: string; en: string; ja: string }) {
  const fields = group(scope, legend);
  await fields.getByLabel("German", { exact: true }).fill(text.de);
  await fields.getByLabel("English", { exact: true }).fill(text.en);
  await fields.getByLabel("Japanese", { exact: true }).fill(text.ja);
}

/** Every text of a new measure, in three languages, and a legal basis per country. */
async function fillNewMeasure(page: Page, title: { de: string; en: string; ja: string }) {
  await fillLocalized(page, "Title", title);
  await fillLocalized(page, "Description", payloads.description);
  await fillLocalized(page, "Example", payloads.example);
  for (const country of ["Germany", "Japan", "USA"]) {
    const scope = group(page, `Legal scope in ${country}`);
    await scope.getByLabel("Legal basis").fill(`Test Act § 1 (${country})`);
    await fillLocalized(scope, "Reason", { de: "Begründung", en: "Reason", ja: "理由" });
  }
}

/** A demo city's round, complete and submitted through the JSON API as its staff would. */
async function submitRoundViaApi(v1: QuestionnaireVersion, origin: string, email: string, assessmentId: string) {
  const api = await playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin } });
  try {
    expect((await api.post("/login", { form: { email, password: "demo-password" }, maxRedirects: 0 })).status()).toBe(
      302,
    );
    const round = (await (await api.get(`/api/v1/assessments/${assessmentId}`)).json()) as {
      revision: number;
      answers: Record<string, AnswerValue>;
    };
    const answers: Record<string, AnswerValue> = { ...round.answers };
    for (let pass = 0; pass < 3; pass++) {
      for (const name of missingAnswers(v1, "JP", answers)) answers[name] = sensibleValue(v1, name);
    }
    for (const id of chosenMeasures(v1)) answers[questionNames.comment(id)] = `About ${id}`;
    const saved = await api.post(`/api/v1/assessments/${assessmentId}/answers`, {
      data: { baseRevision: round.revision, changes: answers },
    });
    expect(saved.status()).toBe(200);
    const submitted = await api.post(`/api/v1/assessments/${assessmentId}/submit`, { data: {} });
    expect(submitted.status(), await submitted.text()).toBe(200);
    return answers;
  } finally {
    await api.dispose();
  }
}

function sensibleValue(v1: QuestionnaireVersion, name: string): AnswerValue {
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
  const scope = scopeQuestionsFor(v1, "JP").find((q) => questionNames.scope(q.id) === name);
  return scope?.options[0]?.value ?? "in_progress";
}

test("two researchers on one draft: the later save is refused and shows the other's text", async ({
  page,
  browser,
  isolated,
}) => {
  const [, , rewordedId] = chosenMeasures(await versionOne(isolated.databasePath));
  await signIn(page, "researcher@demo.test", "demo-password");
  await page.goto("/research/questionnaires");
  await page.getByRole("button", { name: "Start a draft from version 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Draft of version 2" })).toBeVisible();
  const draftUrl = page.url().replace(/\?.*$/, "");

  const other = await browser.newPage();
  try {
    await signIn(other, "admin@demo.test", "demo-password");
    await page.goto(`${draftUrl}/measures/${rewordedId}`);
    await other.goto(`${draftUrl}/measures/${rewordedId}`);

    await group(other, "Title").getByLabel("English", { exact: true }).fill("The admin's title");
    await other.getByRole("button", { name: "Save measure" }).click();
    await expect(other.getByText("The measure has been saved.")).toBeVisible();

    await group(page, "Title").getByLabel("English", { exact: true }).fill("The researcher's title");
    await page.getByRole("button", { name: "Save measure" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Someone else saved this draft in the meantime" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("row", { name: /Title · English/ })).toContainText("The admin's title");
    await expect(conflict.getByRole("row", { name: /Title · English/ })).toContainText("The researcher's title");
    await expect(group(page, "Title").getByLabel("English", { exact: true })).toHaveValue("The researcher's title");
    await expectNoAxeViolations(page);

    // Saving again, having seen the other text, keeps the researcher's.
    await page.getByRole("button", { name: "Save measure" }).click();
    await expect(page.getByText("The measure has been saved.")).toBeVisible();
    await other.reload();
    await expect(group(other, "Title").getByLabel("English", { exact: true })).toHaveValue("The researcher's title");
  } finally {
    await other.close();
  }

  await page.goto(draftUrl);
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await expect(page.getByText("The draft has been discarded.")).toBeVisible();
});

test("a researcher takes version 1 to version 2 in the browser, and a city's next round carries over", async ({
  page,
  isolated,
}) => {
  const v1 = await versionOne(isolated.databasePath);
  const [retiredId, rescopedId, rewordedId] = chosenMeasures(v1);
  // The Japanese demo city has submitted its round on version 1.
  const database = openDatabase({ dialect: "sqlite", path: isolated.databasePath }).db;
  try {
    const city = await database
      .selectFrom("municipality")
      .select("id")
      .where("name_native", "=", "みどり野市")
      .executeTakeFirstOrThrow();
    const firstRound = await database
      .selectFrom("assessment")
      .select(["id", "reporting_year"])
      .where("municipality_id", "=", city.id)
      .executeTakeFirstOrThrow();
    const answers = await submitRoundViaApi(v1, isolated.origin, "jp.city@demo.test", firstRound.id);

    await signIn(page, "researcher@demo.test", "demo-password");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Research" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Questionnaire versions" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Start a draft from version 1" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Draft of version 2" })).toBeVisible();
    await expect(page.getByText("The check finds no problem.")).toBeVisible();
    await expectNoAxeViolations(page);
    const draftUrl = page.url().replace(/\?.*$/, "");

    // A measure reworded in three languages; a missing language is marked while typing and after saving.
    await page.getByRole("link", { name: rewordedId, exact: true }).click();
    await fillLocalized(page, "Title", {
      de: "Neu gefasste Maßnahme",
      en: "Reworded measure",
      ja: "見直した施策",
    });
    const japaneseTitle = group(page, "Title").getByLabel("Japanese", { exact: true });
    await japaneseTitle.fill("");
    await expect(group(page, "Title").locator(".missing-marker")).toBeVisible();
    await expect(japaneseTitle).toHaveAttribute("aria-invalid", "true");
    await expect(japaneseTitle).toHaveAccessibleDescription(/Title is missing in Japanese/);
    await page.getByRole("radio", { name: "No – ask again and show the earlier answer" }).check();
    await page.getByRole("button", { name: "Save measure" }).click();
    await expect(page.getByText("The measure has been saved.")).toBeVisible();
    await expect(group(page, "Title").locator(".missing-marker")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Back to the draft" }).click();
    await expect(page.getByRole("row", { name: new RegExp(rewordedId) })).toContainText("Missing in Japanese");
    await expect(page.getByRole("heading", { name: /1 problem to fix before publishing/ })).toBeVisible();
    await page.getByRole("link", { name: rewordedId, exact: true }).click();
    await group(page, "Title").getByLabel("Japanese", { exact: true }).fill("見直した施策");
    await expect(group(page, "Title").locator(".missing-marker")).toHaveCount(0);
    await page.getByRole("button", { name: "Save measure" }).click();
    await expect(page.getByText("The measure has been saved.")).toBeVisible();

    // A legal scope changes in Japan; earlier answers stay comparable.
    await page.goto(`${draftUrl}/measures/${rescopedId}`);
    const japan = group(page, "Legal scope in Japan");
    const level = japan.getByLabel("Level");
    await level.selectOption((await level.inputValue()) === "full" ? "partial" : "full");
    await japan.getByLabel("Legal basis").fill("地方自治法 第2条第2項（改正後）");
    await page.getByRole("radio", { name: "Yes – carry the earlier answers over to confirm" }).check();
    await page.getByRole("button", { name: "Save measure" }).click();
    await expect(page.getByText("The measure has been saved.")).toBeVisible();

    // Two new measures, with markup, links and formulas in their texts.
    const added: string[] = [];
    for (const [field, title] of [
      ["mobility", payloads.title],
      ["communication_cooperation", { de: "Klimabeirat", en: "Climate advisory board", ja: "気候変動対策審議会" }],
    ] as const) {
      await page.goto(draftUrl);
      await page.getByLabel("Field of action").selectOption(field);
      await page.getByRole("button", { name: "Add a measure" }).click();
      await fillNewMeasure(page, title);
      await page.getByRole("button", { name: "Save measure" }).click();
      await expect(page.getByText(/The measure [A-Z]{3}-\d\d has been added\./)).toBeVisible();
      added.push(page.url().match(/measures\/([A-Z]{3}-\d\d)/)?.[1] ?? "");
    }
    expect(added).toEqual(["MOB-15", expect.stringMatching(/^COM-\d\d$/)]);
    // The markup is a form value, shown as typed.
    await expect(group(page, "Description").getByLabel("English", { exact: true })).toHaveValue(
      payloads.description.en,
    );

    // One measure is retired.
    await page.goto(draftUrl);
    await page.getByRole("button", { name: `Retire ${retiredId}` }).click();
    await expect(page.getByText(`${retiredId} has been retired.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Retired in this draft" })).toBeVisible();
    // The new measure's title shows as text in the list.
    await expect(page.getByRole("row", { name: /MOB-15/ })).toContainText(payloads.title.en);

    // The version's own texts.
    await page.getByRole("link", { name: "Version texts and scoring" }).click();
    await fillLocalized(page, "Title", { de: "Erhebungsrunde 2", en: "Round 2", ja: "第2回調査" });
    await page.getByRole("button", { name: "Save texts" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();

    // The preview as a Japanese city, in Japanese.
    await page.goto(`${draftUrl}/preview`);
    await page.getByLabel("Respondent's country").selectOption("JP");
    await page.getByLabel("Language of the questionnaire").selectOption("ja");
    await page.getByRole("button", { name: "Show preview" }).click();
    await expect(page).toHaveURL(/country=JP&language=ja/);
    const preview = page.getByTestId("preview");
    await preview
      .getByRole("button", { name: /交通・モビリティ|Mobility|モビリティ/ })
      .first()
      .click();
    await expect(preview.getByText(`MOB-15 ${payloads.title.ja}`)).toBeVisible();
    await expect(preview.getByText(payloads.description.ja, { exact: false })).toBeVisible();
    await expect(preview.locator("script, img[src='x'], a[href^='javascript']")).toHaveCount(0);
    await expect(preview.getByText("実施状況").first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Publishing.
    await page.goto(`${draftUrl}/publish`);
    await expect(page.getByRole("heading", { name: "Ready to publish" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Publish as version 2" }).click();
    await expect(page.getByText("Version 2 is published.", { exact: false })).toBeVisible();
    await expect(page.getByText("This version is published and can no longer be changed.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Retire/ })).toHaveCount(0);

    // The export downloads the folder questionnaires/v2, and the whole version as one JSON file.
    const downloadBytes = async (name: string) => {
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name }).click();
      const download = await downloading;
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const folder = await downloadBytes("Export as source folder (zip)");
    expect(folder.name).toBe("questionnaire-v2.zip");
    expect(folder.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    for (const file of ["v2/version.json", "v2/retired.json", "v2/measures/mobility.json", "v2/index.ts"]) {
      expect(folder.bytes.includes(Buffer.from(file)), file).toBe(true);
    }
    const single = await downloadBytes("Export as JSON");
    expect(single.name).toBe("questionnaire-v2.json");
    const exported = QuestionnaireVersion.parse(JSON.parse(single.bytes.toString("utf8")));
    expect(exported.version).toBe(2);
    expect(exported.retired).toEqual([retiredId]);
    expect(exported.comparability).toEqual({ [rescopedId]: "comparable", [rewordedId]: "not_comparable" });

    // The new version is live: the catalogue shows it, titles as text.
    await page.goto("/catalogue");
    await expect(page.getByText(/^Questionnaire version 2: Round 2/)).toBeVisible();
    await expect(page.getByText(payloads.title.en, { exact: true }).first()).toBeVisible();
    await expect(page.locator("main img[src='x'], main script")).toHaveCount(0);

    // The city's staff start the next round: it runs on version 2 with answers carried over.
    const api = await playwrightRequest.newContext({
      baseURL: isolated.origin,
      extraHTTPHeaders: { Origin: isolated.origin },
    });
    try {
      await api.post("/login", { form: { email: "jp.city@demo.test", password: "demo-password" }, maxRedirects: 0 });
      const started = await api.post(`/municipalities/${city.id}/rounds`, { form: {}, maxRedirects: 0 });
      expect(started.status()).toBe(302);
      const nextId = started.headers().location?.split("/").pop() ?? "";
      const next = (await (await api.get(`/api/v1/assessments/${nextId}`)).json()) as {
        questionnaireVersion: { number: number };
        reportingYear: number;
        answers: Record<string, AnswerValue>;
      };
      expect(next.questionnaireVersion.number).toBe(2);
      expect(next.reportingYear).toBe(firstRound.reporting_year + 1);
      // Retired: dropped. Reworded: asked again. New: empty. Re-scoped (comparable): carried over.
      expect(Object.keys(next.answers).filter((n) => n.startsWith(`${questionNames.measureKey(retiredId)}_`))).toEqual(
        [],
      );
      expect(next.answers[questionNames.status(rewordedId)]).toBeUndefined();
      for (const id of added) expect(next.answers[questionNames.status(id)]).toBeUndefined();
      expect(next.answers[questionNames.status(rescopedId)]).toBe(answers[questionNames.status(rescopedId)]);
      expect(next.answers[questionNames.population]).toBe(answers[questionNames.population]);
      const marks = await database
        .selectFrom("assessment")
        .select("carry_over")
        .where("id", "=", nextId)
        .executeTakeFirstOrThrow();
      const carryOver = JSON.parse(marks.carry_over ?? "null") as CarryOverMarks;
      expect(carryOver.changed[questionNames.status(rewordedId)]).toBe(answers[questionNames.status(rewordedId)]);
      expect(carryOver.carried).toContain(questionNames.status(rescopedId));
    } finally {
      await api.dispose();
    }
  } finally {
    await database.destroy();
  }
});
