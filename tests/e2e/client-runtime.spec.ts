/**
 * The browser runtime under the conditions a slow device or a quick hand creates:
 * input while the page is still hydrating, and requests cancelled by the next click.
 * The fixture in support/test.ts fails each test on any page error.
 */
import { expect, test } from "./support/test";

test("keys and clicks while a long page hydrates leave it working", async ({ page }) => {
  test.slow();
  // A slow phone: hydration and the decoding of the streamed loader data take long
  // enough for input to arrive in between.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  await page.goto("/catalogue?lng=en", { waitUntil: "commit" });
  const filters = page.getByRole("search", { name: "Filter the catalogue" });
  for (let attempt = 0; attempt < 400; attempt++) {
    if ((await filters.getAttribute("data-enhanced").catch(() => null)) === "true") break;
    await page.keyboard.press("Shift");
  }
  await expect(filters).toHaveAttribute("data-enhanced", "true");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

  // Hydrated, not fallen back to server HTML: a filter change updates the list in place.
  await filters.getByLabel("Field of action").selectOption({ index: 1 });
  await expect(page).toHaveURL(/field=/);
});

test("a request cancelled by the next navigation is not reported as an error", async ({ page, pageErrors }) => {
  await page.goto("/catalogue?lng=en");
  await page.evaluate(() => {
    const controller = new AbortController();
    const cancelled = fetch("/healthz", { signal: controller.signal });
    controller.abort();
    // Deliberately unobserved, like the stream reader a superseded navigation leaves behind.
    void cancelled.then(() => undefined);
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(pageErrors).toEqual([]);

  // Any other unobserved failure is still reported.
  await page.evaluate(() => {
    void Promise.reject(new Error("a real failure"));
  });
  await expect.poll(() => pageErrors.length).toBe(1);
  pageErrors.length = 0;
});
