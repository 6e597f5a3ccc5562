/**
 * The public measure catalogue: translated and accessible, filterable with and
 * without JavaScript, and showing the legal scope matrix. Expectations come from the
 * published catalogue in questionnaires/v1/measures/*.json.
 */
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./support/test";

const headings = { de: "Maßnahmenkatalog", en: "Measure catalogue", ja: "施策カタログ" } as const;
const counts = {
  de: "64 von 64 Maßnahmen angezeigt",
  en: "64 of 64 measures shown",
  ja: "全64件中64件の施策を表示しています",
} as const;
const mobilityIds = Array.from({ length: 14 }, (_, i) => `MOB-${String(i + 1).padStart(2, "0")}`);

/** The ids in the measure table, in their order. */
function measureIds(page: Page) {
  return page.locator(".measure-table tbody th.measure-id");
}

/** The filter form, once its change handler is live. */
async function liveFilters(page: Page) {
  const form = page.getByRole("search", { name: "Filter the catalogue" });
  await expect(form).toHaveAttribute("data-enhanced", "true");
  return form;
}

for (const [locale, heading] of Object.entries(headings)) {
  test(`the catalogue in ${locale} is public, translated and passes axe`, async ({ page }) => {
    // A long page: axe needs a while for its 64 measures and the scope matrix.
    test.slow();
    await page.goto(`/catalogue?lng=${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("status")).toHaveText(counts[locale as keyof typeof counts]);
    await expect(measureIds(page)).toHaveCount(64);
    // Checked with the explanations and a measure opened, so that their contents count too.
    await page.locator(".classification-help summary").click();
    await page.locator("#measure-MOB-08 summary").click();
    await expect(page.locator("#measure-MOB-08 dd").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the page names the questionnaire version it shows", async ({ page }) => {
  await page.goto("/catalogue?lng=en");
  await expect(page.getByText(/^Questionnaire version 1: Municipal Climate Benchmark – Round 1/)).toBeVisible();
});

test("the site navigation leads to the catalogue", async ({ page }) => {
  await page.goto("/?lng=en");
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Measure catalogue" })
    .click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings.en);
});

test("choosing filters narrows the table at once and updates the count", async ({ page }) => {
  await page.goto("/catalogue?lng=en");
  const filters = await liveFilters(page);

  await filters.getByLabel("Field of action", { exact: true }).selectOption({ label: "Mobility" });
  await expect(page).toHaveURL(/[?&]field=mobility(&|$)/);
  await expect(page.getByRole("status")).toHaveText("14 of 64 measures shown");
  await expect(measureIds(page)).toHaveText(mobilityIds);
  // Empty choices stay out of the address.
  expect(new URL(page.url()).search).toBe("?field=mobility");

  await filters.getByLabel("Impact approach", { exact: true }).selectOption({ label: "Advisor and promoter" });
  await expect(page.getByRole("status")).toHaveText("2 of 64 measures shown");
  await expect(measureIds(page)).toHaveText(["MOB-12", "MOB-13"]);
  await expect(page.locator(".active-filters li")).toHaveText([
    "Field of action: Mobility",
    "Impact approach: Advisor and promoter",
  ]);

  await filters.getByRole("link", { name: "Show all measures" }).click();
  await expect(page.getByRole("status")).toHaveText("64 of 64 measures shown");
  await expect(filters.getByLabel("Field of action", { exact: true })).toHaveValue("");

  await filters.getByLabel("Sector", { exact: true }).selectOption({ label: "Transport" });
  await expect(page.getByRole("status")).toHaveText("21 of 64 measures shown");
  await filters
    .getByLabel("Field of action", { exact: true })
    .selectOption({ label: "Development and spatial planning" });
  await expect(measureIds(page)).toHaveText(["DEV-02", "DEV-03", "DEV-04"]);
  await expect(page.getByRole("status")).toHaveText("3 of 64 measures shown");
});

test("the legal scope filter: country and level", async ({ page }) => {
  await page.goto("/catalogue?lng=en");
  const filters = await liveFilters(page);
  await filters.getByLabel("Country", { exact: true }).selectOption({ label: "Japan" });
  await expect(page).toHaveURL(/country=JP/);
  // A country alone narrows nothing.
  await expect(page.getByRole("status")).toHaveText("64 of 64 measures shown");
  await filters.getByLabel("Level", { exact: true }).selectOption({ label: "No scope" });
  await expect(page.getByRole("status")).toHaveText("3 of 64 measures shown");
  await expect(measureIds(page)).toHaveText(["SUP-06", "MOB-08", "MOB-10"]);
  await expect(page.locator(".active-filters li")).toHaveText(["Legal scope in Japan: No scope"]);
});

test("a filter nothing matches says so", async ({ page }) => {
  await page.goto("/catalogue?lng=en&country=US&level=mandatory");
  await expect(page.getByRole("status")).toHaveText("0 of 64 measures shown");
  await expect(page.getByText("No measure matches these filters.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the scope matrix shows level, legal basis and reason per country", async ({ page }) => {
  await page.goto("/catalogue?lng=en");
  const matrix = page.getByRole("table", {
    name: "Legal scope for action of each measure in Germany, Japan and the USA",
  });
  await expect(matrix.getByRole("columnheader")).toHaveText(["Measure", "Germany", "Japan", "USA"]);

  const speedLimits = matrix.locator("#scope-MOB-08");
  await expect(speedLimits.getByRole("rowheader")).toContainText("30 km/h zones and lower speed limits");
  const cells = speedLimits.getByRole("cell");
  const [germany, japan, usa] = [cells.nth(0), cells.nth(1), cells.nth(2)];
  await expect(japan).toContainText("No scope");
  await expect(japan).toContainText("Legal basis: 道路交通法 第4条第1項");
  await expect(japan).toContainText("Speed limits are set by the prefectural public safety commission");
  await expect(japan.locator("[lang=ja]")).toHaveText("道路交通法 第4条第1項");
  await expect(japan).not.toContainText("Uncertain");
  await expect(germany).toContainText("Partial scope");
  await expect(germany).toContainText("§ 45 Abs. 9 StVO");
  await expect(usa).toContainText("Partial scope");

  // An uncertain reading is marked in words, not only by its look.
  const lowEmissionZone = matrix.locator("#scope-MOB-10").getByRole("cell").nth(1);
  await expect(lowEmissionZone).toContainText("No scope");
  await expect(lowEmissionZone).toContainText("Uncertain – to be verified");
  await expect(page.getByText("The sources were missing or conflicting")).toBeVisible();
});

test("the matrix follows the page language, the legal basis keeps its own", async ({ page }) => {
  await page.goto("/catalogue?lng=ja&country=JP&level=none");
  const japan = page.locator("#scope-MOB-08").getByRole("cell").nth(1);
  await expect(japan).toContainText("権限なし");
  await expect(japan).toContainText("最高速度の規制は都道府県公安委員会が決定し");
  await expect(page.locator("#scope-MOB-08").getByRole("cell").nth(0).locator("[lang=de]")).toHaveText(
    "§ 45 Abs. 9 StVO (Fassung vom 11.10.2024)",
  );
});

test("an unknown filter value is ignored and named, never an error", async ({ page }) => {
  const response = await page.goto("/catalogue?lng=en&field=nonsense&depth=9&sector=energy");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText("28 of 64 measures shown");
  await expect(
    page.getByText(
      "Some filter values in the address were not recognised and have been ignored: Field of action; Impact depth.",
    ),
  ).toBeVisible();
});

test("printing hides the filters and keeps what was filtered", async ({ page }) => {
  await page.goto("/catalogue?lng=en&field=mobility");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.locator(".active-filters li")).toHaveText(["Field of action: Mobility"]);
  await expect(page.getByRole("status")).toHaveText("14 of 64 measures shown");
  // The description of every measure is in the printout.
  await expect(page.locator("#measure-MOB-08 dd").first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain GET address filters the catalogue", async ({ page }) => {
    await page.goto("/catalogue?lng=en&sector=transport&country=JP&level=none");
    await expect(page.getByRole("status")).toHaveText("2 of 64 measures shown");
    await expect(measureIds(page)).toHaveText(["MOB-08", "MOB-10"]);
    const filters = page.getByRole("search", { name: "Filter the catalogue" });
    await expect(filters.getByLabel("Sector", { exact: true })).toHaveValue("transport");
    await expect(filters.getByLabel("Country", { exact: true })).toHaveValue("JP");
    await expect(filters.getByLabel("Level", { exact: true })).toHaveValue("none");
  });

  test("the form submits as a GET form", async ({ page }) => {
    await page.goto("/catalogue?lng=en");
    const filters = page.getByRole("search", { name: "Filter the catalogue" });
    await filters.getByLabel("Field of action", { exact: true }).selectOption({ label: "Mobility" });
    await filters.getByLabel("Impact depth", { exact: true }).selectOption("3");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/field=mobility/);
    await expect(page.getByRole("status")).toHaveText("7 of 64 measures shown");
    await expect(filters.getByLabel("Field of action", { exact: true })).toHaveValue("mobility");
    await expect(filters.getByLabel("Impact depth", { exact: true })).toHaveValue("3");
  });
});
