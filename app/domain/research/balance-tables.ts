/**
 * The CO2 balance exports: wide (one row per balance) and long (one row per reported
 * figure), in t CO2e and MWh, with the questionnaire version of the municipality's
 * round in the balance's year.
 */
import { type Balance, balanceSectors, finalEnergySectors, subtotalsOf } from "../balances/model";
import {
  type BalanceRecord,
  type Cell,
  type CodebookEntry,
  codes,
  type ExportTable,
  entry,
  type LabelContext,
  municipalityColumns,
  type Translate,
} from "./exports";

function balanceContextColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, { name: "balance_questionnaire_version", type: "integer" }),
    entry(t, { name: "balance_questionnaire_version_id", type: "string" }),
    ...municipalityColumns(t),
    entry(t, { name: "year", type: "integer" }),
    entry(t, {
      name: "standard",
      type: "code",
      values: codes(
        ["bisko", "gpc_basic", "gpc_basic_plus", "jp_moe_manual", "us_community_protocol", "other"] as const,
        (s) => t(`balances.standards.${s}`),
      ),
    }),
  ].map((column) =>
    // The version columns keep their common names; the codebook explains how they are matched.
    column.name.startsWith("balance_") ? { ...column, name: column.name.slice("balance_".length) } : column,
  );
}

function balanceContextCells(record: BalanceRecord): Cell[] {
  return [
    record.versionNumber,
    record.versionId,
    record.municipalityId,
    record.municipalityName,
    record.municipalityNameEn,
    record.officialCode,
    record.country,
    record.balance.year,
    record.balance.method.standard,
  ];
}

interface BalanceFigure {
  name: string;
  label: string;
  unit: string;
  value: (balance: Balance) => number | null;
}

function balanceFigures(t: Translate): BalanceFigure[] {
  const tonnes = t("research.codebook.units.tonnes");
  const mwh = t("research.codebook.units.mwh");
  return [
    {
      name: "population",
      label: t("research.codebook.balance.population"),
      unit: t("research.codebook.units.inhabitants"),
      value: (b) => b.population,
    },
    ...balanceSectors.map((sector) => ({
      name: `${sector}_t`,
      label: t(`balances.sectors.${sector}`),
      unit: tonnes,
      value: (b: Balance) => b.sectors[sector],
    })),
    {
      name: "energy_subtotal_t",
      label: t("balances.subtotals.energy"),
      unit: tonnes,
      value: (b) => subtotalsOf(b.sectors).energy,
    },
    {
      name: "transport_subtotal_t",
      label: t("balances.subtotals.transport"),
      unit: tonnes,
      value: (b) => subtotalsOf(b.sectors).transport,
    },
    { name: "total_t", label: t("balances.subtotals.total"), unit: tonnes, value: (b) => b.total },
    {
      name: "per_capita_t",
      label: t("research.codebook.balance.perCapita"),
      unit: t("research.codebook.units.tonnesPerCapita"),
      value: (b) => (b.population > 0 ? b.total / b.population : null),
    },
    ...finalEnergySectors.map((sector) => ({
      name: `energy_${sector}_mwh`,
      label: t("research.codebook.balance.finalEnergy", {
        sector: sector === "transport" ? t("balances.subtotals.transport") : t(`balances.sectors.${sector}`),
      }),
      unit: mwh,
      value: (b: Balance) => b.finalEnergy[sector],
    })),
  ];
}

const electricityMethodValues = ["national_mix", "regional_grid", "local_supplier"] as const;
const dataQualityValues = ["high", "medium", "low"] as const;

function balanceMethodColumns(t: Translate): CodebookEntry[] {
  return [
    entry(t, {
      name: "electricity_method",
      type: "code",
      values: codes(electricityMethodValues, (m) => t(`balances.electricity.${m}`)),
    }),
    entry(t, {
      name: "data_quality",
      type: "code",
      values: codes(dataQualityValues, (q) => t(`balances.dataQuality.${q}`)),
    }),
    entry(t, { name: "source", type: "string" }),
    entry(t, { name: "updated_at", type: "datetime" }),
  ];
}

export function balancesWideTable(context: LabelContext): ExportTable<BalanceRecord> {
  const { t } = context;
  const figures = balanceFigures(t);
  const codebook = [
    ...balanceContextColumns(t),
    ...figures.map(
      (figure): CodebookEntry => ({
        name: figure.name,
        appliesTo: "column",
        label: figure.label,
        type: figure.name === "population" ? "integer" : "number",
        unit: figure.unit,
        values: [],
        description: t("research.codebook.balance.figureDescription"),
      }),
    ),
    ...balanceMethodColumns(t),
  ];
  return {
    dataset: "balances",
    form: "wide",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => [
      [
        ...balanceContextCells(record),
        ...figures.map((figure) => figure.value(record.balance)),
        record.balance.method.electricity,
        record.balance.method.dataQuality,
        record.balance.method.source,
        record.updatedAt,
      ],
    ],
  };
}

export function balancesLongTable(context: LabelContext): ExportTable<BalanceRecord> {
  const { t } = context;
  const figures = balanceFigures(t);
  const codebook = [
    ...balanceContextColumns(t),
    entry(t, {
      name: "variable",
      type: "code",
      values: figures.map((figure) => ({ code: figure.name, label: figure.label })),
    }),
    entry(t, { name: "value", type: "number" }),
    entry(t, { name: "unit", type: "string" }),
    ...balanceMethodColumns(t),
  ];
  return {
    dataset: "balances",
    form: "long",
    codebook,
    header: codebook.map((c) => c.name),
    rowsOf: (record) => {
      const base = balanceContextCells(record);
      const method = [
        record.balance.method.electricity,
        record.balance.method.dataQuality,
        record.balance.method.source,
        record.updatedAt,
      ];
      // Figures a balance does not report are left out (long form: no empty rows).
      return figures.flatMap((figure) => {
        const value = figure.value(record.balance);
        return value === null ? [] : [[...base, figure.name, value, figure.unit, ...method]];
      });
    },
  };
}
