/**
 * The demo's workshop: a submitted earlier round (2025) for every demo municipality, so
 * that profiles, recommendations and partner suggestions have something to show; the
 * "Climate partnership workshop 2026" with the German, Japanese and US demo cities;
 * participant@demo.test invited to it; and a few comments and marks.
 *
 * The answers are invented but consistent: each city has a character (strong in some
 * fields of action, weak in others) and a fixed, hash-based variation per measure, so
 * every seed gives the same figures.
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import {
  type AnswerValue,
  askedMeasures,
  missingAnswers,
  questionNames,
  scopeQuestionsFor,
  scoringInput,
} from "#app/domain/assessments/answers";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { recommendMeasures } from "#app/domain/results";
import type { Country, FieldOfAction } from "#app/domain/vocabulary";
import { newId } from "#app/server/core/ids.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import type { Database } from "#db/schema";

/** The reporting year of the demo's submitted round (the round in progress is 2026). */
export const demoSubmittedYear = 2025;
export const demoWorkshopTitle = "Climate partnership workshop 2026";

type Character = Record<FieldOfAction, number>;

interface DemoCity {
  key: string;
  country: Country;
  /** Activity level per field, 0..1, before the per-measure variation. */
  character: Character;
  /** Scope answers by question id; unanswered questions take their first option. */
  scope: Record<string, string>;
  general: { staff: number; plan: "adopted" | "in_preparation" | "none"; target: "net_zero" | "reduction" | "none" };
}

const cities: readonly DemoCity[] = [
  {
    key: "de-klimhausen",
    country: "DE",
    character: {
      development_planning: 0.8,
      municipal_assets: 0.7,
      supply_disposal: 0.6,
      mobility: 0.25,
      internal_organisation: 0.85,
      communication_cooperation: 0.45,
    },
    scope: {
      de_energy_utility: "majority",
      de_public_transport: "own_operator",
      de_housing_company: "yes",
      de_county_status: "district_free",
      de_land_reporting_duty: "yes",
      de_land_solar_obligation: "yes",
      de_land_parking_delegation: "yes",
      de_street_lighting: "own",
      de_district_heating: "own_utility",
      de_waste_authority: "yes",
    },
    general: { staff: 6.5, plan: "adopted", target: "net_zero" },
  },
  {
    key: "de-gruenwalde",
    country: "DE",
    character: {
      development_planning: 0.4,
      municipal_assets: 0.5,
      supply_disposal: 0.35,
      mobility: 0.75,
      internal_organisation: 0.45,
      communication_cooperation: 0.8,
    },
    scope: { de_energy_utility: "minority", de_public_transport: "county", de_county_status: "county_member" },
    general: { staff: 2, plan: "adopted", target: "reduction" },
  },
  {
    key: "de-sonnbach",
    country: "DE",
    character: {
      development_planning: 0.2,
      municipal_assets: 0.35,
      supply_disposal: 0.15,
      mobility: 0.1,
      internal_organisation: 0.2,
      communication_cooperation: 0.3,
    },
    scope: { de_energy_utility: "none", de_public_transport: "county", de_county_status: "county_member" },
    general: { staff: 0.5, plan: "in_preparation", target: "none" },
  },
  {
    key: "jp-midorino",
    country: "JP",
    character: {
      development_planning: 0.3,
      municipal_assets: 0.6,
      supply_disposal: 0.8,
      mobility: 0.85,
      internal_organisation: 0.55,
      communication_cooperation: 0.4,
    },
    scope: {
      jp_city_category: "core_city",
      jp_local_power_company: "yes",
      jp_public_transport: "municipal_operator",
      jp_building_ordinance: "yes",
      jp_street_lighting: "city_owned",
      jp_waste_treatment: "own_facility",
      jp_district_heating: "yes",
      jp_public_housing: "yes",
    },
    general: { staff: 8, plan: "adopted", target: "net_zero" },
  },
  {
    key: "jp-aohama",
    country: "JP",
    character: {
      development_planning: 0.45,
      municipal_assets: 0.8,
      supply_disposal: 0.5,
      mobility: 0.35,
      internal_organisation: 0.6,
      communication_cooperation: 0.7,
    },
    scope: { jp_city_category: "other_city", jp_public_transport: "community_bus" },
    general: { staff: 3, plan: "adopted", target: "net_zero" },
  },
  {
    key: "jp-kazegaoka",
    country: "JP",
    character: {
      development_planning: 0.15,
      municipal_assets: 0.3,
      supply_disposal: 0.25,
      mobility: 0.2,
      internal_organisation: 0.3,
      communication_cooperation: 0.25,
    },
    scope: {
      jp_city_category: "town_village",
      jp_public_transport: "community_bus",
      jp_waste_treatment: "association",
    },
    general: { staff: 1, plan: "in_preparation", target: "net_zero" },
  },
  {
    key: "us-riverton-bay",
    country: "US",
    character: {
      development_planning: 0.6,
      municipal_assets: 0.45,
      supply_disposal: 0.7,
      mobility: 0.45,
      internal_organisation: 0.35,
      communication_cooperation: 0.85,
    },
    scope: {
      us_home_rule: "home_rule",
      us_gas_preemption: "no",
      us_municipal_utility: "none",
      us_cca_enabled: "yes",
      us_public_transit: "regional_agency",
      us_street_lighting: "mixed",
      us_building_code_authority: "yes",
      us_housing_authority: "yes",
      us_state_climate_planning_mandate: "yes",
    },
    general: { staff: 4, plan: "adopted", target: "net_zero" },
  },
  {
    key: "us-lakeshore-heights",
    country: "US",
    character: {
      development_planning: 0.75,
      municipal_assets: 0.6,
      supply_disposal: 0.3,
      mobility: 0.55,
      internal_organisation: 0.7,
      communication_cooperation: 0.5,
    },
    scope: { us_home_rule: "home_rule", us_public_transit: "regional_agency" },
    general: { staff: 2.5, plan: "adopted", target: "reduction" },
  },
  {
    key: "us-prairie-glen",
    country: "US",
    character: {
      development_planning: 0.2,
      municipal_assets: 0.25,
      supply_disposal: 0.1,
      mobility: 0.1,
      internal_organisation: 0.15,
      communication_cooperation: 0.35,
    },
    scope: { us_home_rule: "dillon_rule", us_public_transit: "none", us_gas_preemption: "yes" },
    general: { staff: 0.2, plan: "none", target: "none" },
  },
];

/** A fixed number in [-0.3, 0.3) from the city and the measure. */
function variation(cityKey: string, measureId: string): number {
  const byte = createHash("sha256").update(`${cityKey}/${measureId}`).digest()[0] ?? 128;
  return (byte / 256) * 0.6 - 0.3;
}

function statusFor(level: number): AnswerValue {
  if (level < 0.15) return "not_started";
  if (level < 0.35) return "planned";
  if (level < 0.5) return "decided";
  if (level < 0.68) return "in_progress";
  return "implemented";
}

/** Complete answers for a demo city: general, scope and a status for every measure asked. */
export function demoAnswers(version: QuestionnaireVersion, city: DemoCity, population: number) {
  const answers: Record<string, AnswerValue> = {
    [questionNames.population]: population,
    [questionNames.climateStaff]: city.general.staff,
    [questionNames.climatePlan]: city.general.plan,
    [questionNames.targetType]: city.general.target,
  };
  if (city.general.target !== "none") answers[questionNames.targetYear] = city.country === "DE" ? 2045 : 2050;
  if (city.general.target === "reduction") {
    answers[questionNames.baseYear] = city.country === "JP" ? 2013 : 1990;
    answers[questionNames.targetReduction] = 65;
  }
  for (const question of scopeQuestionsFor(version, city.country)) {
    const chosen = city.scope[question.id];
    const value = question.options.some((o) => o.value === chosen) ? chosen : question.options[0]?.value;
    if (value !== undefined) answers[questionNames.scope(question.id)] = value;
  }
  for (const measure of askedMeasures(version, city.country)) {
    answers[questionNames.status(measure.id)] = statusFor(
      city.character[measure.field] + variation(city.key, measure.id),
    );
  }
  const missing = missingAnswers(version, city.country, answers);
  if (missing.length > 0) throw new Error(`demo answers for ${city.key} miss ${missing.join(", ")}`);
  return answers;
}

export async function seedDemoWorkshop(trx: Transaction<Database>, ids: ReadonlyMap<string, string>): Promise<void> {
  const published = await trx
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirst();
  if (!published) return;
  const version = await questionnaireVersionById(trx, published.id);
  const now = new Date();
  const submittedAt = new Date(now.getTime() - 60 * 24 * 60 * 60 * 1000).toISOString();
  const timestamp = now.toISOString();
  const answersByKey = new Map<string, Record<string, AnswerValue>>();

  for (const city of cities) {
    const municipalityId = ids.get(city.key);
    if (!municipalityId) continue;
    // Another part of the seed may already have submitted a round: then that one counts.
    const submitted = await trx
      .selectFrom("assessment")
      .select("id")
      .where("municipality_id", "=", municipalityId)
      .where((eb) => eb.or([eb("status", "=", "submitted"), eb("reporting_year", "=", demoSubmittedYear)]))
      .executeTakeFirst();
    if (submitted) continue;
    const municipality = await trx
      .selectFrom("municipality")
      .select("population")
      .where("id", "=", municipalityId)
      .executeTakeFirstOrThrow();
    const answers = demoAnswers(version, city, municipality.population);
    answersByKey.set(city.key, answers);
    await trx
      .insertInto("assessment")
      .values({
        id: newId(),
        municipality_id: municipalityId,
        questionnaire_version_id: published.id,
        reporting_year: demoSubmittedYear,
        status: "submitted",
        answers: JSON.stringify(answers),
        created_at: submittedAt,
        updated_at: submittedAt,
        submitted_at: submittedAt,
      })
      .execute();
  }

  const workshopCities = ["de-klimhausen", "jp-midorino", "us-riverton-bay"];
  const researcher = await userId(trx, "researcher@demo.test");
  const participant = await userId(trx, "participant@demo.test");
  const workshopId = newId();
  await trx
    .insertInto("workshop")
    .values({
      id: workshopId,
      title: demoWorkshopTitle,
      held_on: "2026-06-16",
      place: "Klimhausen, Rathaus",
      languages: JSON.stringify(["en", "de", "ja"]),
      created_by: researcher,
      created_at: timestamp,
      updated_at: timestamp,
    })
    .execute();
  for (const key of workshopCities) {
    const municipalityId = ids.get(key);
    if (municipalityId)
      await trx
        .insertInto("workshop_municipality")
        .values({ workshop_id: workshopId, municipality_id: municipalityId, created_at: timestamp })
        .execute();
  }
  if (participant) {
    await trx
      .insertInto("role_membership")
      .values({
        id: newId(),
        user_id: participant,
        role: "participant",
        municipality_id: null,
        workshop_id: workshopId,
        created_at: timestamp,
      })
      .execute();
  }

  // Comments on each workshop city's first recommendation, from both demo people.
  const topOf = (key: string) => {
    const answers = answersByKey.get(key);
    const city = cities.find((c) => c.key === key);
    if (!answers || !city) return null;
    return recommendMeasures(version, scoringInput(version, city.country, answers)).ranked[0]?.measureId ?? null;
  };
  const demoComments: Array<{ key: string; author: string | null; body: string; mark: boolean }> = [
    {
      key: "jp-midorino",
      author: participant,
      body: "Has one of the other cities done this already? We would like to hear how they organised it.",
      mark: true,
    },
    {
      key: "de-klimhausen",
      author: researcher,
      body: "Suggested as a topic for the first session.",
      mark: false,
    },
    {
      key: "us-riverton-bay",
      author: participant,
      body: "Which funding programmes did the other cities use for this?",
      mark: true,
    },
  ];
  let minute = 0;
  for (const comment of demoComments) {
    const municipalityId = ids.get(comment.key);
    const measureId = topOf(comment.key);
    if (!municipalityId || !measureId || !comment.author) continue;
    minute += 7;
    const createdAt = new Date(now.getTime() - (60 - minute) * 60 * 1000).toISOString();
    await trx
      .insertInto("workshop_comment")
      .values({
        id: newId(),
        workshop_id: workshopId,
        municipality_id: municipalityId,
        measure_id: measureId,
        parent_id: null,
        author_user_id: comment.author,
        body: comment.body,
        created_at: createdAt,
        edited_at: null,
      })
      .execute();
    if (comment.mark)
      await trx
        .insertInto("workshop_mark")
        .values({
          id: newId(),
          workshop_id: workshopId,
          municipality_id: municipalityId,
          measure_id: measureId,
          user_id: comment.author,
          created_at: createdAt,
        })
        .execute();
  }
}

async function userId(trx: Transaction<Database>, email: string): Promise<string | null> {
  const row = await trx.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirst();
  return row?.id ?? null;
}
