/**
 * The municipality picker at national scale. A server of its own gets more municipalities
 * than a picker lists, so the other journeys keep their small demo; the demo towns then
 * sort after the first few hundred and can only be reached through the search.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { municipalityPickerLimit, sizeClassOf } from "#app/domain/municipalities/municipality";
import { newId } from "#app/server/core/ids.server";
import { openDatabase } from "#db/database";
import { startServer } from "#tests/support/server";
import { expect, expectNoAxeViolations, test } from "./support/test";

let server: { url: string; process: ChildProcess } | undefined;
let folder = "";

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "mcb-picker-"));
  const databasePath = join(folder, "benchmark.sqlite");
  server = await startServer(databasePath, { SIGN_IN_ADDRESS_LIMIT: "10000" });
  const { db } = openDatabase({ dialect: "sqlite", path: databasePath });
  const now = new Date().toISOString();
  const extra = Array.from({ length: municipalityPickerLimit + 20 }, (_, i) => ({
    id: newId(),
    country: "DE" as const,
    region: "Test",
    name_native: `Aachtal ${String(i).padStart(4, "0")}`,
    name_en: `Aachtal ${String(i).padStart(4, "0")}`,
    population: 5_000,
    size_class: sizeClassOf(5_000),
    kind: "municipality",
    official_code: null,
    sharing: "none",
    created_at: now,
  }));
  for (let i = 0; i < extra.length; i += 100) {
    await db
      .insertInto("municipality")
      .values(extra.slice(i, i + 100))
      .execute();
  }
  await db.destroy();
});

test.afterAll(() => {
  server?.process.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
});

test("an admin finds a municipality beyond the listed ones by searching, and invites its staff", async ({ page }) => {
  const url = server?.url ?? "";
  await page.goto(`${url}/login?lng=en`);
  await page.getByLabel("E-mail address").fill("admin@demo.test");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${url}/`);

  await page.goto(`${url}/admin/invitations?lng=en`);
  const picker = page.getByLabel("Municipality", { exact: true });
  await expect(picker.locator("option", { hasText: "Sonnbach" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const search = page.getByLabel("Find a municipality");
  await search.fill("sonnb");
  await expect(page.getByRole("status")).toHaveText("1 municipality found.");
  await picker.selectOption({ label: "Sonnbach (Germany)" });
  // Enter searches; it does not send the invitation form.
  await search.press("Enter");
  await expect(page).toHaveURL(`${url}/admin/invitations?lng=en`);

  // A search that finds nothing says so, and the chosen town stays chosen.
  await search.fill("nowhere at all");
  await expect(page.getByRole("status")).toHaveText("No municipality matches.");
  await expect(picker.locator("option:checked")).toHaveText("Sonnbach (Germany)");

  const email = `staff-${newId()}@example.test`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role").selectOption("respondent");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByTestId("invitation-link")).toContainText("/invite/");
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Sonnbach");
  await expectNoAxeViolations(page);
});
