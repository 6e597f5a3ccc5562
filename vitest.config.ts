import { defineConfig } from "vitest/config";
import { aliases } from "./vite.config";

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "db/**/*.test.ts",
      "questionnaires/**/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/bench/**/*.test.ts",
    ],
    environment: "node",
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    // Database tests open their own files; keep workers few on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
