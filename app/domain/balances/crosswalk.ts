/**
 * The crosswalk: which sector of each accounting standard goes into which of the app's
 * sectors, and what that means for comparing balances made under different standards.
 *
 * Source sector names stay in the standard's own language (BISKO German, the Japanese
 * manual Japanese, GPC and the US Community Protocol English): they are the names in the
 * source documents, not UI text.
 *
 * Decisions (see docs/methodology.md, "CO2 balances"):
 * - Energy used in agriculture, forestry and fishing counts as industry, as in Japan's
 *   産業部門 (GPC I.5 follows it). BISKO usually books it under GHD; it is a small share
 *   and documented rather than modelled.
 * - Process emissions (IPPU) and AFOLU go to "other": the energy subtotal stays energy.
 * - Only BISKO reports municipal facilities as a sector. The others count the
 *   municipality's own buildings in commerce/institutional, so "commerce" then also
 *   contains "municipal".
 * - BISKO's base balance covers energy and transport; non-energy emissions (waste, waste
 *   water, agriculture) are optional additions, so BISKO covers waste and other only
 *   optionally and is flagged for it.
 */
import {
  type AccountingStandard,
  accountingStandards,
  type BalanceSector,
  balanceSectors,
  type ElectricityMethod,
  emptySectors,
  roundFigure,
} from "./model";

export interface SourceSector {
  /** The standard's code or short name, unique within the standard. */
  readonly code: string;
  /** Name in the standard's own documents. */
  readonly name: string;
  readonly app: BalanceSector;
}

export interface StandardProfile {
  readonly sectors: readonly SourceSector[];
  /** App sectors whose figures also contain another app sector's emissions. */
  readonly absorbs: Readonly<Partial<Record<BalanceSector, readonly BalanceSector[]>>>;
  /** App sectors reported only in some balances of this standard (optional modules). */
  readonly optional: readonly BalanceSector[];
  /** Emission factors include upstream chains (life-cycle CO2e), as BISKO's do. */
  readonly upstreamChains: boolean;
  /** The electricity method the standard prescribes or usually uses. */
  readonly usualElectricity: ElectricityMethod | null;
}

/**
 * Every standard but BISKO: no municipal sector, so the municipality's own buildings count
 * in commerce/institutional; factors without upstream chains, electricity from the regional
 * grid.
 */
function municipalInCommerce({
  sectors,
  optional = [],
}: {
  sectors: readonly SourceSector[];
  optional?: readonly BalanceSector[];
}): StandardProfile {
  return {
    sectors,
    absorbs: { commerce: ["municipal"] },
    optional,
    upstreamChains: false,
    usualElectricity: "regional_grid",
  };
}

/** GPC BASIC+ reports the same sectors as BASIC, and IPPU and AFOLU besides. */
const gpcBasicSectors: readonly SourceSector[] = [
  { code: "I.1", name: "Residential buildings", app: "households" },
  { code: "I.2", name: "Commercial and institutional buildings and facilities", app: "commerce" },
  { code: "I.3", name: "Manufacturing industries and construction", app: "industry" },
  { code: "I.4", name: "Energy industries", app: "industry" },
  { code: "I.5", name: "Agriculture, forestry and fishing activities", app: "industry" },
  { code: "I.6", name: "Non-specified sources", app: "other" },
  {
    code: "I.7",
    name: "Fugitive emissions from mining, processing, storage, and transportation of coal",
    app: "other",
  },
  { code: "I.8", name: "Fugitive emissions from oil and natural gas systems", app: "other" },
  { code: "II.1", name: "On-road transportation", app: "transport_road" },
  { code: "II.2", name: "Railways", app: "transport_rail" },
  { code: "II.3", name: "Waterborne navigation", app: "transport_other" },
  { code: "II.4", name: "Aviation", app: "transport_other" },
  { code: "II.5", name: "Off-road transportation", app: "transport_other" },
  { code: "III.1", name: "Solid waste disposal", app: "waste" },
  { code: "III.2", name: "Biological treatment of waste", app: "waste" },
  { code: "III.3", name: "Incineration and open burning", app: "waste" },
  { code: "III.4", name: "Wastewater treatment and discharge", app: "waste" },
];

export const crosswalk: Readonly<Record<AccountingStandard, StandardProfile>> = {
  bisko: {
    sectors: [
      { code: "PHH", name: "Private Haushalte", app: "households" },
      { code: "GHD", name: "Gewerbe, Handel, Dienstleistungen (GHD)", app: "commerce" },
      { code: "IND", name: "Industrie (verarbeitendes Gewerbe)", app: "industry" },
      { code: "KE", name: "Kommunale Einrichtungen", app: "municipal" },
      { code: "V-STR", name: "Verkehr: Straße", app: "transport_road" },
      { code: "V-SCH", name: "Verkehr: Schiene", app: "transport_rail" },
      { code: "V-SON", name: "Verkehr: Binnenschifffahrt und Flugverkehr", app: "transport_other" },
      { code: "NE-ABF", name: "Nicht-energetische Emissionen: Abfall und Abwasser", app: "waste" },
      { code: "NE-LW", name: "Nicht-energetische Emissionen: Landwirtschaft und Sonstige", app: "other" },
    ],
    absorbs: {},
    optional: ["waste", "other"],
    upstreamChains: true,
    usualElectricity: "national_mix",
  },
  gpc_basic: municipalInCommerce({ sectors: gpcBasicSectors }),
  gpc_basic_plus: municipalInCommerce({
    sectors: [
      ...gpcBasicSectors,
      { code: "IV", name: "Industrial processes and product use (IPPU)", app: "other" },
      { code: "V", name: "Agriculture, forestry and other land use (AFOLU)", app: "other" },
    ],
  }),
  jp_moe_manual: municipalInCommerce({
    sectors: [
      { code: "産業-製造業", name: "産業部門（製造業）", app: "industry" },
      { code: "産業-建設業・鉱業", name: "産業部門（建設業・鉱業）", app: "industry" },
      { code: "産業-農林水産業", name: "産業部門（農林水産業）", app: "industry" },
      { code: "業務その他", name: "業務その他部門", app: "commerce" },
      { code: "家庭", name: "家庭部門", app: "households" },
      { code: "運輸-自動車（旅客）", name: "運輸部門（自動車・旅客）", app: "transport_road" },
      { code: "運輸-自動車（貨物）", name: "運輸部門（自動車・貨物）", app: "transport_road" },
      { code: "運輸-鉄道", name: "運輸部門（鉄道）", app: "transport_rail" },
      { code: "運輸-船舶", name: "運輸部門（船舶）", app: "transport_other" },
      { code: "廃棄物", name: "廃棄物分野（一般廃棄物）", app: "waste" },
      { code: "その他ガス", name: "その他（メタン・一酸化二窒素・代替フロン等4ガス）", app: "other" },
    ],
    optional: ["other"],
  }),
  us_community_protocol: municipalInCommerce({
    sectors: [
      { code: "BE-RES", name: "Built environment: residential energy", app: "households" },
      { code: "BE-COM", name: "Built environment: commercial energy", app: "commerce" },
      { code: "BE-IND", name: "Built environment: industrial energy", app: "industry" },
      { code: "TR-ONROAD", name: "Transportation: on-road passenger and freight vehicles", app: "transport_road" },
      { code: "TR-RAIL", name: "Transportation: rail (transit and freight)", app: "transport_rail" },
      { code: "TR-OTHER", name: "Transportation: aviation, marine and off-road", app: "transport_other" },
      { code: "SW", name: "Solid waste", app: "waste" },
      { code: "WW", name: "Water and wastewater", app: "waste" },
      { code: "AG", name: "Agriculture and livestock", app: "other" },
      { code: "PROC", name: "Process and fugitive emissions", app: "other" },
    ],
  }),
  other: {
    sectors: balanceSectors.map((sector) => ({ code: sector, name: sector, app: sector })),
    absorbs: {},
    optional: [...balanceSectors],
    upstreamChains: false,
    usualElectricity: null,
  },
};

/** The app sectors a standard reports at all (some only optionally). */
export function coveredSectors(standard: AccountingStandard): ReadonlySet<BalanceSector> {
  return new Set(crosswalk[standard].sectors.map((s) => s.app));
}

export interface CrosswalkResult {
  /** Summed per app sector; null for a sector with no figure (or one the standard does not report). */
  readonly sectors: Readonly<Record<BalanceSector, number | null>>;
  /** Codes given that the standard does not know: not counted anywhere. */
  readonly unknownCodes: readonly string[];
}

/**
 * Maps figures stated in a standard's own sectors (by code) to the app's sectors by
 * summing every source sector into its app sector.
 */
export function toAppSectors(
  standard: AccountingStandard,
  figures: Readonly<Record<string, number | null | undefined>>,
): CrosswalkResult {
  const byCode = new Map(crosswalk[standard].sectors.map((s) => [s.code, s.app]));
  const sectors = emptySectors();
  const unknownCodes: string[] = [];
  for (const [code, value] of Object.entries(figures)) {
    const app = byCode.get(code);
    if (app === undefined) {
      unknownCodes.push(code);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`figure for ${code} must be ≥ 0, got ${value}`);
    sectors[app] = roundFigure((sectors[app] ?? 0) + value);
  }
  return { sectors, unknownCodes: unknownCodes.sort() };
}

/** Why two balances' figures do not measure the same thing. */
export type MethodDifference =
  | { readonly kind: "standard"; readonly a: AccountingStandard; readonly b: AccountingStandard }
  | { readonly kind: "electricity"; readonly a: ElectricityMethod; readonly b: ElectricityMethod }
  | { readonly kind: "upstream_chains"; readonly with: AccountingStandard; readonly without: AccountingStandard }
  | {
      readonly kind: "sector_missing";
      readonly sector: BalanceSector;
      readonly missingIn: AccountingStandard;
      readonly optional: boolean;
    }
  | {
      readonly kind: "sector_content";
      readonly sector: BalanceSector;
      readonly contains: BalanceSector;
      readonly in: AccountingStandard;
    };

type MethodKey = { readonly standard: AccountingStandard; readonly electricity: ElectricityMethod };

/**
 * Every difference between two ways of making a balance that affects comparison; empty
 * when both are the same standard with the same electricity method. Symmetric in
 * content (the order of a and b only orders the entries).
 */
export function methodDifferences(a: MethodKey, b: MethodKey): MethodDifference[] {
  const differences: MethodDifference[] = [];
  if (a.electricity !== b.electricity) differences.push({ kind: "electricity", a: a.electricity, b: b.electricity });
  if (a.standard === b.standard) return differences;
  differences.unshift({ kind: "standard", a: a.standard, b: b.standard });
  // A balance under "other" says nothing about its sectors: the standard difference is all we know.
  if (a.standard === "other" || b.standard === "other") return differences;
  const pa = crosswalk[a.standard];
  const pb = crosswalk[b.standard];
  if (pa.upstreamChains !== pb.upstreamChains) {
    differences.push(
      pa.upstreamChains
        ? { kind: "upstream_chains", with: a.standard, without: b.standard }
        : { kind: "upstream_chains", with: b.standard, without: a.standard },
    );
  }
  const ca = coveredSectors(a.standard);
  const cb = coveredSectors(b.standard);
  for (const sector of balanceSectors) {
    if (ca.has(sector) && !cb.has(sector)) {
      differences.push({ kind: "sector_missing", sector, missingIn: b.standard, optional: false });
    } else if (cb.has(sector) && !ca.has(sector)) {
      differences.push({ kind: "sector_missing", sector, missingIn: a.standard, optional: false });
    } else if (ca.has(sector) && (pa.optional.includes(sector) || pb.optional.includes(sector))) {
      const missingIn = pa.optional.includes(sector) ? a.standard : b.standard;
      differences.push({ kind: "sector_missing", sector, missingIn, optional: true });
    }
  }
  for (const [standard, profile] of [
    [a.standard, pa],
    [b.standard, pb],
  ] as const) {
    const other = profile === pa ? pb : pa;
    for (const sector of balanceSectors) {
      for (const contained of profile.absorbs[sector] ?? []) {
        if (!(other.absorbs[sector] ?? []).includes(contained)) {
          differences.push({ kind: "sector_content", sector, contains: contained, in: standard });
        }
      }
    }
  }
  return differences;
}

/** The distinct methods among balances, with how many use each; in a stable order. */
export function methodMix<T extends MethodKey>(balances: readonly T[]): Array<MethodKey & { count: number }> {
  const counts = new Map<string, MethodKey & { count: number }>();
  for (const { standard, electricity } of balances) {
    const key = `${standard}|${electricity}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { standard, electricity, count: 1 });
  }
  const order = (m: MethodKey) => accountingStandards.indexOf(m.standard) * 10 + electricityOrder(m.electricity);
  return [...counts.values()].sort((x, y) => order(x) - order(y));
}

function electricityOrder(method: ElectricityMethod): number {
  return method === "national_mix" ? 0 : method === "regional_grid" ? 1 : 2;
}

/** All differences within a group of methods, against its most common method, without duplicates. */
export function groupDifferences(mix: ReadonlyArray<MethodKey & { count: number }>): MethodDifference[] {
  if (mix.length < 2) return [];
  const reference = [...mix].sort((x, y) => y.count - x.count)[0];
  if (!reference) return [];
  const seen = new Set<string>();
  const result: MethodDifference[] = [];
  for (const method of mix) {
    if (method === reference) continue;
    for (const difference of methodDifferences(reference, method)) {
      const key = JSON.stringify(difference);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(difference);
    }
  }
  return result;
}
