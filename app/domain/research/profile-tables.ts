/**
 * The activity profile exports: wide (one row per assessment, six figures per group)
 * and long (one row per assessment and group: overall, field, approach, sector).
 */
import { scoringInput } from "#app/domain/assessments/answers";
import { computeActivityProfile, type GroupScore } from "#app/domain/results";
import { fieldsOfAction, impactApproaches, sectors } from "../vocabulary";
import {
  type AssessmentRecord,
  assessmentCells,
  assessmentColumns,
  type CodebookEntry,
  codes,
  type ExportTable,
  entry,
  type LabelContext,
  type Translate,
} from "./exports";

const figureNames = ["activity", "absolute_activity", "scope", "possible", "achieved", "maximum"] as const;
type FigureName = (typeof figureNames)[number];

function figureOf(group: GroupScore, figure: FigureName): number | null {
  switch (figure) {
    case "activity":
      return group.activity;
    case "absolute_activity":
      return group.absoluteActivity;
    case "scope":
      return group.scope;
    case "possible":
      return group.possible;
    case "achieved":
      return group.achieved;
    case "maximum":
      return group.maximum;
  }
}

interface GroupRef {
  kind: "overall" | "field" | "approach" | "sector";
  key: string;
  column: string;
  label: string;
}

function profileGroups(t: Translate): GroupRef[] {
  return [
    { kind: "overall", key: "all", column: "overall", label: t("research.codebook.groups.overall") },
    ...fieldsOfAction.map((key) => ({
      kind: "field" as const,
      key,
      column: `field_${key}`,
      label: t(`catalogue.fields.${key}`),
    })),
    ...impactApproaches.map((key) => ({
      kind: "approach" as const,
      key,
      column: `approach_${key}`,
      label: t(`catalogue.approaches.${key}`),
    })),
    ...sectors.map((key) => ({
      kind: "sector" as const,
      key,
      column: `sector_${key}`,
      label: t(`catalogue.sectors.${key}`),
    })),
  ];
}

function groupScore(profile: ReturnType<typeof computeActivityProfile>, group: GroupRef): GroupScore {
  switch (group.kind) {
    case "overall":
      return profile.overall;
    case "field":
      return profile.byField[group.key as keyof typeof profile.byField];
    case "approach":
      return profile.byApproach[group.key as keyof typeof profile.byApproach];
    case "sector":
      return profile.bySector[group.key as keyof typeof profile.bySector];
  }
}

function profileOf(record: AssessmentRecord) {
  return computeActivityProfile(record.version, scoringInput(record.version, record.country, record.answers));
}

export function profilesWideTable(context: LabelContext): ExportTable<AssessmentRecord> {
  const { t } = context;
  const groups = profileGroups(t);
  const figureColumns = groups.flatMap((group) =>
    figureNames.map(
      (figure): CodebookEntry => ({
        name: `${group.column}_${figure}`,
        appliesTo: "column",
        label: t(`research.codebook.figures.${figure}.label`, { group: group.label }),
        type: "number",
        unit: t(`research.codebook.figures.${figure}.unit`),
        values: [],
        description: t(`research.codebook.figures.${figure}.description`, { group: group.label }),
      }),
    ),
  );
  const codebook = [...assessmentColumns(t), ...figureColumns];
  return {
    dataset: "profiles",
    form: "wide",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => {
      const profile = profileOf(record);
      return [
        [
          ...assessmentCells(record),
          ...groups.flatMap((group) => figureNames.map((figure) => figureOf(groupScore(profile, group), figure))),
        ],
      ];
    },
  };
}

export function profilesLongTable(context: LabelContext): ExportTable<AssessmentRecord> {
  const { t } = context;
  const groups = profileGroups(t);
  const codebook = [
    ...assessmentColumns(t),
    entry(t, {
      name: "group_kind",
      type: "code",
      values: codes(["overall", "field", "approach", "sector"] as const, (k) => t(`research.codebook.groupKinds.${k}`)),
    }),
    entry(t, {
      name: "group_key",
      type: "code",
      values: groups.map((g) => ({ code: g.key, label: g.label })),
    }),
    entry(t, { name: "measure_count", type: "integer" }),
    entry(t, { name: "not_applicable_count", type: "integer" }),
    ...figureNames.map(
      (figure): CodebookEntry => ({
        name: figure,
        appliesTo: "column",
        label: t(`research.codebook.figures.${figure}.label`, { group: t("research.codebook.groups.row") }),
        type: "number",
        unit: t(`research.codebook.figures.${figure}.unit`),
        values: [],
        description: t(`research.codebook.figures.${figure}.description`, {
          group: t("research.codebook.groups.row"),
        }),
      }),
    ),
    entry(t, { name: "depth_mix_1", type: "number", unit: t("research.codebook.units.share") }),
    entry(t, { name: "depth_mix_2", type: "number", unit: t("research.codebook.units.share") }),
    entry(t, { name: "depth_mix_3", type: "number", unit: t("research.codebook.units.share") }),
  ];
  return {
    dataset: "profiles",
    form: "long",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => {
      const profile = profileOf(record);
      const base = assessmentCells(record);
      return groups.map((group) => {
        const score = groupScore(profile, group);
        return [
          ...base,
          group.kind,
          group.key,
          score.measureCount,
          score.notApplicableCount,
          ...figureNames.map((figure) => figureOf(score, figure)),
          score.depthMix?.[1] ?? null,
          score.depthMix?.[2] ?? null,
          score.depthMix?.[3] ?? null,
        ];
      });
    },
  };
}
