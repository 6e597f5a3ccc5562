/**
 * CO2 balances in the browser: the analysis page with its charts, entry with a
 * plausibility warning that must be confirmed, and the CSV import's dry run, each in
 * English, German and Japanese and free of axe violations.
 */
import type { Page } from "@playwright/test";
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import { newId } from "#app/server/core/ids.server";
import { createPerson, e2eDb, municipalityId } from "./support/db";
import { expect, expectNoAxeViolations, test } from "./support/test";

const locales = ["en", "de", "ja"] as const;
type Locale = (typeof locales)[number];

async function signIn(page: Page, email: string, password: string, locale: Locale) {
  await page.goto(`/login?lng=${locale}`);
  await page.locator("main input[name=email]").fill(email);
  await page.locator("main input[name=password]").fill(password);
  await page.locator("main button[type=submit]").click();
  await expect(page).toHaveURL(/\/$/);
}

/** A municipality of its own for a test, so journeys running in parallel never meet. */
async function freshMunicipality(label: string, country: "DE" | "JP" | "US" = "DE") {
  const name = `E2E ${label} ${newId().slice(0, 6)}`;
  await e2eDb()
    .insertInto("municipality")
    .values({
      id: newId(),
      country,
      region: "Test",
      name_native: name,
      name_en: name,
      population: 10_000,
      size_class: sizeClassOf(10_000),
      kind: "municipality",
      official_code: null,
      sharing: "none",
      created_at: new Date().toISOString(),
    })
    .execute();
  return { name, id: await municipalityId(name) };
}

async function balanceCount(municipality: string) {
  const row = await e2eDb()
    .selectFrom("co2_balance")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("municipality_id", "=", municipality)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const headings = {
  en: { page: "CO2 balance – ", bySector: "Emissions by sector", perCapita: "Emissions per inhabitant" },
  de: { page: "CO2-Bilanz – ", bySector: "Emissionen nach Sektoren", perCapita: "Emissionen je Einwohner*in" },
  ja: { page: "の温室効果ガス排出量", bySector: "部門別排出量", perCapita: "1人当たり排出量" },
} as const;

for (const locale of locales) {
  test(`the balance page shows charts with data tables in ${locale}, axe clean`, async ({ page }) => {
    // The Japanese respondent sees a Japanese city with fiscal years (年度).
    const [email, city, firstYear] =
      locale === "ja" ? ["jp.city@demo.test", "みどり野市", "2013年度"] : ["de.city@demo.test", "Klimhausen", "2018"];
    await signIn(page, email, "demo-password", locale);
    await page.goto(`/municipalities/${await municipalityId(city)}/balances`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(headings[locale].page);

    const bySector = page.getByRole("img", { name: headings[locale].bySector });
    const perCapita = page.getByRole("img", { name: headings[locale].perCapita, exact: false }).first();
    await expect(bySector).toBeVisible();
    await expect(perCapita).toBeVisible();
    await expect(bySector.locator("rect[fill^='url(#']").first()).toBeVisible();

    // The figures behind each chart, as tables.
    const figures = page.locator("figure.chart");
    await expect(figures).toHaveCount(2);
    for (const summary of await page.locator("figure.chart details summary").all()) await summary.click();
    const sectorTable = figures.first().getByRole("table");
    await expect(sectorTable.getByRole("rowheader").first()).toHaveText(firstYear);
    await expect(sectorTable.getByRole("row")).toHaveCount(locale === "ja" ? 6 : 6);
    await expectNoAxeViolations(page);
  });
}

const warningTitles = {
  en: "Please check these figures",
  de: "Bitte prüfen Sie diese Werte",
  ja: "入力値をご確認ください",
};
const savedTexts = {
  en: "The balance has been saved.",
  de: "Die Bilanz wurde gespeichert.",
  ja: "排出量を保存しました。",
};
const addLabels = { en: "Add a balance", de: "Bilanz erfassen", ja: "排出量を登録" };

for (const locale of locales) {
  test(`a respondent enters a balance and confirms an implausible figure in ${locale}`, async ({ page }) => {
    const town = await freshMunicipality(`entry ${locale}`);
    const person = await createPerson({ role: "respondent", municipality: town.name });
    await signIn(page, person.email, person.password, locale);
    await page.goto(`/municipalities/${town.id}/balances`);
    await page.getByRole("link", { name: addLabels[locale] }).click();
    await expect(page).toHaveURL(/\/balances\/new$/);
    await expectNoAxeViolations(page);

    const form = page.locator("form.balance-form");
    await form.locator("[name=year]").fill("2023");
    await form.locator("[name=population]").fill("10000");
    await form.locator("[name=emissions_unit]").selectOption("t");
    await form.locator("[name=households]").fill("400000");
    await form.locator("[name=transport_road]").fill("200000");
    // 610,000 ≠ 600,000: refused with the sum
    await form.locator("[name=total]").fill("610000");
    await form.locator("[name=standard]").selectOption("bisko");
    await form.locator("[name=electricity]").selectOption("national_mix");
    await form.locator("[name=data_quality]").selectOption("medium");
    await form.getByRole("button").last().click();
    await expect(form.locator("[name=total]")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(".field-error")).toContainText(/600[,.]?000/);
    expect(await balanceCount(town.id)).toBe(0);

    // 600,000 t ÷ 10,000 inhabitants = 60 t per inhabitant: a warning, nothing stored yet.
    await form.locator("[name=total]").fill("600000");
    await form.getByRole("button").last().click();
    await expect(page.getByRole("heading", { name: warningTitles[locale] })).toBeVisible();
    expect(await balanceCount(town.id)).toBe(0);
    await expectNoAxeViolations(page);

    await form.locator("input[name=confirm]").check();
    await form.getByRole("button").last().click();
    await expect(page).toHaveURL(new RegExp(`/municipalities/${town.id}/balances\\?saved=2023$`));
    await expect(page.getByRole("status")).toHaveText(savedTexts[locale]);
    expect(await balanceCount(town.id)).toBe(1);
    await expect(page.locator("figure.chart")).toHaveCount(2);
    await expectNoAxeViolations(page);
  });
}

const previewTexts = {
  en: { check: "Check the file (dry run)", problem: "Negative values are not allowed.", confirm: /^Import/ },
  de: { check: "Datei prüfen (Probelauf)", problem: "Negative Werte sind nicht zulässig.", confirm: /^Importieren/ },
  ja: { check: "ファイルを確認（事前チェック）", problem: "負の値は入力できません。", confirm: /^取込みを確定/ },
} as const;
const doneTexts = { en: /Import finished: 2 new/, de: /Import abgeschlossen: 2 neu/, ja: /新規2件/ };

const csvHeader =
  "municipality_id,municipality_name,year,population,emissions_unit,households,transport_road,total,standard,electricity,data_quality,source";

for (const locale of locales) {
  test(`a researcher previews a CSV import with errors by line and column, then imports in ${locale}`, async ({
    page,
  }) => {
    const town = await freshMunicipality(`import ${locale}`, "JP");
    await signIn(page, "researcher@demo.test", "demo-password", locale);
    await page.goto("/research/balances");
    await expectNoAxeViolations(page);

    const bad = [
      csvHeader,
      `${town.id},${town.name},2021,10000,t,50000,30000,80000,jp_moe_manual,regional_grid,low,カルテ`,
      `${town.id},${town.name},2022,10000,t,-1,30000,29999,jp_moe_manual,regional_grid,low,カルテ`,
    ].join("\r\n");
    await page.locator("input[type=file]").setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bad),
    });
    await page.getByRole("button", { name: previewTexts[locale].check }).click();
    const problems = page.locator("#preview-heading").locator("..").getByRole("table").first();
    await expect(problems.getByRole("row").nth(1)).toContainText("3");
    await expect(problems.getByRole("row").nth(1)).toContainText("households");
    await expect(problems.getByRole("row").nth(1)).toContainText(previewTexts[locale].problem);
    await expect(page.getByRole("button", { name: previewTexts[locale].confirm })).toHaveCount(0);
    expect(await balanceCount(town.id)).toBe(0);
    await expectNoAxeViolations(page);

    const good = bad.replace(",-1,30000,29999,", ",48000,29000,77000,");
    await page.locator("input[type=file]").setInputFiles({
      name: "good.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${good}`),
    });
    await page.getByRole("button", { name: previewTexts[locale].check }).click();
    await expect(page.getByRole("button", { name: previewTexts[locale].confirm })).toBeVisible();
    expect(await balanceCount(town.id)).toBe(0);
    await page.getByRole("button", { name: previewTexts[locale].confirm }).click();
    await expect(page.getByRole("status")).toContainText(doneTexts[locale]);
    expect(await balanceCount(town.id)).toBe(2);
  });
}

test("the template and the export are UTF-8 with a byte order mark; the API wants a session", async ({
  page,
  request,
}) => {
  await signIn(page, "researcher@demo.test", "demo-password", "en");
  const template = await page.request.get("/research/balances/template");
  expect(template.headers()["content-type"]).toContain("text/csv");
  const templateText = (await template.body()).toString("utf8");
  expect(templateText.startsWith("\uFEFFmunicipality_id,official_code,municipality_name,year,")).toBe(true);

  const exported = (await (await page.request.get("/research/balances/export?format=csv&country=JP")).body()).toString(
    "utf8",
  );
  expect(exported.startsWith("\uFEFF")).toBe(true);
  expect(exported).toContain("みどり野市");

  const json = await page.request.get(`/api/v1/balances?municipality=${await municipalityId("Klimhausen")}&year=2022`);
  expect(json.status()).toBe(200);
  const body = (await json.json()) as { balances: Array<{ year: number; unit: string }> };
  expect(body.balances).toMatchObject([{ year: 2022, unit: "t CO2e" }]);

  const anonymous = await request.get("/api/v1/balances");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "unauthenticated" });
});
