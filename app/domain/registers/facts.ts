/**
 * Partial facts about units that come from files other than the register itself
 * (population counts, romanised names, city status, successions), and their merge into
 * the units. A fact names its unit by country and normalised code only, so a file of
 * facts can be loaded onto any vintage of the register.
 */
import { z } from "zod";
import { CityStatus, RegisterCountry, type RegisterUnit, SourceKey, unitKey, withSourceKey } from "./unit";

const factBase = { country: RegisterCountry, code: z.string().min(1), sourceKey: SourceKey };

export const PopulationFact = z.object({
  type: z.literal("population"),
  ...factBase,
  population: z.number().int().nonnegative(),
  date: z.iso.date(),
});
export type PopulationFact = z.infer<typeof PopulationFact>;

export const NameEnFact = z.object({
  type: z.literal("name_en"),
  ...factBase,
  nameEn: z.string().min(1),
  /** The native name as this source spells it: a differing spelling is reported, not fatal (glyph variants). */
  nameNative: z.string().nullable(),
});
export type NameEnFact = z.infer<typeof NameEnFact>;

export const StatusFact = z.object({
  type: z.literal("status"),
  ...factBase,
  cityStatus: CityStatus,
  /** The kind label that goes with the status, when the status changes the label (JP 市 (中核市)). */
  kind: z.string().min(1).nullable(),
  asOf: z.iso.date(),
});
export type StatusFact = z.infer<typeof StatusFact>;

/** A unit that no longer exists and the unit that took it over, as a source states it. */
export const SuccessionFact = z.object({
  type: z.literal("succession"),
  ...factBase,
  successorCode: z.string().min(1),
});
export type SuccessionFact = z.infer<typeof SuccessionFact>;

export const RegisterFact = z.discriminatedUnion("type", [PopulationFact, NameEnFact, StatusFact, SuccessionFact]);
export type RegisterFact = z.infer<typeof RegisterFact>;

/**
 * `fill` sets a field only where the unit has none yet, so facts merged in order of
 * preference give the primary source precedence and a fallback fills only its gaps
 * (census first, then 住民基本台帳; PEP first, then ACS). `replace` lets a newer file
 * overwrite what the register holds.
 */
export type MergeMode = "fill" | "replace";

export type MergeNote =
  | { type: "name_differs"; key: string; registerName: string; sourceName: string; sourceKey: string }
  | { type: "status_differs"; key: string; before: CityStatus | null; after: CityStatus; sourceKey: string };

export interface MergeResult {
  readonly units: RegisterUnit[];
  /** Facts for codes the register does not hold (wards, national totals, dissolved units). */
  readonly unmatched: RegisterFact[];
  /** Facts applied or skipped with a remark a person should see. */
  readonly notes: MergeNote[];
  readonly applied: number;
}

export function mergeFacts(
  units: readonly RegisterUnit[],
  facts: readonly RegisterFact[],
  mode: MergeMode = "fill",
): MergeResult {
  const byKey = new Map<string, RegisterUnit>();
  for (const unit of units) byKey.set(unitKey(unit), unit);
  const unmatched: RegisterFact[] = [];
  const notes: MergeNote[] = [];
  let applied = 0;
  for (const fact of facts) {
    if (fact.type === "succession") continue;
    const key = unitKey(fact);
    const unit = byKey.get(key);
    if (!unit) {
      unmatched.push(fact);
      continue;
    }
    const next = applyFact(unit, fact, mode, notes);
    if (next !== unit) {
      byKey.set(key, next);
      applied += 1;
    }
  }
  return { units: units.map((unit) => byKey.get(unitKey(unit)) ?? unit), unmatched, notes, applied };
}

function applyFact(
  unit: RegisterUnit,
  fact: PopulationFact | NameEnFact | StatusFact,
  mode: MergeMode,
  notes: MergeNote[],
): RegisterUnit {
  const key = unitKey(unit);
  switch (fact.type) {
    case "population":
      if (mode === "fill" && unit.population !== null) return unit;
      return {
        ...unit,
        population: fact.population,
        populationDate: fact.date,
        populationSource: fact.sourceKey,
        sourceKeys: withSourceKey(unit.sourceKeys, fact.sourceKey),
      };
    case "name_en":
      if (mode === "fill" && unit.nameEn !== null) return unit;
      if (fact.nameNative !== null && fact.nameNative !== unit.nameNative) {
        notes.push({
          type: "name_differs",
          key,
          registerName: unit.nameNative,
          sourceName: fact.nameNative,
          sourceKey: fact.sourceKey,
        });
      }
      return { ...unit, nameEn: fact.nameEn, sourceKeys: withSourceKey(unit.sourceKeys, fact.sourceKey) };
    case "status": {
      const same = unit.cityStatus === fact.cityStatus && (fact.kind === null || fact.kind === unit.kind);
      if (!same && unit.cityStatus !== null) {
        notes.push({
          type: "status_differs",
          key,
          before: unit.cityStatus,
          after: fact.cityStatus,
          sourceKey: fact.sourceKey,
        });
        if (mode === "fill") return unit;
      }
      if (same && unit.sourceKeys.includes(fact.sourceKey)) return unit;
      return {
        ...unit,
        cityStatus: fact.cityStatus,
        kind: fact.kind ?? unit.kind,
        sourceKeys: withSourceKey(unit.sourceKeys, fact.sourceKey),
      };
    }
  }
}
