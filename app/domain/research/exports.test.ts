import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { questionNames } from "#app/domain/assessments/answers";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { i18nOptions } from "#app/i18n";
import { surveyFrameTexts } from "#app/server/assessments/survey-texts.server";
import { resources } from "#app/server/core/i18n.server";
import { versionOneSource } from "#questionnaires/v1/index";
import { completeAnswers } from "#tests/support/research-fixtures";
import type { Balance } from "../balances/model";
import { type Locale, locales } from "../vocabulary";
import { answersLongTable, answersWideTable, questionEntries } from "./answer-tables";
import { balancesLongTable, balancesWideTable } from "./balance-tables";
import { type AssessmentRecord, type BalanceRecord, codebookRows, exportFileName, type LabelContext } from "./exports";
import { profilesLongTable, profilesWideTable } from "./profile-tables";

const version = QuestionnaireVersion.parse(versionOneSource);
const contexts = {} as Record<Locale, LabelContext>;

beforeAll(async () => {
  for (const locale of locales) {
    const instance = i18next.createInstance();
    await instance.init({ ...i18nOptions, resources, lng: locale });
    contexts[locale] = {
      locale,
      t: (key, options) => instance.t(key, options ?? {}),
      frameTexts: surveyFrameTexts(),
    };
  }
});

function record(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    assessmentId: "a1",
    municipalityId: "m1",
    municipalityName: "Klimhausen",
    municipalityNameEn: "Klimhausen",
    officialCode: null,
    country: "DE",
    region: "NRW",
    sizeClass: "large",
    population: 248_300,
    reportingYear: 2026,
    status: "submitted",
    submittedAt: "2026-05-01T10:00:00.000Z",
    updatedAt: "2026-05-01T10:00:00.000Z",
    versionId: "v1",
    version,
    answers: completeAnswers(version, "DE", 1),
    ...overrides,
  };
}

const balance: Balance = {
  year: 2022,
  population: 100_000,
  sectors: {
    households: 100_000,
    commerce: 50_000,
    industry: null,
    municipal: 5_000,
    transport_road: 80_000,
    transport_rail: null,
    transport_other: null,
    waste: null,
    other: null,
  },
  total: 235_000,
  finalEnergy: { households: 400_000, commerce: null, industry: null, municipal: null, transport: null },
  method: { standard: "bisko", electricity: "national_mix", dataQuality: "medium", source: '=HYPERLINK("x")' },
};

const balanceRecord: BalanceRecord = {
  municipalityId: "m1",
  municipalityName: "Klimhausen",
  municipalityNameEn: "Klimhausen",
  officialCode: "05111000",
  country: "DE",
  versionId: null,
  versionNumber: null,
  balance,
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("every codebook is translated in every language", () => {
  for (const locale of locales) {
    it(`${locale}: no label or description falls back to its key`, () => {
      const context = contexts[locale];
      const tables = [
        answersWideTable([version], context),
        answersLongTable([version], context),
        profilesWideTable(context),
        profilesLongTable(context),
        balancesWideTable(context),
        balancesLongTable(context),
      ];
      for (const table of tables) {
        for (const entry of table.codebook) {
          expect(entry.label, entry.name).not.toMatch(/^research\.|\.label$|\{\{/);
          expect(entry.description, entry.name).not.toMatch(/research\.|catalogue\.|balances\.|\{\{/);
          for (const value of entry.values) expect(value.label, `${entry.name}=${value.code}`).not.toMatch(/^[a-z]+\./);
        }
      }
    });
  }
});

describe("questionEntries", () => {
  it("lists every question once, general ones first, then scope, then five per measure", () => {
    const entries = questionEntries([version], contexts.en);
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe(questionNames.population);
    expect(names).toContain(questionNames.scope("jp_city_category"));
    expect(entries.filter((e) => e.measureId !== null)).toHaveLength(version.measures.length * 5);
    const status = entries.find((e) => e.name === questionNames.status("DEV-01"));
    expect(status?.values.map((v) => v.code)).toContain("implemented");
    expect(status?.values.find((v) => v.code === "implemented")?.label).toBe("Implemented");
  });

  it("describes a question of two versions once, in the newer wording", () => {
    const newer = QuestionnaireVersion.parse({
      ...(versionOneSource as object),
      version: 2,
      measures: version.measures.map((m) =>
        m.id === "DEV-01" ? { ...m, title: { ...m.title, en: "Renamed measure" } } : m,
      ),
    });
    const entries = questionEntries([version, newer], contexts.en);
    const status = entries.filter((e) => e.name === questionNames.status("DEV-01"));
    expect(status).toHaveLength(1);
    expect(status[0]?.label).toContain("Renamed measure");
  });
});

describe("answers", () => {
  it("wide: one row per assessment, as long as the header, with the version and raw values", () => {
    const table = answersWideTable([version], contexts.en);
    const rows = table.rowsOf(record());
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? [];
    expect(row).toHaveLength(table.header.length);
    expect(table.header.slice(0, 3)).toEqual(["questionnaire_version", "questionnaire_version_id", "assessment_id"]);
    expect(row[0]).toBe(1);
    const column = (name: string) => row[table.header.indexOf(name)];
    expect(column(questionNames.population)).toBe(41_000);
    expect(typeof column(questionNames.status("DEV-01"))).toBe("string");
    expect(column(questionNames.scope("jp_city_category"))).toBeNull();
    expect(table.codebook.map((c) => c.name)).toEqual(table.header);
  });

  it("long: one row per answer, each with the version, the value and its words", () => {
    const table = answersLongTable([version], contexts.de);
    const input = record({ answers: { ...record().answers, unknown_extra: "x" } });
    const rows = table.rowsOf(input);
    expect(rows).toHaveLength(Object.keys(input.answers).length);
    const at = (row: (typeof rows)[number], name: string) => row[table.header.indexOf(name)];
    for (const row of rows) {
      expect(row).toHaveLength(table.header.length);
      expect(at(row, "questionnaire_version")).toBe(1);
    }
    const status = rows.find((row) => at(row, "question") === questionNames.status("DEV-01"));
    expect(at(status ?? [], "measure_id")).toBe("DEV-01");
    const implemented = rows.find((row) => at(row, "value") === "implemented");
    expect(at(implemented ?? [], "value_text")).toBe(contexts.de.frameTexts.statuses.implemented.de);
    const extra = rows.find((row) => at(row, "question") === "unknown_extra");
    expect(at(extra ?? [], "value_text")).toBeNull();
    // The codebook describes the file's columns, then every question as a value of `question`.
    expect(table.codebook.filter((c) => c.appliesTo === "column").map((c) => c.name)).toEqual(table.header);
    expect(table.codebook.some((c) => c.appliesTo === "question" && c.name === questionNames.population)).toBe(true);
  });
});

describe("profiles", () => {
  it("wide: six figures for overall, each field, approach and sector; shares within 0..1", () => {
    const table = profilesWideTable(contexts.en);
    const row = table.rowsOf(record())[0] ?? [];
    expect(row).toHaveLength(table.header.length);
    expect(table.header.length - 15).toBe((1 + 6 + 4 + 3) * 6);
    const activity = row[table.header.indexOf("overall_activity")];
    expect(typeof activity).toBe("number");
    expect(activity as number).toBeGreaterThan(0);
    expect(activity as number).toBeLessThanOrEqual(1);
  });

  it("long: one row per group", () => {
    const table = profilesLongTable(contexts.ja);
    const rows = table.rowsOf(record());
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r[table.header.indexOf("group_kind")])).toContain("approach");
    for (const row of rows) expect(row[0]).toBe(1);
  });
});

describe("balances", () => {
  it("wide: one row per balance with figures, subtotals and per capita", () => {
    const table = balancesWideTable(contexts.en);
    const row = table.rowsOf(balanceRecord)[0] ?? [];
    expect(row).toHaveLength(table.header.length);
    const at = (name: string) => row[table.header.indexOf(name)];
    expect(table.header[0]).toBe("questionnaire_version");
    expect(at("energy_subtotal_t")).toBe(155_000);
    expect(at("industry_t")).toBeNull();
    expect(at("per_capita_t")).toBeCloseTo(2.35);
    expect(at("source")).toBe('=HYPERLINK("x")');
  });

  it("long: one row per reported figure, none for unreported ones", () => {
    const table = balancesLongTable(contexts.en);
    const rows = table.rowsOf(balanceRecord);
    const variables = rows.map((r) => r[table.header.indexOf("variable")]);
    expect(variables).toContain("households_t");
    expect(variables).not.toContain("industry_t");
    expect(variables).toContain("energy_households_mwh");
  });
});

describe("codebook rows and file names", () => {
  it("lists codes with their labels", () => {
    const rows = codebookRows(answersWideTable([version], contexts.en).codebook);
    const country = rows.find((r) => r[0] === "country");
    expect(country?.[5]).toBe("DE = Germany; JP = Japan; US = USA");
  });

  it("names the file by what is in it", () => {
    expect(
      exportFileName({ dataset: "answers", form: "wide", country: "JP", year: 2026 }, "xlsx", new Date("2026-11-25")),
    ).toBe("climate-benchmark-answers-wide-jp-2026-2026-11-25.xlsx");
    expect(exportFileName({ dataset: "balances", form: "long" }, "codebook.json", new Date("2026-11-25"))).toBe(
      "climate-benchmark-balances-long-2026-11-25.codebook.json",
    );
  });
});
