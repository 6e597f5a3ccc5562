/** Personal API tokens: the expiry choices the workspace offers, in days; null: until revoked. */
export const apiTokenLifetimes = [30, 90, 365, null] as const;
export type ApiTokenLifetime = (typeof apiTokenLifetimes)[number];
