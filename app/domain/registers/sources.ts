/**
 * What the public /data-sources page and the exports' about sheet say about each source
 * of the registers: who published it, which edition, under which licence, and the
 * attribution that licence asks for, in the language the licence asks it in.
 */
import { z } from "zod";
import { RegisterCountry, SourceKey } from "./unit";

export const sourceRoles = ["register", "names", "population", "population_fallback", "status"] as const;

export const RegisterSource = z.strictObject({
  key: SourceKey,
  country: RegisterCountry,
  /** What the source contributes; a fallback only fills what the primary source lacks. */
  roles: z.array(z.enum(sourceRoles)).min(1),
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Edition and reference dates as the publisher states them. */
  vintage: z.string().min(1),
  licence: z.string().min(1),
  /** Null where no licence page is known (US Government works are in the public domain). */
  licenceUrl: z.url().nullable(),
  attribution: z.string().min(1),
  attributionLanguage: z.enum(["de", "ja", "en"]),
  /** The publisher's page for the file. */
  url: z.url(),
  /** The public copy the committed snapshot was built from, when not downloaded from the publisher. */
  copy: z.string().min(1).nullable(),
});
export type RegisterSource = z.infer<typeof RegisterSource>;

export const RegisterSources = z.array(RegisterSource).superRefine((sources, ctx) => {
  const keys = sources.map((s) => s.key);
  for (const [i, key] of keys.entries()) {
    if (keys.indexOf(key) !== i) ctx.addIssue({ code: "custom", path: [i, "key"], message: `duplicate key ${key}` });
  }
});
