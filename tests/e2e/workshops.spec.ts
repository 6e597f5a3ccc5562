/**
 * Workshops end to end: a researcher sets up a workshop and invites a participant, who
 * reads the dossier in Japanese, comments and marks a topic, and downloads the PDF (one
 * section per city, checked in the file itself). Permission checks: nothing of a city
 * that did not consent, nothing of a workshop one was not invited to.
 */
import type { Page } from "@playwright/test";
import { newId } from "#app/server/core/ids.server";
import { fromThisSite, signIn } from "./support/auth";
import { createPerson, e2eDb, municipalityId } from "./support/db";
import { expect, expectNoAxeViolations, test } from "./support/test";

/** Decodes a PDF literal string starting at "(": UTF-16BE with a byte-order mark, else Latin-1. */
function readLiteral(text: string, open: number): { value: string; end: number } {
  let i = open + 1;
  let depth = 1;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  while (i < text.length && depth > 0) {
    const c = text[i] as string;
    if (c === "\\") {
      const next = text[i + 1] ?? "";
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
      if (octal) {
        bytes.push(Number.parseInt(octal, 8));
        i += 1 + octal.length;
      } else {
        bytes.push(escapes[next] ?? next.charCodeAt(0));
        i += 2;
      }
      continue;
    }
    if (c === "(") depth += 1;
    if (c === ")") depth -= 1;
    if (depth > 0) bytes.push(c.charCodeAt(0));
    i += 1;
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return { value: swapped.toString("utf16le"), end: i };
  }
  return { value: buffer.toString("latin1"), end: i };
}

/**
 * The string values of a key (e.g. /Title) in the PDF's objects, in file order: written
 * directly, or as a reference to an object holding the string (PDFKit's document info).
 */
function pdfStrings(pdf: Buffer, key: string): string[] {
  const text = pdf.toString("latin1");
  const values: string[] = [];
  const pattern = new RegExp(`${key.replace("/", "\\/")} (?:\\(|(\\d+) 0 R)`, "g");
  for (const match of text.matchAll(pattern)) {
    if (match[1]) {
      const object = text.indexOf(`\n${match[1]} 0 obj\n(`);
      if (object !== -1) values.push(readLiteral(text, text.indexOf("(", object)).value);
    } else values.push(readLiteral(text, (match.index ?? 0) + key.length + 1).value);
  }
  return values;
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

async function cityWorkshop(names: string[], title: string): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await e2eDb()
    .insertInto("workshop")
    .values({
      id,
      title,
      held_on: "2026-10-01",
      place: "Online",
      languages: JSON.stringify(["ja", "en"]),
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const name of names)
    await e2eDb()
      .insertInto("workshop_municipality")
      .values({ workshop_id: id, municipality_id: await municipalityId(name), created_at: now })
      .execute();
  return id;
}

async function participantOf(workshopId: string) {
  const person = await createPerson({ role: "participant" });
  await e2eDb()
    .updateTable("role_membership")
    .set({ workshop_id: workshopId })
    .where("user_id", "=", person.userId)
    .execute();
  return person;
}

function citySection(page: Page, name: string) {
  return page
    .getByTestId("city-section")
    .filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${name}`) }) });
}

test("a researcher sets up a workshop; a participant prepares in Japanese, comments and downloads the PDF", async ({
  page,
  browser,
}) => {
  // Two people, three pages checked by axe and a PDF rendered: a long journey.
  test.slow();
  page.on("dialog", () => {
    throw new Error("a comment ran script");
  });
  const title = `Workshop ${newId().slice(0, 6)}`;
  // The researcher creates the workshop with a German, a consenting US and a non-consenting German city.
  await signIn(page, "researcher@demo.test", "demo-password");
  await page.goto("/workshops?lng=en");
  await expectNoAxeViolations(page);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date").fill("2026-09-15");
  await page.getByLabel("Place").fill("Yokohama");
  await page.getByLabel("Language of the dossier").selectOption("ja");
  await page.getByRole("group", { name: "Further languages spoken at the workshop" }).getByLabel("English").check();
  const cities = page.getByRole("group", { name: "Participating municipalities" });
  await cities.getByRole("checkbox", { name: /^Klimhausen/ }).check();
  await cities.getByRole("checkbox", { name: /^Sonnbach/ }).check();
  await cities.getByRole("checkbox", { name: /^Riverton Bay/ }).check();
  await page.getByRole("button", { name: "Create workshop" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const workshopUrl = new URL(page.url()).pathname;

  // ... and invites a participant from the dossier.
  await page.getByRole("link", { name: "Invite participants" }).click();
  const email = `participant-${newId()}@example.test`;
  await page.getByLabel("E-mail address").fill(email);
  await expect(page.getByLabel("Role")).toHaveValue("participant");
  await expect(page.getByLabel("Workshop", { exact: true })).toHaveValue(workshopUrl.split("/").pop() ?? "");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent()) ?? "";
  expect(link).toContain("/invite/");

  // The participant accepts, finds the workshop on their home page and reads the dossier in Japanese.
  const context = await browser.newContext();
  const participant = await context.newPage();
  participant.on("dialog", () => {
    throw new Error("a comment ran script");
  });
  await participant.goto(`${new URL(link).pathname}?lng=ja`);
  await expect(participant.getByText(`対象：${title}`)).toBeVisible();
  await participant.locator('input[name="displayName"]').fill("Yamada Hanako");
  await participant.locator('input[name="password"]').fill("a long test password");
  await participant.locator('input[name="confirmation"]').fill("a long test password");
  await participant.locator("main form button[type=submit]").click();
  await participant.waitForURL((url) => url.pathname === "/");
  await participant.getByRole("link", { name: title }).click();
  await expect(participant).toHaveURL(new RegExp(`${workshopUrl}$`));
  await expect(participant.locator("html")).toHaveAttribute("lang", "ja");
  await expect(participant.getByRole("heading", { name: "施策分野別の取組状況の比較" })).toBeVisible();
  await expectNoAxeViolations(participant);

  // Sonnbach has not consented: its name and that sentence, nothing else.
  const sonnbach = citySection(participant, "Sonnbach");
  await expect(sonnbach).toContainText("Sonnbachは、ワークショップ参加者への結果の公開に同意していません。");
  await expect(sonnbach.locator("table, li, h3")).toHaveCount(0);
  await expect(participant.locator("table.side-by-side")).toContainText("非公開");

  // A comment with markup stays text; marking a recommendation counts once.
  const klimhausen = citySection(participant, "Klimhausen");
  await expect(klimhausen.getByRole("heading", { name: "アクティビティ・プロファイル" })).toBeVisible();
  const discussion = klimhausen.locator(".discussion").first();
  await discussion.locator("summary").first().click();
  const markup = '<img src=x onerror="alert(1)"> 駐輪場の整備について伺いたいです。';
  await discussion.getByLabel("コメント", { exact: true }).fill(markup);
  await discussion.getByRole("button", { name: "コメントを投稿" }).click();
  await expect(discussion.getByTestId("comment")).toContainText(markup);
  await expect(discussion.getByTestId("comment").locator("img")).toHaveCount(0);
  await discussion.getByRole("button", { name: /^議論したい/ }).click();
  await expect(discussion).toContainText("1人が議論を希望しています");

  // The author edits the comment.
  await discussion.getByTestId("comment").locator("summary", { hasText: "編集" }).click();
  await discussion.getByLabel("コメントを編集").fill("駐輪場の整備について伺いたいです。");
  await discussion.getByRole("button", { name: "コメントを保存" }).click();
  await expect(discussion.getByTestId("comment")).toContainText("編集済み");

  // The PDF, in the workshop's language (Japanese): one section per city, each with its bookmark.
  const [download] = await Promise.all([
    participant.waitForEvent("download"),
    participant.getByRole("link", { name: /事前資料をPDFでダウンロード/ }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const titles = pdfStrings(pdf, "/Title");
  // The document title, then one outline entry per city in dossier order.
  expect(titles[0]).toBe(title);
  expect(titles.slice(1)).toEqual(["Klimhausen", "Sonnbach", "Riverton Bay"]);
  expect(pdfStrings(pdf, "/Subject")).toEqual(["参加者向け事前資料"]);
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
  await context.close();

  // The researcher's agenda shows the marked recommendation.
  await page.goto(`${workshopUrl}?lng=en`);
  await expect(page.getByTestId("agenda")).toContainText("Klimhausen");
  await expect(page.getByTestId("agenda").locator("tbody tr").first().locator("td").nth(1)).toHaveText("1");
  // The comment reads as text for everyone else too, without an edit button.
  const forResearcher = citySection(page, "Klimhausen").locator(".discussion").first();
  await forResearcher.locator("summary").first().click();
  await expect(forResearcher.getByTestId("comment")).toContainText("駐輪場の整備について伺いたいです。");
  await expect(forResearcher.getByTestId("comment").locator("summary", { hasText: "Edit" })).toHaveCount(0);
});

test("a participant sees nothing of a workshop they were not invited to", async ({ page }) => {
  const other = await cityWorkshop(["Klimhausen"], "Not yours");
  await signIn(page, "participant@demo.test", "demo-password");
  for (const path of [`/workshops/${other}`, `/workshops/${other}/dossier.pdf`, `/workshops/${other}/edit`]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  const comment = await page.request.post(`/workshops/${other}`, {
    headers: fromThisSite(page),
    form: { intent: "comment", measureId: "MOB-01", municipalityId: "", body: "hello" },
  });
  expect(comment.status()).toBe(404);
  await page.goto("/workshops?lng=en");
  await expect(page.getByRole("link", { name: "Not yours" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Climate partnership workshop 2026" })).toBeVisible();
});

test("a participant sees nothing of a city that did not consent, in the page and the PDF", async ({ page }) => {
  const workshop = await cityWorkshop(["Sonnbach", "Prairie Glen", "みどり野市"], "Consent check");
  const person = await participantOf(workshop);
  await signIn(page, person.email, person.password);
  await page.goto(`/workshops/${workshop}?lng=en`);
  for (const name of ["Sonnbach", "Prairie Glen"]) {
    const section = citySection(page, name);
    await expect(section).toContainText(`${name} has not shared its results with workshop participants.`);
    await expect(section.locator("table, li, h3")).toHaveCount(0);
  }
  await expect(citySection(page, "みどり野市").getByRole("heading", { name: "Activity profile" })).toBeVisible();
  // Nothing of theirs as a topic, a suggestion or a figure elsewhere on the page.
  const html = await page.content();
  for (const id of [await municipalityId("Sonnbach"), await municipalityId("Prairie Glen")]) {
    expect(html).not.toContain(`data-item="${id}:`);
  }
  await expect(page.locator(".suggestion h4", { hasText: "Sonnbach" })).toHaveCount(0);
  // Their own pages stay closed, and commenting on their items is refused.
  const sonnbach = await municipalityId("Sonnbach");
  expect((await page.request.get(`/municipalities/${sonnbach}`)).status()).toBe(404);
  const refused = await page.request.post(`/workshops/${workshop}`, {
    headers: fromThisSite(page),
    form: { intent: "comment", municipalityId: sonnbach, measureId: "MOB-01", body: "hello" },
  });
  expect(refused.status()).toBe(400);
  // The PDF names them and says they have not shared, nothing more (Sonnbach's section is one page).
  const pdf = Buffer.from(await (await page.request.get(`/workshops/${workshop}/dossier.pdf`)).body());
  expect(pdfStrings(pdf, "/Title").slice(1)).toEqual(["Sonnbach", "みどり野市", "Prairie Glen"]);
});
