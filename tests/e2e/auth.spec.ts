import { createPerson, municipalityId } from "./support/db";
import { expect, expectNoAxeViolations, test } from "./support/test";

test("a demo respondent signs in, sees their municipality and signs out", async ({ page }) => {
  await page.goto("/login?lng=en");
  await expectNoAxeViolations(page);
  await page.getByLabel("E-mail address").fill("de.city@demo.test");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Klimaschutzmanagement Klimhausen");
  await expect(page.getByRole("link", { name: "Klimhausen", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Round 2026/ })).toHaveAttribute("href", /^\/assessments\/[a-z0-9]+$/);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Municipal Climate Benchmark");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
});

test("a wrong password gets one message that does not reveal whether the account exists", async ({ page }) => {
  await page.goto("/login?lng=en");
  await page.getByLabel("E-mail address").fill("de.city@demo.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByRole("alert");
  await expect(message).toHaveText("The e-mail address or the password is not correct.");

  await page.getByLabel("E-mail address").fill("nobody-here@example.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText("The e-mail address or the password is not correct.");
});

test("five wrong passwords lock the account with a translated message, even for the right password", async ({
  page,
}) => {
  const person = await createPerson({ role: "researcher" });
  await page.goto("/login?lng=de");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("E-Mail-Adresse").fill(person.email);
    await page.getByLabel("Passwort").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Anmelden" }).last().click();
    // Each attempt, and the revalidation after it, is finished before the next: a new
    // submit would cancel the requests in flight.
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("alert")).toBeVisible();
  }
  await page.getByLabel("E-Mail-Adresse").fill(person.email);
  await page.getByLabel("Passwort").fill(person.password);
  await page.getByRole("button", { name: "Anmelden" }).last().click();
  await expect(page.getByRole("alert")).toContainText("Zu viele fehlgeschlagene Anmeldeversuche");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("an invitation is created, accepted once, and gives the invited role", async ({ page, browser }) => {
  await page.goto("/login?lng=en");
  await page.getByLabel("E-mail address").fill("researcher@demo.test");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Invitations" }).click();
  await expectNoAxeViolations(page);

  const email = `new-${Date.now()}@example.test`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role").selectOption("respondent");
  await page.getByLabel("Municipality").selectOption(await municipalityId("Sonnbach"));
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("invitation-link").textContent();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const invitee = await browser.newContext();
  const invited = await invitee.newPage();
  await invited.goto(`${link}?lng=en`);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Accept invitation");
  await expect(invited.getByText(`${email} is invited as Municipal respondent`)).toBeVisible();
  await expect(invited.getByText("For: Sonnbach")).toBeVisible();
  await expectNoAxeViolations(invited);
  await invited.getByLabel("Your name").fill("Sonnbach Klimaschutz");
  await invited.getByLabel("New password", { exact: true }).fill("short");
  await invited.getByLabel("Repeat the new password").fill("short");
  await invited.getByRole("button", { name: "Accept and continue" }).click();
  await expect(invited.getByText("The password must have at least 12 characters.")).toBeVisible();

  await invited.getByLabel("New password", { exact: true }).fill("sonnbach saves the climate");
  await invited.getByLabel("Repeat the new password").fill("sonnbach saves the climate");
  await invited.getByRole("button", { name: "Accept and continue" }).click();
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Welcome, Sonnbach Klimaschutz");
  await expect(invited.getByRole("link", { name: "Sonnbach", exact: true })).toBeVisible();

  // The link works once.
  await invited.goto(link ?? "");
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Link not valid");
  await invitee.close();
});

test("the language chosen before signing in is kept after it", async ({ page }) => {
  await page.goto("/?lng=ja");
  await page.getByRole("link", { name: "ログイン" }).first().click();
  await page.getByLabel("メールアドレス").fill("jp.city@demo.test");
  await page.getByLabel("パスワード").fill("demo-password");
  await page.getByRole("button", { name: "ログイン" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ようこそ、みどり野市 環境政策課さん");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expectNoAxeViolations(page);
});

test("signing in after a session ends returns the person to where they were", async ({ page }) => {
  await page.goto("/account?lng=en");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
  await page.getByLabel("E-mail address").fill("us.city@demo.test");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\?lng=en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
});
