/**
 * The domain's fixed vocabulary as plain constant lists. Kept free of zod so that
 * browser code can import it cheaply; the zod enums in questionnaire/schema.ts are
 * built from these lists.
 */
export const locales = ["de", "en", "ja"] as const;
export type Locale = (typeof locales)[number];

export const countries = ["DE", "JP", "US"] as const;
export type Country = (typeof countries)[number];

export const fieldsOfAction = [
  "development_planning",
  "municipal_assets",
  "supply_disposal",
  "mobility",
  "internal_organisation",
  "communication_cooperation",
] as const;
export type FieldOfAction = (typeof fieldsOfAction)[number];

export const impactApproaches = ["consume", "supply", "regulate", "motivate"] as const;
export type ImpactApproach = (typeof impactApproaches)[number];

export const impactDepths = [1, 2, 3] as const;
export type ImpactDepth = (typeof impactDepths)[number];

export const sectors = ["energy", "transport", "cross_cutting"] as const;
export type Sector = (typeof sectors)[number];

export const classLevels = ["low", "medium", "high"] as const;
export type ClassLevel = (typeof classLevels)[number];

export const legalScopeLevels = ["mandatory", "full", "partial", "none"] as const;
export type LegalScopeLevel = (typeof legalScopeLevels)[number];

export const implementationStatuses = ["not_started", "planned", "decided", "in_progress", "implemented"] as const;
export type ImplementationStatus = (typeof implementationStatuses)[number];
