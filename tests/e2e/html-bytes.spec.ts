import { signIn } from "./support/auth";
import { expect, test } from "./support/test";

/**
 * React 18.3's streaming renderer can flush the unwritten tail of its buffer when a
 * multi-byte character does not fit (facebook/react#26228), leaving NUL bytes in the
 * HTML. Every page is read as bytes, in each language, and must hold none.
 */
const locales = ["de", "en", "ja"] as const;
const publicPages = ["/", "/login", "/catalogue"];

function nulOffsets(body: Buffer): number[] {
  const offsets: number[] = [];
  for (let at = body.indexOf(0); at !== -1; at = body.indexOf(0, at + 1)) offsets.push(at);
  return offsets;
}

function context(body: Buffer, at: number): string {
  return body.subarray(Math.max(0, at - 30), at + 30).toString("utf8");
}

for (const lng of locales) {
  test(`public pages in ${lng} hold no NUL byte`, async ({ request }) => {
    for (const path of publicPages) {
      const response = await request.get(`${path}?lng=${lng}`);
      expect(response.status(), path).toBe(200);
      const body = await response.body();
      const offsets = nulOffsets(body);
      expect(
        offsets.map((at) => context(body, at)),
        `${path}?lng=${lng}`,
      ).toEqual([]);
    }
  });
}

test("signed-in pages in Japanese hold no NUL byte", async ({ page }) => {
  await signIn(page, "jp.city@demo.test", "demo-password", "ja");
  const links = await page
    .locator("main a[href^='/']")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  const paths = [...new Set(["/", "/partnerships", ...links])].filter((path) => !/\.(pdf|csv|json|xlsx)$/.test(path));
  expect(paths.length).toBeGreaterThan(3);
  for (const path of paths) {
    const response = await page.request.get(path.includes("?") ? `${path}&lng=ja` : `${path}?lng=ja`);
    expect(response.status(), path).toBeLessThan(400);
    const body = await response.body();
    expect(
      nulOffsets(body).map((at) => context(body, at)),
      path,
    ).toEqual([]);
  }
});
