/** Accounts: roles, the password policy and sign-in limits, as pure rules. */
import { z } from "zod";

export const roles = ["admin", "researcher", "respondent", "participant"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** Message keys (translated in the UI) rather than sentences: the domain speaks no language. */
export const Email = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.emailRequired" })
  .max(254, { error: "validation.emailInvalid" })
  .pipe(z.email({ error: "validation.emailInvalid" }));

export const passwordMinLength = 12;
export const passwordMaxLength = 200;
/** Works only for demo-seeded accounts; nobody may choose it. */
export const demoPassword = "demo-password";

/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export const NewPassword = z
  .string({ error: "validation.passwordTooShort" })
  .min(passwordMinLength, { error: "validation.passwordTooShort" })
  .max(passwordMaxLength, { error: "validation.passwordTooLong" })
  .refine((password) => password !== demoPassword, { error: "validation.passwordReserved" });

export const SignInForm = z.object({
  email: Email,
  // A sign-in never reveals the policy; anything up to the maximum length is checked.
  password: z
    .string({ error: "validation.passwordRequired" })
    .min(1, { error: "validation.passwordRequired" })
    .max(passwordMaxLength, { error: "validation.passwordTooLong" }),
  redirectTo: z.string().max(2000).optional(),
});

export const SetPasswordForm = z
  .object({
    password: NewPassword,
    confirmation: z.string().max(passwordMaxLength),
    displayName: z.string().trim().max(120).optional(),
  })
  .refine((form) => form.password === form.confirmation, {
    error: "validation.passwordMismatch",
    path: ["confirmation"],
  });

/** Sign-in limits: failures within the window lock the account or the address until it passes. */
export const signInLimits: { windowMinutes: number; maxFailuresPerAccount: number; maxFailuresPerAddress: number } = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

export type SignInGate = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Decides whether another sign-in may be tried, from the failures in the current
 * window (their timestamps, oldest first) for the account and for the address.
 */
export function signInGate(
  now: Date,
  failures: { account: readonly Date[]; address: readonly Date[] },
  limits: typeof signInLimits = signInLimits,
): SignInGate {
  const windowMs = limits.windowMinutes * 60_000;
  const lockedUntil = (times: readonly Date[], max: number): number | null => {
    const recent = times.filter((t) => now.getTime() - t.getTime() < windowMs);
    if (recent.length < max) return null;
    // The lock lifts when the oldest failure that still counts leaves the window.
    const oldestCounting = recent[recent.length - max];
    return oldestCounting ? oldestCounting.getTime() + windowMs : null;
  };
  const until = Math.max(
    lockedUntil(failures.account, limits.maxFailuresPerAccount) ?? 0,
    lockedUntil(failures.address, limits.maxFailuresPerAddress) ?? 0,
  );
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}

/** Only same-site paths: never redirect a person to another host after signing in. */
export function safeRedirectPath(target: string | null | undefined, fallback = "/"): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}

/** Which roles a person may hand out by invitation. */
export function invitableRoles(inviterRoles: ReadonlySet<Role>): Role[] {
  if (inviterRoles.has("admin")) return [...roles];
  if (inviterRoles.has("researcher")) return ["respondent", "participant"];
  return [];
}

export const invitationLifetimeDays = 7;

export const InvitationForm = z
  .object({
    email: Email,
    role: Role,
    municipalityId: z.string().trim().max(64).optional(),
    workshopId: z.string().trim().max(64).optional(),
  })
  .transform((form) => ({
    ...form,
    municipalityId: form.municipalityId || undefined,
    workshopId: form.workshopId || undefined,
  }))
  .refine((form) => form.role !== "respondent" || form.municipalityId !== undefined, {
    error: "validation.municipalityRequired",
    path: ["municipalityId"],
  });

export const ChangePasswordForm = z
  .object({
    currentPassword: z
      .string({ error: "validation.passwordRequired" })
      .min(1, { error: "validation.passwordRequired" })
      .max(passwordMaxLength, { error: "validation.passwordTooLong" }),
    password: NewPassword,
    confirmation: z.string().max(passwordMaxLength),
  })
  .refine((form) => form.password === form.confirmation, {
    error: "validation.passwordMismatch",
    path: ["confirmation"],
  });
