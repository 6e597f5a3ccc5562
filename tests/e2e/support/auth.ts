import type { Page } from "@playwright/test";

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password: string, lng = "en") {
  await page.goto(`/login?lng=${lng}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * Headers a browser's own form post carries: the server refuses a post with the session
 * cookie that says neither Origin nor Sec-Fetch-Site, and page.request sends neither.
 */
export function fromThisSite(page: Page): Record<string, string> {
  return { Origin: new URL(page.url()).origin };
}
