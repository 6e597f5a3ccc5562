/**
 * Recommendations: the measures the scoring core recommends for an assessment, with the
 * municipality's latest CO2 balance as sector weight, how many comparable cities already
 * implemented each measure, the cities that may be named as people to talk to, and the
 * municipality's marks.
 */
import type { Kysely } from "kysely";
import { scoringInput } from "#app/domain/assessments/answers";
import { sectorShares } from "#app/domain/balances/analysis";
import {
  type PeerUptake,
  type RankReason,
  type Recommendation,
  rankReasons,
  recommendMeasures,
  type SectorShares,
} from "#app/domain/results";
import { recordOf } from "#app/domain/results/records";
import type { Country, FieldOfAction } from "#app/domain/vocabulary";
import { fieldsOfAction } from "#app/domain/vocabulary";
import { type Actor, whereResultsVisible } from "#app/server/access/permissions.server";
import { balanceFromRow } from "#app/server/balances/balances.server";
import type { Database } from "#db/schema";
import type { ResultsAssessment, StoredAssessment } from "./assessment.server";
import { groupsOf, implementedOf } from "./cache.server";
import { type MarkView, marksOf } from "./marks.server";

/** Cities named as examples per recommended measure. */
const examplesPerMeasure = 4;

export interface BalanceShares extends SectorShares {
  year: number;
}

/** The sector shares of the municipality's latest CO2 balance, or null without one. */
export async function latestBalanceShares(db: Kysely<Database>, municipalityId: string): Promise<BalanceShares | null> {
  const row = await db
    .selectFrom("co2_balance")
    .selectAll()
    .where("municipality_id", "=", municipalityId)
    .orderBy("year", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const balance = balanceFromRow(row);
  return { year: balance.year, ...sectorShares(balance) };
}

/** The group peer uptake counts in: same country and size class, or the country when that is too small. */
export interface UptakeGroup {
  kind: "size_class" | "country";
  country: Country;
  sizeClass: string | null;
  /** Cities in the group other than this one. */
  n: number;
}

async function peerUptake(
  db: Kysely<Database>,
  assessment: StoredAssessment,
): Promise<{ group: UptakeGroup; uptake: Record<string, PeerUptake> } | null> {
  const { country, sizeClass, id: municipalityId } = assessment.municipality;
  const minimum = assessment.version.scoring.minimumPeerGroupSize;
  // The city's own latest round may be counted in the stored figures: take it out again.
  const own = await db
    .selectFrom("assessment_profile")
    .select(["country", "size_class", "implemented"])
    .where("municipality_id", "=", municipalityId)
    .where("is_latest", "=", 1)
    .executeTakeFirst();
  const ownImplemented = new Set(own ? implementedOf(own) : []);
  for (const group of groupsOf(country, sizeClass).slice(0, 2)) {
    const kind = group.kind === "size_class" ? "size_class" : "country";
    const rows = await db
      .selectFrom("peer_uptake")
      .select(["measure_id", "implemented"])
      .where("group_kind", "=", group.kind)
      .where("group_key", "=", group.key)
      .execute();
    const ownInGroup =
      own !== undefined && own.country === country && (kind === "country" || own.size_class === sizeClass);
    const members = Number(rows.find((row) => row.measure_id === "")?.implemented ?? 0);
    const peerCount = members - (ownInGroup ? 1 : 0);
    if (peerCount < minimum) continue;
    const counts = new Map(rows.map((row) => [row.measure_id, Number(row.implemented)]));
    const uptake: Record<string, PeerUptake> = {};
    for (const measure of assessment.version.measures) {
      const count = (counts.get(measure.id) ?? 0) - (ownInGroup && ownImplemented.has(measure.id) ? 1 : 0);
      uptake[measure.id] = { implementedCount: count, peerCount };
    }
    return { group: { kind, country, sizeClass: kind === "size_class" ? sizeClass : null, n: peerCount }, uptake };
  }
  return null;
}

/** The ranked recommendations of an assessment, and what weighted them. */
export async function computeRecommendations(db: Kysely<Database>, assessment: StoredAssessment) {
  const balance = await latestBalanceShares(db, assessment.municipality.id);
  const peers = await peerUptake(db, assessment);
  const recommendations = recommendMeasures(assessment.version, {
    ...scoringInput(assessment.version, assessment.municipality.country, assessment.answers),
    co2Balance: balance ? { energyShare: balance.energyShare, transportShare: balance.transportShare } : null,
    ...(peers ? { peerUptake: peers.uptake } : {}),
  });
  return { recommendations, balance, uptakeGroup: peers?.group ?? null };
}

export interface PeerExample {
  municipalityId: string;
  name: string;
  country: Country;
  partner: boolean;
}

/**
 * Cities that implemented each measure and whose results the actor may see (their
 * sharing allows it): partners first, then cities of the same size class in any of the
 * three countries, then others; by name within each; a few per measure.
 */
async function peerExamples(
  db: Kysely<Database>,
  actor: Actor,
  assessment: ResultsAssessment,
  measureIds: ReadonlySet<string>,
): Promise<Record<string, PeerExample[]>> {
  const own = assessment.municipality.id;
  const partnerRows = await db
    .selectFrom("partnership")
    .select(["municipality_a_id", "municipality_b_id"])
    .where("status", "=", "active")
    .where((eb) => eb.or([eb("municipality_a_id", "=", own), eb("municipality_b_id", "=", own)]))
    .execute();
  const partners = new Set(
    partnerRows.map((p) => (p.municipality_a_id === own ? p.municipality_b_id : p.municipality_a_id)),
  );
  const rows = await db
    .selectFrom("assessment_profile")
    .innerJoin("municipality", "municipality.id", "assessment_profile.municipality_id")
    .select([
      "municipality.id",
      "municipality.name_native",
      "municipality.country",
      "assessment_profile.size_class",
      "assessment_profile.implemented",
    ])
    .where("assessment_profile.is_latest", "=", 1)
    .where("municipality.id", "<>", own)
    .where(whereResultsVisible(actor))
    .orderBy((eb) =>
      eb.case().when("assessment_profile.size_class", "=", assessment.municipality.sizeClass).then(0).else(1).end(),
    )
    .orderBy("municipality.name_native")
    .orderBy("municipality.id")
    .limit(600)
    .execute();
  const ordered = [...rows].sort((a, b) => Number(partners.has(b.id)) - Number(partners.has(a.id)));
  const examples: Record<string, PeerExample[]> = {};
  for (const row of ordered) {
    for (const measureId of implementedOf(row)) {
      if (!measureIds.has(measureId)) continue;
      const list = examples[measureId] ?? [];
      examples[measureId] = list;
      if (list.length < examplesPerMeasure) {
        list.push({
          municipalityId: row.id,
          name: row.name_native,
          country: row.country,
          partner: partners.has(row.id),
        });
      }
    }
  }
  return examples;
}

export interface RecommendationView extends Recommendation {
  title: string;
  /** 1-based place among this field's recommendations, and how many there are. */
  position: number;
  fieldCount: number;
  reasons: RankReason[];
  examples: PeerExample[];
  mark: MarkView | null;
}

export interface RecommendationsPage {
  balance: BalanceShares | null;
  uptakeGroup: UptakeGroup | null;
  byField: Record<FieldOfAction, RecommendationView[]>;
  /** Marks are shown to the municipality's own staff and to researchers. */
  marksShown: boolean;
}

/** Everything the recommendations page and API show, for an assessment the actor may see. */
export async function recommendationsPage(
  db: Kysely<Database>,
  actor: Actor,
  assessment: ResultsAssessment,
  locale: "de" | "en" | "ja",
): Promise<RecommendationsPage> {
  const { recommendations, balance, uptakeGroup } = await computeRecommendations(db, assessment);
  const ids = new Set(recommendations.ranked.map((r) => r.measureId));
  const examples = await peerExamples(db, actor, assessment, ids);
  const marks = assessment.canReadAnswers ? await marksOf(db, assessment.municipality.id) : {};
  const titles = new Map(assessment.version.measures.map((m) => [m.id, m.title[locale]]));
  const byField = recordOf(fieldsOfAction, (field) => {
    const list = recommendations.byField[field];
    return list.map(
      (r, index): RecommendationView => ({
        ...r,
        title: titles.get(r.measureId) ?? r.measureId,
        position: index + 1,
        fieldCount: list.length,
        reasons: rankReasons(r),
        examples: examples[r.measureId] ?? [],
        mark: marks[r.measureId] ?? null,
      }),
    );
  });
  return { balance, uptakeGroup, byField, marksShown: assessment.canReadAnswers };
}
