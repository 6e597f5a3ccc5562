import { describe, expect, it } from "vitest";
import { Email, NewPassword, SetPasswordForm, safeRedirectPath, signInGate, signInLimits } from "./accounts";

describe("Email", () => {
  it("normalises case and whitespace", () => {
    expect(Email.parse("  De.City@Demo.TEST ")).toBe("de.city@demo.test");
  });
  it.each(["", "no-at-sign", "a@", `${"x".repeat(250)}@example.org`])("rejects %j", (value) => {
    expect(Email.safeParse(value).success).toBe(false);
  });
});

describe("NewPassword", () => {
  it("requires at least 12 characters and nothing else", () => {
    expect(NewPassword.safeParse("short-pass1").success).toBe(false);
    expect(NewPassword.safeParse("all lowercase words").success).toBe(true);
  });
  it("refuses the demo password and absurd lengths", () => {
    expect(NewPassword.safeParse("demo-password").error?.issues[0]?.message).toBe("validation.passwordReserved");
    expect(NewPassword.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("validation.passwordTooLong");
  });
  it("reports a mismatched confirmation on the confirmation field", () => {
    const result = SetPasswordForm.safeParse({ password: "correct horse battery", confirmation: "something else" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["confirmation"], message: "validation.passwordMismatch" });
  });
});

describe("signInGate", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it("allows sign-in below the limits", () => {
    const account = [minutesAgo(3), minutesAgo(2), minutesAgo(1), minutesAgo(0.5)];
    expect(signInGate(now, { account, address: account })).toEqual({ allowed: true });
  });

  it("locks an account after five failures until the oldest leaves the window", () => {
    const account = [minutesAgo(10), minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1)];
    // The failure 10 minutes ago leaves the 15-minute window in 5 minutes.
    expect(signInGate(now, { account, address: [] })).toEqual({ allowed: false, retryAfterMinutes: 5 });
  });

  it("ignores failures older than the window", () => {
    const account = [minutesAgo(40), minutesAgo(30), minutesAgo(20), minutesAgo(16), minutesAgo(1)];
    expect(signInGate(now, { account, address: [] })).toEqual({ allowed: true });
  });

  it("locks an address that tries many accounts", () => {
    const address = Array.from({ length: signInLimits.maxFailuresPerAddress }, (_, i) => minutesAgo(14 - i * 0.5));
    const gate = signInGate(now, { account: [], address });
    expect(gate).toEqual({ allowed: false, retryAfterMinutes: 1 });
  });
});

describe("safeRedirectPath", () => {
  it.each([
    ["/assessments/abc?page=3", "/assessments/abc?page=3"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    [null, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });
});
