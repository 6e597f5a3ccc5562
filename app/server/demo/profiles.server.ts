/**
 * The demo's results: every demo municipality has a submitted round 2025 (the workshop
 * seed writes them with a character per field of action; any still missing get sample
 * answers here), its round 2026 in progress carries the 2025 answers over (marked to
 * confirm; the general figures are left for the new year, so the round is not complete),
 * and 40 clearly synthetic peer municipalities per country ("Vergleichskommune 01",
 * "比較自治体01", "Peer City 01"; no sharing) with submitted 2025 rounds give the demo
 * cities peer groups large enough to show. Profiles are computed at the end.
 *
 * Deterministic: the same seed gives the same cities, answers and figures.
 */
import type { Kysely, Transaction } from "kysely";
import { type AnswerValue, questionNames } from "#app/domain/assessments/answers";
import { carryOver } from "#app/domain/assessments/carry-over";
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import type { Country } from "#app/domain/vocabulary";
import { newId } from "#app/server/core/ids.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { recomputeAllProfiles } from "#app/server/results/recompute.server";
import type { Database } from "#db/schema";
import { sampleAnswers, seededRandom, seedOf } from "./sample-answers";

export const demoResultsYear = 2025;
export const demoPeersPerCountry = 40;

/** How active each demo city is, where the seed has to invent its 2025 answers. */
const demoEngagement: Readonly<Record<string, number>> = {
  "de-klimhausen": 0.65,
  "de-gruenwalde": 0.55,
  "de-sonnbach": 0.35,
  "jp-midorino": 0.6,
  "jp-aohama": 0.45,
  "jp-kazegaoka": 0.3,
  "us-riverton-bay": 0.6,
  "us-lakeshore-heights": 0.5,
  "us-prairie-glen": 0.25,
};

const peerNames: Readonly<Record<Country, (n: string) => { native: string; en: string }>> = {
  DE: (n) => ({ native: `Vergleichskommune ${n}`, en: `Vergleichskommune ${n}` }),
  JP: (n) => ({ native: `比較自治体${n}`, en: `Hikaku Jichitai ${n}` }),
  US: (n) => ({ native: `Peer City ${n}`, en: `Peer City ${n}` }),
};

const peerRegions: Readonly<Record<Country, readonly string[]>> = {
  DE: ["Baden-Württemberg", "Bayern", "Hessen", "Niedersachsen", "Nordrhein-Westfalen", "Sachsen", "Thüringen"],
  JP: ["北海道", "宮城県", "埼玉県", "愛知県", "兵庫県", "広島県", "福岡県"],
  US: ["California", "Colorado", "Michigan", "Minnesota", "Oregon", "Texas", "Virginia"],
};

/** Population ranges the peers are spread over, with how many of 40 fall in each. */
const peerSizes: ReadonlyArray<{ count: number; from: number; to: number }> = [
  { count: 13, from: 5_000, to: 19_000 },
  { count: 14, from: 21_000, to: 95_000 },
  { count: 11, from: 105_000, to: 480_000 },
  { count: 2, from: 520_000, to: 900_000 },
];

function peerKind(country: Country, population: number): string {
  if (country === "DE")
    return population >= 100_000 ? "district_free_city" : population >= 20_000 ? "county_town" : "municipality";
  if (country === "JP") {
    if (population >= 500_000) return "designated_city";
    if (population >= 200_000) return "core_city";
    return population >= 50_000 ? "city" : "town";
  }
  return "city";
}

type Db = Transaction<Database> | Kysely<Database>;

export async function seedDemoResults(trx: Db, ids: ReadonlyMap<string, string>): Promise<void> {
  const published = await trx
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirst();
  if (!published) return;
  const version = await questionnaireVersionById(trx as Kysely<Database>, published.id);
  const submittedAt = `${demoResultsYear}-06-30T09:00:00.000Z`;

  // Each demo municipality: a submitted 2025 round, carried into its 2026 round.
  for (const [key, municipalityId] of ids) {
    const municipality = await trx
      .selectFrom("municipality")
      .select(["country", "kind", "population"])
      .where("id", "=", municipalityId)
      .executeTakeFirstOrThrow();
    const rounds = await trx
      .selectFrom("assessment")
      .select(["id", "status", "reporting_year", "answers", "carry_over"])
      .where("municipality_id", "=", municipalityId)
      .orderBy("reporting_year")
      .execute();
    let earlier = rounds.find((r) => r.status === "submitted");
    if (!earlier) {
      const answers = sampleAnswers(version, {
        country: municipality.country,
        kind: municipality.kind,
        population: municipality.population,
        engagement: demoEngagement[key] ?? 0.5,
        seed: seedOf(key),
      });
      const id = newId();
      await trx
        .insertInto("assessment")
        .values({
          id,
          municipality_id: municipalityId,
          questionnaire_version_id: published.id,
          reporting_year: demoResultsYear,
          status: "submitted",
          answers: JSON.stringify(answers),
          created_at: submittedAt,
          updated_at: submittedAt,
          submitted_at: submittedAt,
        })
        .execute();
      earlier = {
        id,
        status: "submitted",
        reporting_year: demoResultsYear,
        answers: JSON.stringify(answers),
        carry_over: null,
      };
    }
    const open = rounds.find((r) => r.status === "in_progress" && r.reporting_year > (earlier?.reporting_year ?? 0));
    if (open?.answers !== "{}" || open.carry_over !== null) continue;
    const carried = carryOver(
      { version, answers: JSON.parse(earlier.answers) as Record<string, AnswerValue>, year: earlier.reporting_year },
      version,
      municipality.country,
    );
    // The new year's general figures (population, staff, plan, target) are still to be entered.
    const general = new Set<string>([
      questionNames.population,
      questionNames.climateStaff,
      questionNames.climatePlan,
      questionNames.targetType,
      questionNames.targetYear,
      questionNames.baseYear,
      questionNames.targetReduction,
    ]);
    const answers = Object.fromEntries(Object.entries(carried.answers).filter(([name]) => !general.has(name)));
    const marks = { ...carried.marks, carried: carried.marks.carried.filter((name) => !general.has(name)) };
    await trx
      .updateTable("assessment")
      .set({ answers: JSON.stringify(answers), carry_over: JSON.stringify(marks) })
      .where("id", "=", open.id)
      .execute();
  }

  // Synthetic peers: enough cities per country and size class for peer groups to show.
  const now = new Date().toISOString();
  const assessments: Array<{
    id: string;
    municipality_id: string;
    questionnaire_version_id: string;
    reporting_year: number;
    status: "submitted";
    answers: string;
    created_at: string;
    updated_at: string;
    submitted_at: string;
  }> = [];
  const peerRows: Array<{
    id: string;
    country: Country;
    region: string;
    name_native: string;
    name_en: string;
    population: number;
    size_class: string;
    kind: string;
    official_code: null;
    sharing: string;
    is_demo: number;
    created_at: string;
  }> = [];
  for (const country of ["DE", "JP", "US"] as const) {
    const random = seededRandom(seedOf(`peers-${country}`));
    let number = 0;
    for (const size of peerSizes) {
      for (let i = 0; i < size.count; i++) {
        number += 1;
        const label = String(number).padStart(2, "0");
        const population = Math.round(size.from * (size.to / size.from) ** random());
        const kind = peerKind(country, population);
        const id = newId();
        const name = peerNames[country](label);
        peerRows.push({
          id,
          country,
          region: peerRegions[country][Math.floor(random() * peerRegions[country].length)] ?? "",
          name_native: name.native,
          name_en: name.en,
          population,
          size_class: sizeClassOf(population),
          kind,
          official_code: null,
          sharing: "none",
          is_demo: 1,
          created_at: now,
        });
        const answers = sampleAnswers(version, {
          country,
          kind,
          population,
          engagement: 0.15 + random() * 0.7,
          seed: seedOf(`peer-${country}-${label}`),
        });
        assessments.push({
          id: newId(),
          municipality_id: id,
          questionnaire_version_id: published.id,
          reporting_year: demoResultsYear,
          status: "submitted",
          answers: JSON.stringify(answers),
          created_at: submittedAt,
          updated_at: submittedAt,
          submitted_at: submittedAt,
        });
      }
    }
  }
  for (let i = 0; i < peerRows.length; i += 200) {
    await trx
      .insertInto("municipality")
      .values(peerRows.slice(i, i + 200))
      .execute();
  }
  for (let i = 0; i < assessments.length; i += 200) {
    await trx
      .insertInto("assessment")
      .values(assessments.slice(i, i + 200))
      .execute();
  }

  await recomputeAllProfiles(trx);
}
