/**
 * Demo CO2 balances: 3-5 years and a target for every demo municipality, made with the
 * method usual in its country (BISKO with the federal electricity mix in Germany, the
 * Ministry of the Environment's estimation manual with the regional utility's factor in
 * Japan, the US Community Protocol with eGRID subregion factors in the USA). Fictional
 * figures with plausible shapes: 6-18 t per inhabitant, a slow decline, a transport dip
 * in 2020. Klimhausen's first year used a local electricity mix, so its page shows a
 * method change.
 */
import type { Transaction } from "kysely";
import type {
  AccountingStandard,
  BalanceSector,
  DataQuality,
  ElectricityMethod,
  FinalEnergySector,
} from "#app/domain/balances/model";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";

interface DemoBalanceProfile {
  years: readonly number[];
  /** Inhabitants in the first year, and the yearly change (fraction). */
  population: number;
  populationTrend: number;
  /** t CO2e per inhabitant in the first year, and the yearly change (fraction). */
  perCapita: number;
  trend: number;
  /** Shares of the total in the first year (sum 1); sectors absent are not reported. */
  shares: Readonly<Partial<Record<BalanceSector, number>>>;
  standard: AccountingStandard;
  electricity: ElectricityMethod;
  /** The first year's electricity method, when it differed. */
  firstYearElectricity?: ElectricityMethod;
  dataQuality: DataQuality;
  source: (year: number) => string;
  /** MWh of final energy per t CO2e by sector (BISKO balances are final-energy balances). */
  energyPerTonne?: Readonly<Partial<Record<FinalEnergySector, number>>>;
  target: {
    baseYear: number;
    baseYearTotal: number | null;
    targetYear: number | null;
    reductionPercent: number | null;
    netZeroYear: number | null;
  };
}

const bisko = {
  standard: "bisko",
  electricity: "national_mix",
  dataQuality: "medium",
  shares: {
    households: 0.26,
    commerce: 0.15,
    industry: 0.24,
    municipal: 0.02,
    transport_road: 0.29,
    transport_rail: 0.02,
    transport_other: 0.02,
  },
  energyPerTonne: { households: 3.6, commerce: 2.9, industry: 3.1, municipal: 3.0, transport: 3.7 },
} as const;

const japanManual = {
  standard: "jp_moe_manual",
  electricity: "regional_grid",
  dataQuality: "low",
  shares: {
    industry: 0.37,
    commerce: 0.19,
    households: 0.17,
    transport_road: 0.19,
    transport_rail: 0.01,
    transport_other: 0.01,
    waste: 0.03,
    other: 0.03,
  },
} as const;

const usProtocol = {
  standard: "us_community_protocol",
  electricity: "regional_grid",
  dataQuality: "medium",
  shares: {
    households: 0.21,
    commerce: 0.19,
    industry: 0.14,
    transport_road: 0.36,
    transport_rail: 0.01,
    transport_other: 0.02,
    waste: 0.04,
    other: 0.03,
  },
} as const;

export const demoBalanceProfiles: Readonly<Record<string, DemoBalanceProfile>> = {
  "de-klimhausen": {
    ...bisko,
    years: [2018, 2019, 2020, 2021, 2022],
    population: 246_900,
    populationTrend: 0.002,
    perCapita: 8.3,
    trend: -0.028,
    firstYearElectricity: "local_supplier",
    source: (year) => `Energie- und THG-Bilanz Klimhausen ${year} (BISKO), Klimaschutzmanagement`,
    target: { baseYear: 1990, baseYearTotal: 2_960_000, targetYear: 2030, reductionPercent: 65, netZeroYear: 2045 },
  },
  "de-gruenwalde": {
    ...bisko,
    years: [2017, 2019, 2021],
    population: 38_100,
    populationTrend: 0.002,
    perCapita: 7.6,
    trend: -0.025,
    source: (year) => `Klimaschutzkonzept Grünwalde an der Aue, Bilanzjahr ${year}`,
    target: { baseYear: 1990, baseYearTotal: 390_000, targetYear: 2030, reductionPercent: 65, netZeroYear: 2045 },
  },
  "de-sonnbach": {
    ...bisko,
    shares: { ...bisko.shares, industry: 0.12, commerce: 0.2, transport_road: 0.38, transport_other: 0 },
    years: [2019, 2020, 2021, 2022],
    population: 6_120,
    populationTrend: 0.003,
    perCapita: 9.4,
    trend: -0.03,
    source: (year) => `Energienutzungsplan Sonnbach, Bilanz ${year}`,
    target: { baseYear: 2019, baseYearTotal: null, targetYear: 2030, reductionPercent: 55, netZeroYear: 2040 },
  },
  "jp-midorino": {
    ...japanManual,
    years: [2013, 2019, 2020, 2021, 2022],
    population: 318_600,
    populationTrend: -0.003,
    perCapita: 9.6,
    trend: -0.022,
    source: (year) => `みどり野市地球温暖化対策実行計画（区域施策編）進捗報告 ${year}年度`,
    target: { baseYear: 2013, baseYearTotal: null, targetYear: 2030, reductionPercent: 46, netZeroYear: 2050 },
  },
  "jp-aohama": {
    ...japanManual,
    shares: { ...japanManual.shares, industry: 0.31, commerce: 0.2, households: 0.19, transport_road: 0.22 },
    years: [2013, 2018, 2020, 2022],
    population: 90_200,
    populationTrend: -0.004,
    perCapita: 8.4,
    trend: -0.02,
    source: (year) => `自治体排出量カルテ（環境省）青浜市 ${year}年度推計`,
    target: { baseYear: 2013, baseYearTotal: null, targetYear: 2030, reductionPercent: 46, netZeroYear: 2050 },
  },
  "jp-kazegaoka": {
    ...japanManual,
    shares: { ...japanManual.shares, industry: 0.24, commerce: 0.15, households: 0.22, transport_road: 0.31 },
    years: [2013, 2019, 2021],
    population: 15_900,
    populationTrend: -0.008,
    perCapita: 6.8,
    trend: -0.018,
    source: (year) => `自治体排出量カルテ（環境省）風ヶ丘町 ${year}年度推計`,
    target: { baseYear: 2013, baseYearTotal: null, targetYear: 2030, reductionPercent: 50, netZeroYear: 2050 },
  },
  "us-riverton-bay": {
    ...usProtocol,
    years: [2015, 2018, 2020, 2022],
    population: 176_800,
    populationTrend: 0.004,
    perCapita: 11.2,
    trend: -0.024,
    source: (year) => `Riverton Bay Community GHG Inventory ${year}`,
    target: { baseYear: 2015, baseYearTotal: null, targetYear: 2030, reductionPercent: 50, netZeroYear: 2045 },
  },
  "us-lakeshore-heights": {
    ...usProtocol,
    years: [2017, 2019, 2021],
    population: 63_700,
    populationTrend: 0.002,
    perCapita: 15.4,
    trend: -0.017,
    source: (year) => `Lakeshore Heights Climate Action Plan, inventory year ${year}`,
    target: { baseYear: 2017, baseYearTotal: null, targetYear: 2030, reductionPercent: 50, netZeroYear: 2050 },
  },
  "us-prairie-glen": {
    ...usProtocol,
    shares: {
      ...usProtocol.shares,
      households: 0.19,
      industry: 0.2,
      transport_road: 0.33,
      commerce: 0.15,
      other: 0.06,
    },
    years: [2019, 2021, 2023],
    population: 9_700,
    populationTrend: 0.004,
    perCapita: 17.1,
    trend: -0.012,
    source: (year) => `Prairie Glen community emissions estimate ${year}`,
    target: { baseYear: 2019, baseYearTotal: null, targetYear: 2030, reductionPercent: 30, netZeroYear: 2050 },
  },
};

/** The 2020 dip: less traffic and fewer open shops and offices. */
function pandemicFactor(sector: BalanceSector, year: number): number {
  if (year !== 2020) return 1;
  if (sector.startsWith("transport_")) return 0.88;
  if (sector === "commerce") return 0.95;
  return 1;
}

/** The rows of one demo municipality's balances; totals are the exact sum of the sectors. */
export function demoBalanceRows(municipalityId: string, profile: DemoBalanceProfile, now: string) {
  const first = profile.years[0] ?? 2020;
  return profile.years.map((year) => {
    const elapsed = year - first;
    const population = Math.round(profile.population * (1 + profile.populationTrend) ** elapsed);
    const total = profile.perCapita * (1 + profile.trend) ** elapsed * population;
    const figure = (sector: BalanceSector) => {
      const share = profile.shares[sector];
      return share === undefined ? null : Math.round(total * share * pandemicFactor(sector, year));
    };
    const sectors = {
      households_t: figure("households"),
      commerce_t: figure("commerce"),
      industry_t: figure("industry"),
      municipal_t: figure("municipal"),
      transport_road_t: figure("transport_road"),
      transport_rail_t: figure("transport_rail"),
      transport_other_t: figure("transport_other"),
      waste_t: figure("waste"),
      other_t: figure("other"),
    };
    const sum = Object.values(sectors).reduce<number>((s, v) => s + (v ?? 0), 0);
    const transport =
      (sectors.transport_road_t ?? 0) + (sectors.transport_rail_t ?? 0) + (sectors.transport_other_t ?? 0);
    const energy = (sector: FinalEnergySector, tonnes: number | null) => {
      const factor = profile.energyPerTonne?.[sector];
      return factor === undefined || tonnes === null ? null : Math.round(tonnes * factor);
    };
    return {
      id: newId(),
      municipality_id: municipalityId,
      year,
      population,
      ...sectors,
      total_t: sum,
      energy_households_mwh: energy("households", sectors.households_t),
      energy_commerce_mwh: energy("commerce", sectors.commerce_t),
      energy_industry_mwh: energy("industry", sectors.industry_t),
      energy_municipal_mwh: energy("municipal", sectors.municipal_t),
      energy_transport_mwh: energy("transport", transport),
      standard: profile.standard,
      electricity_method:
        year === first && profile.firstYearElectricity ? profile.firstYearElectricity : profile.electricity,
      data_quality: profile.dataQuality,
      source: profile.source(year),
      confirmed_warnings: null,
      created_at: now,
      updated_at: now,
    };
  });
}

/** Adds the demo balances and targets, inside the demo seed's transaction. */
export async function seedDemoBalances(trx: Transaction<Database>, ids: ReadonlyMap<string, string>): Promise<void> {
  const now = new Date().toISOString();
  for (const [key, profile] of Object.entries(demoBalanceProfiles)) {
    const municipalityId = ids.get(key);
    if (!municipalityId) continue;
    await trx
      .insertInto("co2_balance")
      .values(demoBalanceRows(municipalityId, profile, now))
      .execute();
    await trx
      .insertInto("co2_target")
      .values({
        municipality_id: municipalityId,
        base_year: profile.target.baseYear,
        base_year_total_t: profile.target.baseYearTotal,
        target_year: profile.target.targetYear,
        reduction_percent: profile.target.reductionPercent,
        net_zero_year: profile.target.netZeroYear,
        updated_at: now,
      })
      .execute();
  }
}
