import http from "node:http";
import { signIn } from "./support/auth";
import { expect, test } from "./support/test";

/** Sends requests one after another over one keep-alive connection. */
function keepAliveClient(baseURL: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
      return new Promise<{ status: number } | { error: string }>((resolve) => {
        const request = http.request(new URL(path, baseURL), { method, agent, headers }, (response) => {
          response.resume();
          response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
        });
        request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
        request.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

test("a request refused before its body is read leaves the connection usable for the next one", async ({ baseURL }) => {
  const client = keepAliveClient(baseURL ?? "");
  const body = "x".repeat(200_000);
  const origin = baseURL ?? "";
  const refusals: Array<[string, string, Record<string, string>, number]> = [
    ["POST", "/api/v1/assessments/any/answers", { "content-type": "application/json", origin }, 401],
    ["POST", "/api/v1/assessments/any/answers", { "content-type": "text/plain", origin }, 401],
    ["POST", "/account", { "content-type": "application/x-www-form-urlencoded", origin }, 302],
  ];
  try {
    for (let round = 0; round < 5; round++) {
      for (const [method, path, headers, status] of refusals) {
        expect(await client.send(method, path, body, headers)).toEqual({ status });
        expect(await client.send("GET", "/healthz")).toEqual({ status: 200 });
      }
    }
  } finally {
    client.close();
  }
});

test("signed-in answers are never stored by a cache, and carry each header once", async ({ page }) => {
  const anonymous = await page.request.get("/catalogue?lng=en");
  expect(anonymous.headers()["cache-control"] ?? "").not.toContain("private");
  await signIn(page, "researcher@demo.test", "demo-password");
  for (const path of ["/", "/catalogue", "/research/submissions", "/api/v1/assessments?limit=1"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("no-store, private");
  }
  const download = await page.request.get(
    "/research/exports/download?dataset=profiles&form=long&format=xlsx&status=submitted",
  );
  expect(download.status()).toBe(200);
  const names = download.headersArray().map((header) => header.name.toLowerCase());
  for (const name of ["x-content-type-options", "cache-control", "content-type", "content-disposition"]) {
    expect(
      names.filter((each) => each === name),
      name,
    ).toHaveLength(1);
  }
});

test("a post with the session cookie but neither Origin nor Sec-Fetch-Site is refused", async ({ page, baseURL }) => {
  await signIn(page, "de.city@demo.test", "demo-password");
  const cookies = await page.context().cookies();
  const cookie = cookies.map((each) => `${each.name}=${each.value}`).join("; ");
  const client = keepAliveClient(baseURL ?? "");
  try {
    const refused = await client.send("POST", "/logout", "", {
      cookie,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(refused).toEqual({ status: 403 });
    // Still signed in: the refused post changed nothing.
    await page.goto("/");
    await expect(page.locator("form[action='/logout']")).toHaveCount(1);
  } finally {
    client.close();
  }
});
