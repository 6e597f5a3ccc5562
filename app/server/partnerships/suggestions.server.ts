/**
 * Partner suggestions: for a municipality with submitted results, cities in other
 * countries with a similar profile that allow being suggested.
 */
import type { Kysely } from "kysely";
import { suggestibleSharing } from "#app/domain/partnerships/partnership";
import { type PartnerSuggestion, suggestPartners } from "#app/domain/partnerships/suggestions";
import type { Country, Locale } from "#app/domain/vocabulary";
import { type Actor, isStaff } from "#app/server/access/permissions.server";
import { questionnaireVersionById } from "#app/server/questionnaires/published.server";
import { latestProfilesOf, submittedResults } from "#app/server/workshops/submitted-results.server";
import type { Database } from "#db/schema";

/** Whose suggestions a person may read: their own municipalities; researchers and admins any. */
export function maySeeSuggestions(actor: Actor, municipalityId: string): boolean {
  return isStaff(actor) || actor.municipalityIds.includes(municipalityId);
}

export interface NamedSuggestion extends PartnerSuggestion {
  name: string;
  country: Country;
}

export interface SuggestionsFor {
  municipality: { id: string; name: string; country: Country };
  hasResults: boolean;
  suggestions: NamedSuggestion[];
  measureTitles: Record<string, string>;
}

/**
 * Partner suggestions for a municipality: cities in another country that allow being
 * suggested (sharing "partners" or "signed_in") and have submitted results on the same
 * questionnaire version. Null when the person may not see them (the caller answers 404).
 */
export async function suggestionsFor(
  db: Kysely<Database>,
  actor: Actor,
  municipalityId: string,
  locale: Locale,
): Promise<SuggestionsFor | null> {
  if (!maySeeSuggestions(actor, municipalityId)) return null;
  const municipality = await db
    .selectFrom("municipality")
    .select(["id", "name_native", "country"])
    .where("id", "=", municipalityId)
    .executeTakeFirst();
  if (!municipality) return null;
  const base = { id: municipality.id, name: municipality.name_native, country: municipality.country };
  const own = await submittedResults(db, municipalityId);
  if (!own) return { municipality: base, hasResults: false, suggestions: [], measureTitles: {} };
  const pool = await latestProfilesOf(db, null, suggestibleSharing, 500);
  const candidates = [...pool.entries()]
    .filter(([id, p]) => id !== municipalityId && p.versionId === own.versionId && p.country !== municipality.country)
    .map(([id, p]) => ({ municipalityId: id, country: p.country, profile: p.profile }));
  const suggestions = suggestPartners(
    { municipalityId, country: municipality.country, profile: own.profile },
    candidates,
  );
  const names = new Map<string, { name: string; country: Country }>();
  if (suggestions.length > 0) {
    const rows = await db
      .selectFrom("municipality")
      .select(["id", "name_native", "country"])
      .where(
        "id",
        "in",
        suggestions.map((s) => s.municipalityId),
      )
      .execute();
    for (const row of rows) names.set(row.id, { name: row.name_native, country: row.country });
  }
  const version = await questionnaireVersionById(db, own.versionId);
  const measureTitles = Object.fromEntries(version.measures.map((m) => [m.id, m.title[locale]]));
  return {
    municipality: base,
    hasResults: true,
    suggestions: suggestions.map((s) => ({
      ...s,
      name: names.get(s.municipalityId)?.name ?? s.municipalityId,
      country: names.get(s.municipalityId)?.country ?? "DE",
    })),
    measureTitles,
  };
}
