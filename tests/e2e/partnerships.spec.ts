/**
 * Partnerships end to end: a researcher records a partnership that then shows in the
 * directory and on the city's page; a city expresses interest in a suggested partner and,
 * once the partner answers, both sides see the mutual interest.
 */
import { fromThisSite, signIn } from "./support/auth";
import { createPerson, municipalityId } from "./support/db";
import { expect, expectNoAxeViolations, test } from "./support/test";

test("a researcher records a partnership; it shows in the directory and on the city's page", async ({ page }) => {
  await signIn(page, "researcher@demo.test", "demo-password");
  await page.goto("/partnerships?lng=en");
  await expectNoAxeViolations(page);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Record partnership" }) });
  await form.getByLabel("Municipality", { exact: true }).selectOption({ label: "Grünwalde an der Aue (Germany)" });
  await form.getByLabel("Partner municipality").selectOption({ label: "Prairie Glen (USA)" });
  await form.getByLabel("Kind of partnership").selectOption("sister_city");
  await form.getByLabel("Status").selectOption("planned");
  await form.getByLabel("Since (year)").fill("2025");
  await form.getByLabel("Contact person").fill("Town hall <international office>");
  await form.getByRole("button", { name: "Record partnership" }).click();
  await expect(page.getByRole("status")).toContainText("The partnership has been recorded.");
  const row = page.getByTestId("partnership-directory").locator("tr", { hasText: "Prairie Glen" });
  await expect(row).toContainText("Sister city");
  await expect(row).toContainText("Planned");
  await expect(row).toContainText("Town hall <international office>");

  // A wrong year is refused with a message, nothing recorded.
  await form.getByLabel("Municipality", { exact: true }).selectOption({ label: "Sonnbach (Germany)" });
  await form.getByLabel("Partner municipality").selectOption({ label: "Sonnbach (Germany)" });
  await form.getByRole("button", { name: "Record partnership" }).click();
  await expect(page.getByText("A municipality cannot be its own partner.")).toBeVisible();

  // Editing: the status becomes active, and the city's page shows it.
  await row.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit partnership");
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByTestId("partnership-directory").locator("tr", { hasText: "Prairie Glen" }).first(),
  ).toContainText("Active");
  await page.goto(`/municipalities/${await municipalityId("Prairie Glen")}?lng=en`);
  await expect(page.getByRole("main")).toContainText("Grünwalde an der Aue");
  await expect(page.getByRole("main")).toContainText("Sister city, since 2025 · Active");
});

test("a city expresses interest in a suggested partner; both sides see the mutual interest", async ({
  page,
  browser,
}) => {
  await signIn(page, "de.city@demo.test", "demo-password", "de");
  await page.goto("/partnerships?lng=de");
  const panel = page.getByTestId("suggestions").filter({ hasText: "Partnervorschläge für Klimhausen" });
  await expect(panel).toBeVisible();
  await expectNoAxeViolations(page);
  const suggestion = panel.locator(".suggestion").first();
  const partner = ((await suggestion.locator("h3").textContent()) ?? "").replace(/\s*\(.*\)\s*$/, "").trim();
  expect(partner.length).toBeGreaterThan(0);
  await suggestion.getByRole("button", { name: /^Interesse bekunden/ }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Interesse wurde gespeichert.");
  await expect(panel.locator(".suggestion", { hasText: partner })).toContainText("Sie haben Interesse bekundet.");

  // Staff of the partner city see the interest and answer it.
  const partnerStaff = await createPerson({ role: "respondent", municipality: partner });
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, partnerStaff.email, partnerStaff.password, "en");
  await other.goto("/partnerships?lng=en");
  const incoming = other.getByTestId("suggestions").filter({ hasText: `Partner suggestions for ${partner}` });
  await expect(incoming).toContainText(`Cities interested in a partnership with ${partner}`);
  await incoming
    .locator("li", { hasText: "Klimhausen" })
    .getByRole("button", { name: /^Express interest in return/ })
    .click();
  await expect(incoming.locator("li", { hasText: "Klimhausen" }).last()).toContainText("Mutual interest");
  await context.close();

  // Klimhausen sees it too.
  await page.reload();
  await expect(panel.locator(".suggestion", { hasText: partner })).toContainText("Beidseitiges Interesse");
});

test("only a city's own staff may express interest, and only in a city of another country that allows it", async ({
  page,
}) => {
  await signIn(page, "de.city@demo.test", "demo-password");
  const klimhausen = await municipalityId("Klimhausen");
  const cases = [
    { fromId: klimhausen, toId: await municipalityId("Sonnbach") }, // same country
    { fromId: klimhausen, toId: await municipalityId("Prairie Glen") }, // shares with nobody
    { fromId: await municipalityId("Riverton Bay"), toId: await municipalityId("Lakeshore Heights") }, // not theirs
  ];
  for (const form of cases) {
    const response = await page.request.post("/partnerships", {
      headers: fromThisSite(page),
      form: { intent: "interest", ...form },
    });
    expect(response.status()).toBe(404);
  }
});
