/**
 * The dossier's data: each city within its consent (profile, top recommendations, peer
 * bands), the side-by-side table, group topics and partner suggestions, for one language.
 */
import type { Kysely } from "kysely";
import { type PartnerSuggestion, suggestPartners } from "#app/domain/partnerships/suggestions";
import type { PeerBand } from "#app/domain/results";
import { recordOf } from "#app/domain/results/records";
import { type Country, type FieldOfAction, fieldsOfAction, type Locale } from "#app/domain/vocabulary";
import {
  type CityResults,
  type DossierCity,
  dossierCity,
  type GroupTopic,
  groupTopics,
  type SideBySideRow,
  sideBySide,
} from "#app/domain/workshops/dossier";
import type { Actor } from "#app/server/access/permissions.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { peerBandsForAssessment } from "#app/server/results/peers.server";
import { recommendationsForAssessment } from "#app/server/results/submitted.server";
import type { Database } from "#db/schema";
import { consentingMunicipalities } from "./consent.server";
import { latestProfilesOf, type SubmittedResults, submittedResults } from "./submitted-results.server";
import type { LoadedWorkshop } from "./workshops.server";

/**
 * Peer bands per field: where each city's activity falls among comparable cities – its
 * peer group of the same country and size class (profiles module). A field whose group
 * is too small to show gets no band.
 */
async function peerBands(
  db: Kysely<Database>,
  actor: Actor,
  cities: ReadonlyArray<{ municipalityId: string; results: SubmittedResults }>,
): Promise<Map<string, Partial<Record<FieldOfAction, PeerBand | null>>>> {
  const bands = new Map<string, Partial<Record<FieldOfAction, PeerBand | null>>>();
  for (const city of cities) {
    const peers = await peerBandsForAssessment(db, city.results.assessmentId, actor);
    const group = peers?.groups.find((g) => g.kind === "size_class");
    bands.set(
      city.municipalityId,
      recordOf(fieldsOfAction, (field) => group?.places[field]?.band ?? null),
    );
  }
  return bands;
}

export interface DossierSuggestion extends PartnerSuggestion {
  name: string;
  country: Country;
}

export interface Dossier {
  cities: DossierCity[];
  sideBySide: SideBySideRow[];
  topics: GroupTopic[];
  suggestions: Record<string, DossierSuggestion[]>;
  /** Measure id → title in the requested language. */
  measureTitles: Record<string, string>;
}

/**
 * Everything the dossier shows, for one language. Cities without consent contribute
 * their name and country only. Partner suggestions for a city come from the workshop's
 * consenting cities and the cities that share with everyone signed in, in another country.
 */
export async function buildDossier(
  db: Kysely<Database>,
  actor: Actor,
  workshop: LoadedWorkshop,
  locale: Locale,
): Promise<Dossier> {
  const consenting = await consentingMunicipalities(db, actor, workshop.id);
  const results = new Map<string, SubmittedResults>();
  for (const municipality of workshop.municipalities) {
    if (!consenting.has(municipality.id)) continue;
    const found = await submittedResults(db, municipality.id);
    if (found) results.set(municipality.id, found);
  }
  const bands = await peerBands(
    db,
    actor,
    [...results.entries()].map(([municipalityId, r]) => ({ municipalityId, results: r })),
  );

  const measureTitles: Record<string, string> = {};
  const versionIds = new Set([...results.values()].map((r) => r.versionId));
  const inputs = await Promise.all(
    workshop.municipalities.map(async (m) => {
      let cityResults: CityResults;
      const found = results.get(m.id);
      if (!consenting.has(m.id)) cityResults = { status: "not_shared" };
      else if (!found) cityResults = { status: "no_results" };
      else {
        const recommendations = await recommendationsForAssessment(db, found.assessmentId);
        cityResults = recommendations
          ? {
              status: "shared",
              reportingYear: found.reportingYear,
              profile: found.profile,
              recommendations,
              bands: bands.get(m.id) ?? {},
            }
          : { status: "no_results" };
      }
      return { municipalityId: m.id, name: m.name, nameEn: m.nameEn, country: m.country, results: cityResults };
    }),
  );
  const cities = inputs.map(dossierCity);
  const rankedByCity = new Map(
    inputs.map((input) => [
      input.municipalityId,
      input.results.status === "shared" ? input.results.recommendations.ranked : null,
    ]),
  );

  // Suggestions: partners drawn from the consenting workshop cities and from cities that share with everyone.
  const suggestionPool = await latestProfilesOf(db, null, ["signed_in"], 500);
  for (const [id, r] of results) {
    const municipality = workshop.municipalities.find((m) => m.id === id);
    if (municipality)
      suggestionPool.set(id, { country: municipality.country, versionId: r.versionId, profile: r.profile });
  }
  const names = await municipalityNames(db, [...suggestionPool.keys()]);
  const suggestions: Record<string, DossierSuggestion[]> = {};
  for (const [id, r] of results) {
    const municipality = workshop.municipalities.find((m) => m.id === id);
    if (!municipality) continue;
    const candidates = [...suggestionPool.entries()]
      .filter(([, p]) => p.versionId === r.versionId)
      .map(([candidateId, p]) => ({ municipalityId: candidateId, country: p.country, profile: p.profile }));
    suggestions[id] = suggestPartners(
      { municipalityId: id, country: municipality.country, profile: r.profile },
      candidates,
    ).map((s) => ({
      ...s,
      name: names.get(s.municipalityId)?.name ?? s.municipalityId,
      country: names.get(s.municipalityId)?.country ?? "DE",
    }));
  }

  for (const versionId of versionIds) {
    const version = await questionnaireVersionById(db, versionId);
    for (const measure of version.measures) measureTitles[measure.id] ??= measure.title[locale];
  }

  return {
    cities,
    sideBySide: sideBySide(cities),
    topics: groupTopics([...rankedByCity.entries()].map(([municipalityId, ranked]) => ({ municipalityId, ranked }))),
    suggestions,
    measureTitles,
  };
}

async function municipalityNames(db: Kysely<Database>, ids: readonly string[]) {
  const names = new Map<string, { name: string; country: Country }>();
  if (ids.length === 0) return names;
  const rows = await db
    .selectFrom("municipality")
    .select(["id", "name_native", "country"])
    .where("id", "in", ids as string[])
    .execute();
  for (const row of rows) names.set(row.id, { name: row.name_native, country: row.country });
  return names;
}
