/**
 * The research workspace in Chromium: a researcher filters the submissions, reopens one
 * with a reason, downloads exports (file name and first bytes), reads the analysis, and
 * creates and revokes an API token that a script uses with a Bearer header.
 */
import { request as playwrightRequest } from "@playwright/test";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { newId } from "#app/server/core/ids.server";
import { completeAnswers, createMunicipalityWithAnswers } from "#tests/support/research-fixtures";
import { signIn } from "./support/auth";
import { e2eDb } from "./support/db";
import { expect, expectNoAxeViolations, test } from "./support/test";

// Read from the server's database: Playwright's loader cannot import the JSON sources.
async function publishedVersion() {
  const row = await e2eDb()
    .selectFrom("questionnaire_version")
    .select("content")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirstOrThrow();
  return QuestionnaireVersion.parse(JSON.parse(row.content));
}

/** A round of its own far in the future, so no other journey's data is in the way. */
async function submittedCity(country: "DE" | "JP" | "US", year: number) {
  const name = { DE: "Prüfstadt", JP: "検証市", US: "Checkton" }[country];
  const unique = `${name} ${newId().slice(0, 5)}`;
  const created = await createMunicipalityWithAnswers(e2eDb(), {
    name: unique,
    country,
    reportingYear: year,
    answers: completeAnswers(await publishedVersion(), country, 3),
  });
  return { ...created, name: unique };
}

test("a researcher filters the submissions and reopens one with a reason", async ({ page }) => {
  const year = 2040 + Math.floor(Math.random() * 40);
  const japanese = await submittedCity("JP", year);
  const german = await submittedCity("DE", year);
  await signIn(page, "researcher@demo.test", "demo-password");
  await page.goto("/research/submissions");
  await expect(page.getByRole("heading", { level: 1, name: "Submissions" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Research workspace" }).getByRole("link", { name: "Submissions" }),
  ).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await page.getByLabel("Country", { exact: true }).selectOption("JP");
  await page.getByLabel("Round", { exact: true }).selectOption(String(year));
  await page.getByLabel("Status", { exact: true }).selectOption("submitted");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`country=JP.*year=${year}.*status=submitted`));
  await expect(page.getByText("1 assessment matches")).toBeVisible();
  const row = page.locator(`tr[data-assessment="${japanese.assessmentId}"]`);
  await expect(row).toBeVisible();
  await expect(page.locator(`tr[data-assessment="${german.assessmentId}"]`)).toHaveCount(0);
  await expect(row.getByRole("link", { name: japanese.name, exact: true })).toBeVisible();

  await row.getByText("Reopen …").click();
  // Without a reason the browser keeps the form; with one it goes through.
  await row.getByLabel("Reason for reopening").fill("The population figure is from 2015.");
  await expectNoAxeViolations(page);
  await row.getByRole("button", { name: "Reopen for changes" }).click();
  await expect(page.getByRole("status")).toContainText("The assessment has been reopened.");
  // Still filtered on "submitted": the reopened assessment has left the list.
  await expect(page.locator(`tr[data-assessment="${japanese.assessmentId}"]`)).toHaveCount(0);
  const stored = await e2eDb()
    .selectFrom("assessment")
    .select("status")
    .where("id", "=", japanese.assessmentId)
    .executeTakeFirstOrThrow();
  expect(stored.status).toBe("in_progress");

  // The researcher opens it read-only from the list.
  await page.getByLabel("Status", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.locator(`tr[data-assessment="${japanese.assessmentId}"]`).getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${japanese.assessmentId}$`));
});

test("a researcher downloads exports: CSV with byte order mark and XLSX", async ({ page }) => {
  const year = 2040 + Math.floor(Math.random() * 40);
  await submittedCity("US", year);
  await signIn(page, "researcher@demo.test", "demo-password");
  await page.goto("/research/exports");
  await expectNoAxeViolations(page);
  await page.getByLabel("CSV (UTF-8 with byte order mark)").check();
  await page.getByLabel("Round", { exact: true }).selectOption(String(year));
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download", exact: true }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(
    new RegExp(`^climate-benchmark-answers-wide-${year}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const csvBytes = await readAll(await csv.createReadStream());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvBytes.subarray(3, 25).toString("utf8")).toBe("questionnaire_version,");

  await page.getByLabel("Activity profiles").check();
  await page.getByLabel("Long", { exact: true }).check();
  await page.getByLabel("Excel workbook (XLSX)").check();
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download", exact: true }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^climate-benchmark-profiles-long-\d{4}-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsxBytes = await readAll(await xlsx.createReadStream());
  expect(xlsxBytes.subarray(0, 2).toString("latin1")).toBe("PK");

  const [codebook] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Codebook only (JSON)" }).click(),
  ]);
  expect(codebook.suggestedFilename()).toMatch(/\.codebook\.json$/);
  const parsed = JSON.parse((await readAll(await codebook.createReadStream())).toString("utf8")) as {
    columns: Array<{ name: string }>;
  };
  expect(parsed.columns.map((c) => c.name)).toContain("group_kind");
});

test("the analysis shows charts with their tables and no ranks", async ({ page }) => {
  await signIn(page, "researcher@demo.test", "demo-password", "de");
  await page.goto("/research/analysis?lng=de");
  await expect(page.getByRole("heading", { level: 1, name: "Auswertung über Kommunen hinweg" })).toBeVisible();
  await expect(page.getByRole("img").first()).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Kennzahl der Verteilungen").selectOption("absoluteActivity");
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(page.getByRole("heading", { name: /Absolute Aktivität/ })).toBeVisible();
});

test("a researcher creates an API token, a script uses it, and after revoking it gets 401", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "researcher@demo.test", "demo-password");
  await page.goto("/research/tokens");
  await expectNoAxeViolations(page);
  const name = `Script ${newId().slice(0, 6)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Valid for").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^mcb_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  // A script: no cookies, only the token (as curl -H "Authorization: Bearer …" would send it).
  const script = await playwrightRequest.newContext({ baseURL });
  try {
    const headers = { Authorization: `Bearer ${token}` };
    const list = await script.get("/api/v1/assessments?status=submitted&limit=2", { headers });
    expect(list.status()).toBe(200);
    const body = (await list.json()) as { assessments: unknown[]; total: number };
    expect(body.assessments.length).toBeGreaterThan(0);
    const write = await script.post("/api/v1/assessments/any/reopen", { headers, data: { reason: "token" } });
    expect(write.status()).toBe(403);

    // The reload shows when the token was last used.
    await page.goto("/research/tokens");
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).not.toContainText("never");
    await row.getByRole("button", { name: `Revoke the token “${name}”` }).click();
    await expect(page.getByRole("status")).toContainText("The token has been revoked.");
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");

    const after = await script.get("/api/v1/assessments?status=submitted&limit=2", { headers });
    expect(after.status()).toBe(401);
  } finally {
    await script.dispose();
  }
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
