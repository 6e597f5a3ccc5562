/** The partnership directory's form: two municipalities, the kind, since when, status and a contact. */
import { z } from "zod";

export const partnershipKinds = ["sister_city", "climate_partnership"] as const;
export type PartnershipKind = (typeof partnershipKinds)[number];
export const partnershipStatuses = ["active", "planned", "ended"] as const;
export type PartnershipStatus = (typeof partnershipStatuses)[number];

export const partnershipLimits = { contactLength: 300, yearLength: 4, earliestYear: 1900, latestYear: 2100 } as const;

/** Municipalities whose sharing setting lets the benchmark suggest them as partners. */
export const suggestibleSharing = ["partners", "signed_in"] as const;

export const PartnershipForm = z
  .object({
    municipalityAId: z
      .string({ error: "partnerships.validation.municipalityRequired" })
      .trim()
      .min(1, { error: "partnerships.validation.municipalityRequired" })
      .max(64),
    municipalityBId: z
      .string({ error: "partnerships.validation.municipalityRequired" })
      .trim()
      .min(1, { error: "partnerships.validation.municipalityRequired" })
      .max(64),
    kind: z.enum(partnershipKinds, { error: "validation.invalidValue" }),
    status: z.enum(partnershipStatuses, { error: "validation.invalidValue" }),
    sinceYear: z
      .string()
      .trim()
      .max(partnershipLimits.yearLength, { error: "partnerships.validation.year" })
      .optional()
      .transform((value) => (value ? Number(value) : null))
      .refine(
        (year) =>
          year === null ||
          (Number.isInteger(year) && year >= partnershipLimits.earliestYear && year <= partnershipLimits.latestYear),
        { error: "partnerships.validation.year" },
      ),
    contact: z
      .string()
      .trim()
      .max(partnershipLimits.contactLength, { error: "partnerships.validation.contactTooLong" })
      .optional()
      .transform((value) => value || null),
  })
  .refine((form) => form.municipalityAId !== form.municipalityBId, {
    error: "partnerships.validation.sameMunicipality",
    path: ["municipalityBId"],
  });
export type PartnershipInput = z.output<typeof PartnershipForm>;
