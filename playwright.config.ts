import { defineConfig } from "@playwright/test";

const port = e2ePort;

import { e2eDatabasePath, e2ePort } from "./tests/e2e/support/paths";

/**
 * Browser journeys against the production build, in Debian's Chromium (Playwright's
 * own browser downloads are not available here). The server gets a fresh SQLite file.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    trace: "off",
  },
  webServer: {
    command: `rm -rf data/e2e-${port} && node server.js`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: e2eDatabasePath,
      NODE_ENV: "production",
      // Every test signs in from 127.0.0.1; the per-account limit is what the journeys test.
      SIGN_IN_ADDRESS_LIMIT: "10000",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
