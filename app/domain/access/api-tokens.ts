/** Personal API tokens: the form that names one and chooses how long it lives. */
import { z } from "zod";

/** The expiry choices the workspace offers, in days; null: until revoked. */
export const apiTokenLifetimes = [30, 90, 365, null] as const;
export type ApiTokenLifetime = (typeof apiTokenLifetimes)[number];

export const apiTokenLimits = { nameLength: 80 } as const;

export const ApiTokenForm = z.object({
  name: z
    .string({ error: "research.tokens.nameRequired" })
    .trim()
    .min(1, { error: "research.tokens.nameRequired" })
    .max(apiTokenLimits.nameLength, { error: "research.tokens.nameTooLong" }),
  lifetime: z
    .enum(["30", "90", "365", "none"], { error: "research.tokens.lifetimeInvalid" })
    .transform((lifetime): ApiTokenLifetime => (lifetime === "none" ? null : (Number(lifetime) as ApiTokenLifetime))),
});
