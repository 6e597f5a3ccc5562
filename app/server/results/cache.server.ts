/**
 * The shape of the results cache: one assessment_profile row per submitted assessment
 * (its figures as columns, the measures it implemented as JSON) and the peer groups a
 * municipality belongs to. Reading and writing the rows goes through here, so the
 * column names are spelled once. What fills the cache is recompute.server.ts.
 */
import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import { type FigureKey, type Figures, figureKeys, type PeerGroupKind, type ProfileFigures } from "#app/domain/results";
import { recordOf } from "#app/domain/results/records";
import type { Country } from "#app/domain/vocabulary";
import type { AssessmentProfileTable, Database } from "#db/schema";

export type Db = Kysely<Database> | Transaction<Database>;
export type ProfileRow = Selectable<AssessmentProfileTable>;

type FigureColumns = {
  [K in FigureKey]: { activity: `${K}_activity`; absolute: `${K}_absolute`; scope: `${K}_scope` };
};
export const columns = recordOf(figureKeys, (key) => ({
  activity: `${key}_activity`,
  absolute: `${key}_absolute`,
  scope: `${key}_scope`,
})) as FigureColumns;

export function figuresOf(row: ProfileRow, figure: "activity" | "absolute" | "scope"): Figures {
  return recordOf(figureKeys, (key) => row[columns[key][figure]]);
}

function figureColumnValues(figures: ProfileFigures) {
  const values: Partial<Record<keyof AssessmentProfileTable, number | null>> = {};
  for (const key of figureKeys) {
    values[columns[key].activity] = figures.activity[key];
    values[columns[key].absolute] = figures.absoluteActivity[key];
    values[columns[key].scope] = figures.scope[key];
  }
  return values;
}

export interface ProfileMeta {
  assessmentId: string;
  municipalityId: string;
  country: Country;
  sizeClass: string;
  questionnaireVersion: number;
  reportingYear: number;
}

export function profileRow(meta: ProfileMeta, figures: ProfileFigures, isLatest: boolean, computedAt: string) {
  return {
    assessment_id: meta.assessmentId,
    municipality_id: meta.municipalityId,
    country: meta.country,
    size_class: meta.sizeClass,
    questionnaire_version: meta.questionnaireVersion,
    reporting_year: meta.reportingYear,
    is_latest: isLatest ? 1 : 0,
    ...figureColumnValues(figures),
    implemented: JSON.stringify(figures.implemented),
    computed_at: computedAt,
  } as Insertable<AssessmentProfileTable>;
}

export function implementedOf(row: Pick<ProfileRow, "implemented">): string[] {
  try {
    const parsed: unknown = JSON.parse(row.implemented);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** A stored peer group; partners are worked out per request and never stored. */
export interface GroupRef {
  kind: Exclude<PeerGroupKind, "partners">;
  key: string;
}

/** The stored groups a municipality belongs to, the narrowest first. */
export function groupsOf(country: string, sizeClass: string): GroupRef[] {
  return [
    { kind: "size_class", key: `${country}:${sizeClass}` },
    { kind: "country", key: country },
    { kind: "all_countries", key: "all" },
  ];
}
