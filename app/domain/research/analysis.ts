/**
 * Cross-city analysis for researchers: how many cities per country implemented each
 * measure, how activity is distributed per field of action and country (n, minimum,
 * quartiles, maximum; never ranks; groups below the minimum size not shown), and how
 * much cities use measures at each level of legal scope ("do they when they may?").
 * Pure: the server supplies the submitted answers in batches.
 */
import { type Answers, scoringInput } from "#app/domain/assessments/answers";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { computeActivityProfile, type Distribution, distribution } from "#app/domain/results";
import { type Country, countries, type FieldOfAction, fieldsOfAction, type LegalScopeLevel } from "../vocabulary";

/** Below this many cities a distribution is never shown, whatever a version says. */
export const minimumAnalysisGroupSize = 5;

export function analysisGroupSize(versions: readonly Pick<QuestionnaireVersion, "scoring">[]): number {
  return Math.max(minimumAnalysisGroupSize, ...versions.map((v) => v.scoring.minimumPeerGroupSize));
}

// --- implementation per measure ------------------------------------------------------------

/** Cities per country, measure and status. */
export interface MeasureStatusCount {
  country: Country;
  measureId: string;
  status: string;
  cities: number;
}

export interface CountryImplementation {
  /** Cities that answered with an implementation status (not "not applicable"). */
  answered: number;
  implemented: number;
  /** implemented / answered; null when nobody answered. */
  share: number | null;
}

export interface MeasureImplementation {
  measureId: string;
  field: FieldOfAction;
  byCountry: Record<Country, CountryImplementation>;
}

const implementationStatusSet = new Set(["not_started", "planned", "decided", "in_progress", "implemented"]);

/** Per measure of the catalogue (in its order), per country: implemented of answered. */
export function measureImplementation(
  measures: ReadonlyArray<{ id: string; field: FieldOfAction }>,
  counts: readonly MeasureStatusCount[],
): MeasureImplementation[] {
  const byMeasure = new Map<string, Record<Country, { answered: number; implemented: number }>>();
  for (const measure of measures) {
    byMeasure.set(measure.id, {
      DE: { answered: 0, implemented: 0 },
      JP: { answered: 0, implemented: 0 },
      US: { answered: 0, implemented: 0 },
    });
  }
  for (const row of counts) {
    const cell = byMeasure.get(row.measureId)?.[row.country];
    if (!cell || !implementationStatusSet.has(row.status)) continue;
    cell.answered += row.cities;
    if (row.status === "implemented") cell.implemented += row.cities;
  }
  return measures.map((measure) => {
    const cells = byMeasure.get(measure.id) as Record<Country, { answered: number; implemented: number }>;
    const byCountry = {} as Record<Country, CountryImplementation>;
    for (const country of countries) {
      const { answered, implemented } = cells[country];
      byCountry[country] = { answered, implemented, share: answered > 0 ? implemented / answered : null };
    }
    return { measureId: measure.id, field: measure.field, byCountry };
  });
}

// --- activity distributions and legal uptake (from the answers) --------------------------

export const analysisFigures = ["activity", "absoluteActivity"] as const;
export type AnalysisFigure = (typeof analysisFigures)[number];

export type DistributionGroup = "overall" | FieldOfAction;
export const distributionGroups: readonly DistributionGroup[] = ["overall", ...fieldsOfAction];

export interface GroupDistribution {
  /** Cities with a figure in this group (shown even when the distribution is not). */
  n: number;
  /** null when n is below the minimum group size. */
  distribution: Distribution | null;
}

export interface UptakeCell {
  /** Cities for which the measure has this legal level and that gave an implementation status. */
  cities: number;
  implemented: number;
}

export interface AnalysisResult {
  cities: Record<Country, number>;
  /** Cities per country, measure and status they gave (for measureImplementation). */
  statusCounts: MeasureStatusCount[];
  minimumGroupSize: number;
  distributions: Record<AnalysisFigure, Record<DistributionGroup, Record<Country, GroupDistribution>>>;
  uptakeByLevel: Record<LegalScopeLevel, Record<Country, UptakeCell>>;
  uptakeByMeasure: Array<{ measureId: string; field: FieldOfAction; levels: Record<LegalScopeLevel, UptakeCell> }>;
}

export interface AnalysisRecord {
  country: Country;
  version: QuestionnaireVersion;
  answers: Answers;
}

function perCountry<T>(make: () => T): Record<Country, T> {
  return { DE: make(), JP: make(), US: make() };
}

function perLevel<T>(make: () => T): Record<LegalScopeLevel, T> {
  return { mandatory: make(), full: make(), partial: make(), none: make() };
}

/**
 * Collects submitted assessments one by one (memory: a few numbers per city, never the
 * answers), then summarises them.
 */
export function createAnalysisAccumulator() {
  const cities = perCountry(() => 0);
  const values = {
    activity: new Map<DistributionGroup, Record<Country, number[]>>(),
    absoluteActivity: new Map<DistributionGroup, Record<Country, number[]>>(),
  } satisfies Record<AnalysisFigure, unknown>;
  for (const figure of analysisFigures) {
    for (const group of distributionGroups)
      values[figure].set(
        group,
        perCountry(() => []),
      );
  }
  const byLevel = perLevel(() => perCountry<UptakeCell>(() => ({ cities: 0, implemented: 0 })));
  const byMeasure = new Map<string, { field: FieldOfAction; levels: Record<LegalScopeLevel, UptakeCell> }>();
  const versionsSeen: Array<Pick<QuestionnaireVersion, "scoring">> = [];
  const statusCounts = new Map<string, MeasureStatusCount>();

  const push = (figure: AnalysisFigure, group: DistributionGroup, country: Country, value: number | null) => {
    if (value === null) return;
    values[figure].get(group)?.[country].push(value);
  };

  return {
    add(record: AnalysisRecord): void {
      if (!versionsSeen.includes(record.version)) versionsSeen.push(record.version);
      const profile = computeActivityProfile(
        record.version,
        scoringInput(record.version, record.country, record.answers),
      );
      cities[record.country] += 1;
      push("activity", "overall", record.country, profile.overall.activity);
      push("absoluteActivity", "overall", record.country, profile.overall.absoluteActivity);
      for (const field of fieldsOfAction) {
        push("activity", field, record.country, profile.byField[field].activity);
        push("absoluteActivity", field, record.country, profile.byField[field].absoluteActivity);
      }
      for (const line of profile.measures) {
        if (!line.statusMissing) {
          const key = `${record.country}\u0000${line.measureId}\u0000${line.status}`;
          const count = statusCounts.get(key);
          if (count) count.cities += 1;
          else
            statusCounts.set(key, {
              country: record.country,
              measureId: line.measureId,
              status: line.status,
              cities: 1,
            });
        }
        // Only statuses the city gave: a measure it was not asked about or marked not applicable says nothing.
        if (line.statusMissing || line.status === "not_applicable") continue;
        const implemented = line.status === "implemented" ? 1 : 0;
        const level = byLevel[line.legalLevel][record.country];
        level.cities += 1;
        level.implemented += implemented;
        let measure = byMeasure.get(line.measureId);
        if (!measure) {
          measure = { field: line.field, levels: perLevel(() => ({ cities: 0, implemented: 0 })) };
          byMeasure.set(line.measureId, measure);
        }
        measure.levels[line.legalLevel].cities += 1;
        measure.levels[line.legalLevel].implemented += implemented;
      }
    },

    result(): AnalysisResult {
      const minimumGroupSize = analysisGroupSize(versionsSeen);
      const summarise = (figure: AnalysisFigure) => {
        const result = {} as Record<DistributionGroup, Record<Country, GroupDistribution>>;
        for (const group of distributionGroups) {
          const byCountry = values[figure].get(group) as Record<Country, number[]>;
          result[group] = perCountry(() => ({ n: 0, distribution: null }));
          for (const country of countries) {
            const list = byCountry[country];
            result[group][country] = { n: list.length, distribution: distribution(list, minimumGroupSize) };
          }
        }
        return result;
      };
      return {
        cities: { ...cities },
        statusCounts: [...statusCounts.values()],
        minimumGroupSize,
        distributions: { activity: summarise("activity"), absoluteActivity: summarise("absoluteActivity") },
        uptakeByLevel: byLevel,
        uptakeByMeasure: [...byMeasure.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([measureId, { field, levels }]) => ({ measureId, field, levels })),
      };
    },
  };
}

export function uptakeShare(cell: UptakeCell): number | null {
  return cell.cities > 0 ? cell.implemented / cell.cities : null;
}
