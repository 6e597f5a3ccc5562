import { afterEach, beforeEach, vi } from "vitest";

/**
 * A console.error nobody expected is a bug: fail the test. A test that expects one
 * replaces the spy itself (vi.spyOn(console, "error").mockImplementation(...)).
 */
let spy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.error: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  spy?.mockRestore();
});
