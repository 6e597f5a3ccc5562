/**
 * A national-scale synthetic dataset: every local government of the three countries,
 * with realistic size distributions, so features can be measured at full scale.
 * Deterministic for a given seed. The figures are invented; the shapes are not.
 */
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import type { Country } from "#app/domain/vocabulary";

export interface SyntheticMunicipality {
  country: Country;
  region: string;
  nameNative: string;
  nameEn: string;
  population: number;
  sizeClass: string;
  kind: string;
}

/**
 * Counts: about 10,800 German Gemeinden, 1,741 Japanese municipalities (incl. Tokyo's
 * 23 wards), and 22,500 US cities, towns, villages and townships. Populations follow a
 * log-normal shape whose median and spread roughly match each country: many small
 * German and US places, fewer and larger Japanese ones.
 */
export const syntheticCountryProfiles = {
  DE: {
    count: 10_800,
    medianPopulation: 1_900,
    logSpread: 1.45,
    regions: [
      "Bayern",
      "Baden-Württemberg",
      "Niedersachsen",
      "Nordrhein-Westfalen",
      "Hessen",
      "Rheinland-Pfalz",
      "Sachsen",
      "Thüringen",
      "Brandenburg",
      "Schleswig-Holstein",
      "Sachsen-Anhalt",
      "Mecklenburg-Vorpommern",
      "Saarland",
    ],
  },
  JP: {
    count: 1_741,
    medianPopulation: 24_000,
    logSpread: 1.35,
    regions: [
      "北海道",
      "青森県",
      "岩手県",
      "宮城県",
      "福島県",
      "茨城県",
      "埼玉県",
      "千葉県",
      "東京都",
      "神奈川県",
      "新潟県",
      "長野県",
      "静岡県",
      "愛知県",
      "京都府",
      "大阪府",
      "兵庫県",
      "広島県",
      "福岡県",
      "鹿児島県",
    ],
  },
  US: {
    count: 22_500,
    medianPopulation: 1_500,
    logSpread: 1.7,
    regions: [
      "California",
      "Texas",
      "New York",
      "Pennsylvania",
      "Illinois",
      "Ohio",
      "Michigan",
      "Minnesota",
      "Wisconsin",
      "Kansas",
      "Iowa",
      "Missouri",
      "Washington",
      "Colorado",
      "Massachusetts",
      "Georgia",
      "North Carolina",
    ],
  },
} as const satisfies Record<
  Country,
  { count: number; medianPopulation: number; logSpread: number; regions: readonly string[] }
>;

export function* syntheticMunicipalities(seed = 20261125): Generator<SyntheticMunicipality> {
  const random = mulberry32(seed);
  for (const country of Object.keys(syntheticCountryProfiles) as Country[]) {
    const profile = syntheticCountryProfiles[country];
    for (let i = 0; i < profile.count; i++) {
      const population = Math.max(
        50,
        Math.min(14_000_000, Math.round(profile.medianPopulation * Math.exp(profile.logSpread * normal(random)))),
      );
      const name = `Synthetic ${country}-${String(i + 1).padStart(5, "0")}`;
      yield {
        country,
        region: profile.regions[Math.floor(random() * profile.regions.length)] ?? profile.regions[0],
        nameNative: name,
        nameEn: name,
        population,
        sizeClass: sizeClassOf(population),
        kind: kindFor(country, population),
      };
    }
  }
}

function kindFor(country: Country, population: number): string {
  if (country === "DE")
    return population >= 100_000 ? "district_free_city" : population >= 10_000 ? "county_town" : "municipality";
  if (country === "JP") {
    if (population >= 500_000) return "designated_city";
    if (population >= 200_000) return "core_city";
    return population >= 50_000 ? "city" : population >= 8_000 ? "town" : "village";
  }
  return population >= 5_000 ? "city" : population >= 1_000 ? "town" : "village";
}

/** A small, fast, seedable PRNG (public domain), so the dataset is the same every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal variate by Box–Muller. */
function normal(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
