/**
 * Peer comparison: where an assessment's activity falls among the latest rounds of
 * comparable cities (its size class, its country, all countries, its partners), read
 * from the distributions the cache holds. No ranks, and no group below the version's
 * minimum size.
 */
import type { Kysely } from "kysely";
import {
  type Distribution,
  type FigureKey,
  type Figures,
  figureKeys,
  type PeerGroupKind,
  type PeerPlace,
  placesAmongOthers,
  placesInGroup,
  profileFigures,
} from "#app/domain/results";
import { recordOf } from "#app/domain/results/records";
import type { Country } from "#app/domain/vocabulary";
import type { Actor } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";
import { findResultsAssessment, liveProfile, type ResultsAssessment, type StoredAssessment } from "./assessment.server";
import { columns, figuresOf, groupsOf } from "./cache.server";

export interface PeerGroupResult {
  kind: PeerGroupKind;
  /** What defines the group: the country and size class where they apply. */
  country: Country | null;
  sizeClass: string | null;
  /** Cities in the group other than this one (with an overall figure); 0 when the group is not shown. */
  others: number;
  places: Record<FigureKey, PeerPlace>;
}

export interface PeerBands {
  assessmentId: string;
  /** The figures compared: activity (achieved ÷ possible points), 0..1. */
  figure: "activity";
  provisional: boolean;
  minimumGroupSize: number;
  groups: PeerGroupResult[];
}

/** The city's own figures and whether its latest submitted round is in the stored distributions. */
async function ownFigures(db: Kysely<Database>, assessment: StoredAssessment) {
  const latestRow = await db
    .selectFrom("assessment_profile")
    .selectAll()
    .where("municipality_id", "=", assessment.municipality.id)
    .where("is_latest", "=", 1)
    .executeTakeFirst();
  const cached =
    latestRow?.assessment_id === assessment.id
      ? latestRow
      : assessment.status === "submitted"
        ? await db
            .selectFrom("assessment_profile")
            .selectAll()
            .where("assessment_id", "=", assessment.id)
            .executeTakeFirst()
        : undefined;
  const activity = cached ? figuresOf(cached, "activity") : profileFigures(liveProfile(assessment)).activity;
  return { activity, latestRow: latestRow ?? null };
}

async function partnerFigures(db: Kysely<Database>, municipalityId: string): Promise<Figures[]> {
  // Partners that share their results with partner cities (or everyone signed in).
  const rows = await db
    .selectFrom("partnership")
    .innerJoin("municipality", (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([
            eb("partnership.municipality_a_id", "=", municipalityId),
            eb("municipality.id", "=", eb.ref("partnership.municipality_b_id")),
          ]),
          eb.and([
            eb("partnership.municipality_b_id", "=", municipalityId),
            eb("municipality.id", "=", eb.ref("partnership.municipality_a_id")),
          ]),
        ]),
      ),
    )
    .innerJoin("assessment_profile", "assessment_profile.municipality_id", "municipality.id")
    .select(figureKeys.map((key) => `assessment_profile.${columns[key].activity}` as const))
    .where("partnership.status", "=", "active")
    .where("municipality.sharing", "in", ["partners", "signed_in"])
    .where("assessment_profile.is_latest", "=", 1)
    .distinct()
    .execute();
  return rows.map((row) => recordOf(figureKeys, (key) => row[columns[key].activity]));
}

/**
 * Where the assessment's activity falls in each of its peer groups, per field and
 * overall: the distribution (n, minimum, quartiles, maximum) and a band, or null where
 * fewer than the minimum number of other cities belong to the group. Returns null when
 * the actor may not see this assessment's results.
 */
export async function peerBandsForAssessment(
  db: Kysely<Database>,
  assessmentId: string,
  actor: Actor,
): Promise<PeerBands | null> {
  const access = await findResultsAssessment(db, actor, assessmentId);
  if (!access) return null;
  return peerBandsOf(db, access);
}

export async function peerBandsOf(db: Kysely<Database>, assessment: ResultsAssessment): Promise<PeerBands> {
  const { country, sizeClass } = assessment.municipality;
  const minimumGroupSize = assessment.version.scoring.minimumPeerGroupSize;
  const { activity, latestRow } = await ownFigures(db, assessment);
  const refs = groupsOf(country, sizeClass);
  const stored = await db
    .selectFrom("peer_distribution")
    .selectAll()
    .where((eb) => eb.or(refs.map((g) => eb.and([eb("group_kind", "=", g.kind), eb("group_key", "=", g.key)]))))
    .execute();
  const groups: PeerGroupResult[] = refs.map((group) => {
    const distributions: Partial<Record<FigureKey, Distribution>> = {};
    for (const row of stored) {
      if (row.group_kind !== group.kind || row.group_key !== group.key) continue;
      distributions[row.figure as FigureKey] = {
        n: Number(row.n),
        min: row.min,
        q1: row.q1,
        median: row.median,
        q3: row.q3,
        max: row.max,
      };
    }
    // The city's latest round counts in the group when its country (and size class) match.
    const ownIncluded =
      latestRow !== null &&
      (group.kind === "all_countries" ||
        (latestRow.country === country && (group.kind === "country" || latestRow.size_class === sizeClass)));
    const places = placesInGroup(activity, distributions, { ownIncluded, minimumGroupSize });
    const shownN = places.overall.distribution?.n ?? 0;
    return {
      kind: group.kind,
      country: group.kind === "all_countries" ? null : country,
      sizeClass: group.kind === "size_class" ? sizeClass : null,
      others: shownN === 0 ? 0 : shownN - (ownIncluded && activity.overall !== null ? 1 : 0),
      places,
    };
  });
  const partnerPlaces = placesAmongOthers(
    activity,
    await partnerFigures(db, assessment.municipality.id),
    minimumGroupSize,
  );
  groups.push({
    kind: "partners",
    country: null,
    sizeClass: null,
    others: partnerPlaces.overall.distribution?.n ?? 0,
    places: partnerPlaces,
  });
  return {
    assessmentId: assessment.id,
    figure: "activity",
    provisional: assessment.status !== "submitted",
    minimumGroupSize,
    groups,
  };
}
