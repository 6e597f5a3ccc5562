import { expect, expectNoAxeViolations, test } from "./support/test";

const headings = {
  de: "Benchmark Kommunaler Klimaschutz",
  en: "Municipal Climate Benchmark",
  ja: "自治体気候変動対策ベンチマーク",
} as const;

for (const [locale, heading] of Object.entries(headings)) {
  test(`the home page in ${locale} is translated and passes axe`, async ({ page }) => {
    await page.goto(`/?lng=${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  });
}

test("the language switcher changes the language and the choice sticks", async ({ page }) => {
  await page.goto("/?lng=en");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings.ja);

  // No ?lng= any more: the cookie remembers the choice.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.getByRole("navigation", { name: "言語" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings.de);
});

test("the browser's Accept-Language picks the language on a first visit", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});

test("healthz answers ok as JSON", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
