import { describe, expect, it } from "vitest";
import { coveredSectors, crosswalk, groupDifferences, methodDifferences, methodMix, toAppSectors } from "./crosswalk";
import { accountingStandards, balanceSectors } from "./model";

describe("crosswalk data", () => {
  it("maps every source sector of every standard to an app sector, with unique codes", () => {
    for (const standard of accountingStandards) {
      const codes = crosswalk[standard].sectors.map((s) => s.code);
      expect(new Set(codes).size, standard).toBe(codes.length);
      for (const sector of crosswalk[standard].sectors) expect(balanceSectors).toContain(sector.app);
    }
  });

  it("gives every standard the stationary energy and transport sectors", () => {
    for (const standard of accountingStandards) {
      const covered = coveredSectors(standard);
      for (const sector of ["households", "commerce", "industry", "transport_road"] as const) {
        expect(covered.has(sector), `${standard} ${sector}`).toBe(true);
      }
    }
  });

  it("has municipal facilities only where the standard reports them (BISKO)", () => {
    expect(coveredSectors("bisko").has("municipal")).toBe(true);
    for (const standard of ["gpc_basic", "gpc_basic_plus", "jp_moe_manual", "us_community_protocol"] as const) {
      expect(coveredSectors(standard).has("municipal")).toBe(false);
      expect(crosswalk[standard].absorbs.commerce).toEqual(["municipal"]);
    }
  });
});

describe("toAppSectors (hand-computed)", () => {
  it("sums the Japanese manual's sub-sectors into the app sectors", () => {
    const result = toAppSectors("jp_moe_manual", {
      "産業-製造業": 520_000,
      "産業-建設業・鉱業": 18_000,
      "産業-農林水産業": 12_000,
      業務その他: 260_000,
      家庭: 240_000,
      "運輸-自動車（旅客）": 190_000,
      "運輸-自動車（貨物）": 110_000,
      "運輸-鉄道": 14_000,
      "運輸-船舶": 6_000,
      廃棄物: 30_000,
    });
    // industry = 520,000 + 18,000 + 12,000 = 550,000
    expect(result.sectors.industry).toBe(550_000);
    // road = 190,000 (passenger) + 110,000 (freight) = 300,000
    expect(result.sectors.transport_road).toBe(300_000);
    expect(result.sectors.transport_rail).toBe(14_000);
    expect(result.sectors.transport_other).toBe(6_000);
    expect(result.sectors.commerce).toBe(260_000);
    expect(result.sectors.households).toBe(240_000);
    expect(result.sectors.waste).toBe(30_000);
    // no such sector in the Japanese inventory: not 0, but not reported
    expect(result.sectors.municipal).toBeNull();
    expect(result.sectors.other).toBeNull();
    expect(result.unknownCodes).toEqual([]);
  });

  it("sums GPC energy industries and agriculture into industry, aviation and navigation into other transport", () => {
    const result = toAppSectors("gpc_basic", {
      "I.3": 100.5,
      "I.4": 20.25,
      "I.5": 3.25,
      "II.3": 1.5,
      "II.4": 2.5,
      "II.5": 1,
      "III.1": 7,
      "III.4": 3,
    });
    // industry = 100.5 + 20.25 + 3.25 = 124
    expect(result.sectors.industry).toBe(124);
    // other transport = 1.5 + 2.5 + 1 = 5
    expect(result.sectors.transport_other).toBe(5);
    // waste = 7 + 3 = 10
    expect(result.sectors.waste).toBe(10);
  });

  it("keeps IPPU and AFOLU (BASIC+) out of the energy sectors", () => {
    const result = toAppSectors("gpc_basic_plus", { "I.3": 50, IV: 30, V: 5 });
    expect(result.sectors.industry).toBe(50);
    // other = 30 + 5 = 35
    expect(result.sectors.other).toBe(35);
  });

  it("reports codes the standard does not know and counts them nowhere", () => {
    const result = toAppSectors("bisko", { PHH: 10, "I.1": 99, Unbekannt: 1 });
    expect(result.sectors.households).toBe(10);
    expect(result.unknownCodes).toEqual(["I.1", "Unbekannt"]);
  });

  it("refuses negative figures", () => {
    expect(() => toAppSectors("bisko", { PHH: -1 })).toThrow(RangeError);
  });
});

describe("methodDifferences", () => {
  it("finds none between two balances made the same way", () => {
    expect(
      methodDifferences(
        { standard: "bisko", electricity: "national_mix" },
        { standard: "bisko", electricity: "national_mix" },
      ),
    ).toEqual([]);
  });

  it("finds only the electricity method within one standard", () => {
    expect(
      methodDifferences(
        { standard: "bisko", electricity: "national_mix" },
        { standard: "bisko", electricity: "local_supplier" },
      ),
    ).toEqual([{ kind: "electricity", a: "national_mix", b: "local_supplier" }]);
  });

  it("explains BISKO against the Japanese manual: upstream chains, municipal facilities, waste, other", () => {
    const differences = methodDifferences(
      { standard: "bisko", electricity: "national_mix" },
      { standard: "jp_moe_manual", electricity: "regional_grid" },
    );
    expect(differences).toContainEqual({ kind: "standard", a: "bisko", b: "jp_moe_manual" });
    expect(differences).toContainEqual({ kind: "electricity", a: "national_mix", b: "regional_grid" });
    expect(differences).toContainEqual({ kind: "upstream_chains", with: "bisko", without: "jp_moe_manual" });
    expect(differences).toContainEqual({
      kind: "sector_missing",
      sector: "municipal",
      missingIn: "jp_moe_manual",
      optional: false,
    });
    expect(differences).toContainEqual({ kind: "sector_missing", sector: "waste", missingIn: "bisko", optional: true });
    expect(differences).toContainEqual({
      kind: "sector_content",
      sector: "commerce",
      contains: "municipal",
      in: "jp_moe_manual",
    });
  });

  it("says nothing about sectors of a balance under an unknown standard", () => {
    expect(
      methodDifferences(
        { standard: "other", electricity: "national_mix" },
        { standard: "bisko", electricity: "national_mix" },
      ),
    ).toEqual([{ kind: "standard", a: "other", b: "bisko" }]);
  });

  it("finds GPC BASIC and the US Community Protocol alike in sectors", () => {
    const differences = methodDifferences(
      { standard: "gpc_basic", electricity: "regional_grid" },
      { standard: "us_community_protocol", electricity: "regional_grid" },
    );
    expect(differences).toEqual([{ kind: "standard", a: "gpc_basic", b: "us_community_protocol" }]);
  });
});

describe("methodMix and groupDifferences", () => {
  it("counts methods and compares each with the most common one", () => {
    const mix = methodMix([
      { standard: "jp_moe_manual", electricity: "regional_grid" },
      { standard: "bisko", electricity: "national_mix" },
      { standard: "bisko", electricity: "national_mix" },
    ] as const);
    expect(mix).toEqual([
      { standard: "bisko", electricity: "national_mix", count: 2 },
      { standard: "jp_moe_manual", electricity: "regional_grid", count: 1 },
    ]);
    const differences = groupDifferences(mix);
    expect(differences[0]).toEqual({ kind: "standard", a: "bisko", b: "jp_moe_manual" });
    expect(groupDifferences(mix.slice(0, 1))).toEqual([]);
  });
});
