/** What the profile page and its JSON API show of one assessment: figures, explanation lines, peers, trend. */
import type { Kysely } from "kysely";
import type { FieldOfAction } from "#app/domain/vocabulary";
import type { Database } from "#db/schema";
import { liveProfile, type ResultsAssessment } from "./assessment.server";
import { peerBandsOf } from "./peers.server";
import { trendOf } from "./trend.server";

export interface ExplanationRow {
  measureId: string;
  title: string;
  field: FieldOfAction;
  approach: string;
  sector: string;
  depth: number;
  depthWeight: number;
  legalLevel: string;
  legalFactor: number;
  practicalFactor: number;
  scopeFactor: number;
  status: string;
  statusMissing: boolean;
  statusWeight: number | null;
  possible: number;
  achieved: number;
  /** The catalogue's notes on the conditions the city's answers triggered, in the page's language. */
  notes: string[];
}

/** Everything the profile page and API show, for an assessment the actor may see. */
export async function profilePageData(db: Kysely<Database>, assessment: ResultsAssessment, locale: "de" | "en" | "ja") {
  const profile = liveProfile(assessment);
  const titles = new Map(assessment.version.measures.map((m) => [m.id, m.title[locale]]));
  const lines: ExplanationRow[] = profile.measures.map((line) => ({
    measureId: line.measureId,
    title: titles.get(line.measureId) ?? line.measureId,
    field: line.field,
    approach: line.approach,
    sector: line.sector,
    depth: line.depth,
    depthWeight: line.depthWeight,
    legalLevel: line.legalLevel,
    legalFactor: line.legalFactor,
    practicalFactor: line.practicalFactor,
    scopeFactor: line.scopeFactor,
    status: line.status,
    statusMissing: line.statusMissing,
    statusWeight: line.statusWeight,
    possible: line.possible,
    achieved: line.achieved,
    notes: line.matchedConditions.map((c) => c.note[locale]),
  }));
  return {
    assessment: {
      id: assessment.id,
      municipality: assessment.municipality,
      reportingYear: assessment.reportingYear,
      status: assessment.status,
      submittedAt: assessment.submittedAt,
      versionNumber: assessment.version.version,
      provisional: assessment.provisional,
      canReadAnswers: assessment.canReadAnswers,
    },
    profile: {
      overall: profile.overall,
      byField: profile.byField,
      byApproach: profile.byApproach,
      bySector: profile.bySector,
    },
    lines,
    peers: await peerBandsOf(db, assessment),
    trend: await trendOf(db, assessment),
  };
}

export type ProfilePageData = Awaited<ReturnType<typeof profilePageData>>;
