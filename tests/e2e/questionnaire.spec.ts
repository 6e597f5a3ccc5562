import type { Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { createRespondentWithAssessment } from "./support/db";
import { expect, expectNoAxeViolations, test } from "./support/test";

const question = (page: Page, name: string) => page.locator(`[data-name="${name}"]`);

async function openAssessment(page: Page, assessmentId: string) {
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.locator('[data-name="general_population"]')).toBeVisible();
}

async function saved(page: Page) {
  await expect(page.locator(".save-status")).toHaveAttribute("data-state", "saved");
}

async function goToPage(page: Page, title: string | RegExp) {
  await page
    .getByRole("navigation", { name: /Pages of the questionnaire|調査票のページ|Seiten des Fragebogens/ })
    .getByRole("button", { name: title })
    .click();
}

test("a respondent fills several pages, reloads and resumes where they were with every answer kept", async ({
  page,
}) => {
  test.slow();
  const respondent = await createRespondentWithAssessment("DE");
  await signIn(page, respondent.email, respondent.password);
  await openAssessment(page, respondent.assessmentId);
  await expectNoAxeViolations(page);

  await question(page, "general_population").locator("input").fill("51234");
  await question(page, "general_climate_staff").locator("input").fill("2.5");
  await question(page, "general_climate_plan").getByText("In preparation").click();
  await saved(page);

  await goToPage(page, /Scope for action in practice/);
  await question(page, "scope_de_energy_utility").getByRole("radio").first().check({ force: true });
  await expectNoAxeViolations(page);

  await goToPage(page, /^Mobility/);
  await question(page, "MOB_01_status").getByText("In progress", { exact: true }).click();
  await expect(question(page, "MOB_01_year")).toBeVisible();
  await question(page, "MOB_01_year").locator("input").fill("2023");
  await question(page, "MOB_01_comment").locator("textarea").fill("Adopted with the 2023 budget.");
  await question(page, "MOB_01_comment").locator("textarea").blur();
  await saved(page);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(question(page, "MOB_01_status").getByRole("radio", { name: "In progress" })).toBeChecked();
  await expect(question(page, "MOB_01_year").locator("input")).toHaveValue("2023");
  await goToPage(page, /About the municipality/);
  await expect(question(page, "general_population").locator("input")).toHaveValue("51234");
  await expect(question(page, "general_climate_plan").getByRole("radio", { name: "In preparation" })).toBeChecked();

  // The progress per page counts what was answered.
  await expect(page.getByRole("button", { name: /About the municipality/ })).toContainText("3 of 4 answered");
});

test("answers typed offline are kept and sent when the connection is back", async ({ page, context }) => {
  const respondent = await createRespondentWithAssessment("US");
  await signIn(page, respondent.email, respondent.password);
  await openAssessment(page, respondent.assessmentId);

  await context.setOffline(true);
  await question(page, "general_population").locator("input").fill("7777");
  await question(page, "general_population").locator("input").blur();
  await expect(page.locator(".save-status")).toHaveAttribute("data-state", "offline");

  await context.setOffline(false);
  await saved(page);
  const response = await page.request.get(`/api/v1/assessments/${respondent.assessmentId}`);
  expect((await response.json()).answers.general_population).toBe(7777);
});

test("answers typed after the session expired are kept and saved after signing in again", async ({ page, context }) => {
  const respondent = await createRespondentWithAssessment("DE");
  await signIn(page, respondent.email, respondent.password);
  await openAssessment(page, respondent.assessmentId);

  await context.clearCookies();
  await question(page, "general_population").locator("input").fill("4242");
  await question(page, "general_population").locator("input").blur();
  await expect(page.locator(".save-status")).toHaveAttribute("data-state", "signed_out");

  await page.getByRole("link", { name: "Sign in again to save them" }).click();
  await page.locator('input[name="email"]').fill(respondent.email);
  await page.locator('input[name="password"]').fill(respondent.password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${respondent.assessmentId}$`));
  await saved(page);
  await expect(question(page, "general_population").locator("input")).toHaveValue("4242");
});

test("two people editing at once: the stale save is shown as a conflict and resolved by choice", async ({
  browser,
}) => {
  const respondent = await createRespondentWithAssessment("JP");
  const first = await browser.newContext();
  const second = await browser.newContext();
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  await signIn(pageA, respondent.email, respondent.password);
  await signIn(pageB, respondent.email, respondent.password);
  await openAssessment(pageA, respondent.assessmentId);
  await openAssessment(pageB, respondent.assessmentId);

  await question(pageA, "general_population").locator("input").fill("100");
  await question(pageA, "general_population").locator("input").blur();
  await saved(pageA);

  await question(pageB, "general_population").locator("input").fill("200");
  await question(pageB, "general_population").locator("input").blur();
  const conflict = pageB.getByRole("alert").filter({ hasText: "Answers that differ" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Population/ })).toContainText("100");
  await expectNoAxeViolations(pageB);
  await conflict.getByRole("radio", { name: /Keep mine: 200/ }).check();
  await conflict.getByRole("button", { name: "Apply and save" }).click();
  await saved(pageB);

  const response = await pageB.request.get(`/api/v1/assessments/${respondent.assessmentId}`);
  const body = await response.json();
  expect(body.answers.general_population).toBe(200);
  expect(body.revision).toBe(2);
  await first.close();
  await second.close();
});

test("switching to Japanese mid-way keeps the answers and translates the questionnaire", async ({ page }) => {
  const respondent = await createRespondentWithAssessment("JP");
  await signIn(page, respondent.email, respondent.password);
  await openAssessment(page, respondent.assessmentId);
  await question(page, "general_population").locator("input").fill("86900");
  await question(page, "general_population").locator("input").blur();
  await saved(page);

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(question(page, "general_population")).toContainText("人口（人）");
  await expect(question(page, "general_population").locator("input")).toHaveValue("86900");
  await expectNoAxeViolations(page);
});

test("submitting checks completeness, then locks the assessment", async ({ page }) => {
  // Answers every required question through the survey: many clicks.
  test.slow();
  const respondent = await createRespondentWithAssessment("DE");
  await signIn(page, respondent.email, respondent.password);
  await openAssessment(page, respondent.assessmentId);
  page.on("dialog", (dialog) => void dialog.accept());

  await page.getByRole("button", { name: "Submit assessment" }).click();
  const missing = page.getByRole("alert").filter({ hasText: "Some answers are still missing" });
  await expect(missing).toBeVisible();
  await expect(missing).toContainText("Population (inhabitants)");

  await fillEverything(page);
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page.getByText(/was submitted on/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

/** Answers every required question through the survey, page by page. */
async function fillEverything(page: Page) {
  const nav = page.getByRole("navigation", { name: "Pages of the questionnaire" });
  const pageCount = await nav.getByRole("button").count();
  for (let index = 0; index < pageCount; index++) {
    await nav.getByRole("button").nth(index).click();
    // Answers can reveal further questions (a target year after a target type): several passes.
    for (let pass = 0; pass < 3; pass++) await fillVisibleRequired(page);
  }
  await saved(page);
}

async function fillVisibleRequired(page: Page) {
  const names = await page
    .locator(".sd-question:has(.sd-question__required-text)")
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("data-name") ?? ""));
  for (const name of names) {
    const element = question(page, name);
    if (!(await element.isVisible())) continue;
    const radios = element.getByRole("radio");
    if ((await radios.count()) > 0) {
      if ((await element.getByRole("radio", { checked: true }).count()) === 0)
        await element.locator("label").nth(1).click();
      continue;
    }
    const input = element.locator("input");
    if ((await input.count()) > 0 && !(await input.inputValue())) {
      // Years and counts take 2030; the reduction target is a percentage.
      await input.fill(name === "general_target_reduction" ? "55" : "2030");
      await input.blur();
    }
  }
}
