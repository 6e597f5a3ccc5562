/**
 * Activity profile and recommendations: a demo city reaches its submitted round's
 * profile from its home page, sees its peer bands (never a rank) and its recommended
 * measures with their reasons, in German, English and Japanese, without axe violations;
 * marks a recommendation; and sees its round in progress as provisional.
 */
import { signIn } from "./support/auth";
import { expect, expectNoAxeViolations, test } from "./support/test";

const cases = [
  {
    locale: "en",
    email: "de.city@demo.test",
    round: "Round 2025",
    profileLink: "Profile",
    recommendationsLink: "Recommendations",
    profileHeading: "Activity profile: Klimhausen, round 2025",
    recommendationsHeading: "Recommended next measures: Klimhausen, round 2025",
    peers: "Compared with peer groups",
    band: /in the lower quarter of the group|in the middle half of the group|above three quarters of the group/,
    why: "Why here",
    balance: /Weighted by the CO2 balance \d{4}/,
  },
  {
    locale: "de",
    email: "de.city@demo.test",
    round: "Runde 2025",
    profileLink: "Profil",
    recommendationsLink: "Empfehlungen",
    profileHeading: "Aktivitätsprofil: Klimhausen, Runde 2025",
    recommendationsHeading: "Empfohlene nächste Maßnahmen: Klimhausen, Runde 2025",
    peers: "Im Vergleich mit Vergleichsgruppen",
    band: /im unteren Viertel der Gruppe|in der mittleren Hälfte der Gruppe|über drei Vierteln der Gruppe/,
    why: "Warum an dieser Stelle",
    balance: /Gewichtet nach der CO2-Bilanz \d{4}/,
  },
  {
    locale: "ja",
    email: "jp.city@demo.test",
    round: "2025年度調査",
    profileLink: "プロファイル",
    recommendationsLink: "推奨施策",
    profileHeading: "取組状況プロファイル：みどり野市（2025年度調査）",
    recommendationsHeading: "次に取り組む推奨施策：みどり野市（2025年度調査）",
    peers: "比較グループとの比較",
    band: /グループの下位4分の1|グループの中位半分|グループの上位4分の1/,
    why: "この順位の理由",
    balance: /\d{4}年度の温室効果ガス排出量に基づき重み付け/,
  },
] as const;

for (const c of cases) {
  test(`a demo city reads its profile and recommendations in ${c.locale}, axe clean`, async ({ page }) => {
    test.slow();
    await signIn(page, c.email, "demo-password", c.locale);
    const row = page.getByRole("row", { name: new RegExp(c.round) });
    await row.getByRole("link", { name: c.profileLink, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", c.locale);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(c.profileHeading);
    await expect(page.getByRole("heading", { level: 2, name: c.peers })).toBeVisible();
    await expect(page.locator(".profile-peer-group strong").first()).toHaveText(c.band);
    // Every chart has its figures as a table behind it.
    const charts = page.locator("figure.profile-chart");
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator("figure.profile-chart details table").count()).toBe(await charts.count());
    await page.locator("figure.profile-chart details summary").first().click();
    await page.locator(".profile-explain summary").first().click();
    await expectNoAxeViolations(page);

    await page.locator(".profile-nav").getByRole("link", { name: c.recommendationsLink, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(c.recommendationsHeading);
    await expect(page.locator("main")).toContainText(c.balance);
    await expect(page.getByText(c.why).first()).toBeVisible();
    await expect(page.locator(".recommendation-reasons li").first()).not.toBeEmpty();
    await page.locator(".recommendation-score summary").first().click();
    await expectNoAxeViolations(page);
  });
}

test("a respondent marks a recommendation, and the mark is kept", async ({ page }) => {
  await signIn(page, "us.city@demo.test", "demo-password", "en");
  const row = page.getByRole("row", { name: /Round 2025/ });
  await row.getByRole("link", { name: "Recommendations", exact: true }).click();
  const card = page.locator("li.recommendation").first();
  const title = (await card.locator("h3").textContent())?.trim() ?? "";
  await card.locator(".recommendation-mark-form summary").click();
  // "Not for us" needs a reason.
  await card.getByRole("radio", { name: "Not for us" }).check();
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByRole("alert")).toContainText("Please say why");
  await card.getByLabel("Reason (needed for “not for us”)").fill("The state runs this programme for us.");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByRole("status")).toHaveText("Your mark has been saved.");
  await expect(card.locator(".badge-mark")).toHaveText("Not for us");
  await page.reload();
  const again = page.locator("li.recommendation", { hasText: title }).first();
  await expect(again).toContainText("Reason: The state runs this programme for us.");
  await expectNoAxeViolations(page);
});

test("the round in progress shows a provisional profile to its own staff", async ({ page }) => {
  await signIn(page, "de.city@demo.test", "demo-password", "en");
  const row = page.getByRole("row", { name: /Round 2026/ });
  await row.getByRole("link", { name: "Profile", exact: true }).click();
  await expect(page.locator(".profile-provisional")).toContainText("Provisional");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("round 2026");
  // The earlier round appears as the start of a trend.
  const trend = page.locator("table", { has: page.locator("caption", { hasText: "Activity by round" }) });
  await expect(trend).toContainText("2025");
  await expect(trend).toContainText("2026 (provisional)");
});
