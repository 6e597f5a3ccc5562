import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { balancesToCsv } from "#app/domain/balances/balance-csv";
import { listVisibleBalances } from "#app/server/balances/balances.server";
import {
  applyBalanceImport,
  applyStagedImport,
  previewBalanceImport,
  stageBalanceImport,
} from "#app/server/balances/import.server";
import { migrateToLatest } from "#db/database";
import { actorWith, insertMunicipality } from "#tests/support/balance-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

const header =
  "municipality_id,official_code,municipality_name,year,population,emissions_unit,households,commerce,transport_road,waste,total,standard,electricity,data_quality,source";

describe.each(testDialects)("balance CSV import on %s", (dialect) => {
  let database: TestDatabase;
  let klim: string;
  let midori: string;
  const researcher = actorWith(["researcher"]);

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
    klim = await insertMunicipality(database.db, { name: "Klimhausen", population: 250_000, officialCode: "05111000" });
    midori = await insertMunicipality(database.db, {
      name: "みどり野市",
      country: "JP",
      population: 310_000,
      officialCode: "221309",
    });
  });
  afterEach(async () => {
    await database.destroy();
  });

  /** Three balances: two German years in t, one Japanese fiscal year in kt, by id and by official code. */
  const goodFile = () =>
    [
      header,
      `${klim},,Klimhausen,2021,248000,t,500000,300000,800000,,1600000,bisko,national_mix,medium,"Klimaschutzbericht 2023, S. 12"`,
      `${klim},,Klimhausen,2022,248300,t,480000,290000,780000,,1550000,bisko,national_mix,medium,Klimaschutzbericht 2024`,
      `,221309,みどり野市,2021,310000,kt,600,700,650,50,2000,jp_moe_manual,regional_grid,low,環境省 自治体排出量カルテ`,
    ].join("\r\n");

  const snapshot = async () =>
    database.db
      .selectFrom("co2_balance")
      .select(["municipality_id", "year", "total_t", "updated_at", "source"])
      .orderBy("municipality_id")
      .orderBy("year")
      .execute();
  const auditCount = async (action: string) =>
    Number(
      (
        await database.db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .where("action", "=", action)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("previews a good file without storing, then imports it in one go", async () => {
    const preview = await previewBalanceImport(database.db, researcher, goodFile());
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ new: 3, changed: 0, unchanged: 0 });
    expect(preview.rows.map((r) => [r.line, r.municipalityName, r.year, r.total, r.status])).toEqual([
      [2, "Klimhausen", 2021, 1_600_000, "new"],
      [3, "Klimhausen", 2022, 1_550_000, "new"],
      [4, "みどり野市", 2021, 2_000_000, "new"],
    ]);
    expect(await snapshot()).toEqual([]);

    const result = await applyBalanceImport(database.db, researcher, goodFile(), { confirmedWarnings: false });
    expect(result).toEqual({ status: "imported", counts: { new: 3, changed: 0, unchanged: 0 } });
    const stored = await snapshot();
    expect(stored.map((r) => [r.municipality_id, r.year, r.total_t])).toEqual(
      [
        [klim, 2021, 1_600_000],
        [klim, 2022, 1_550_000],
        // 2,000 kt = 2,000,000 t
        [midori, 2021, 2_000_000],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])),
    );
    expect(await auditCount("balance_created")).toBe(3);
    expect(await auditCount("balances_imported")).toBe(1);
  });

  it("changes nothing when the same file is imported twice", async () => {
    await applyBalanceImport(database.db, researcher, goodFile(), { confirmedWarnings: false });
    const before = await snapshot();
    const preview = await previewBalanceImport(database.db, researcher, goodFile());
    expect(preview.counts).toEqual({ new: 0, changed: 0, unchanged: 3 });
    const again = await applyBalanceImport(database.db, researcher, goodFile(), { confirmedWarnings: false });
    expect(again).toEqual({ status: "imported", counts: { new: 0, changed: 0, unchanged: 3 } });
    expect(await snapshot()).toEqual(before);
    expect(await auditCount("balance_created")).toBe(3);
    expect(await auditCount("balance_updated")).toBe(0);
  });

  it("updates a changed row and leaves identical rows alone", async () => {
    await applyBalanceImport(database.db, researcher, goodFile(), { confirmedWarnings: false });
    const before = await snapshot();
    const changed = goodFile().replace("Klimaschutzbericht 2024", "Klimaschutzbericht 2024 (korrigiert)");
    const result = await applyBalanceImport(database.db, researcher, changed, { confirmedWarnings: false });
    expect(result).toEqual({ status: "imported", counts: { new: 0, changed: 1, unchanged: 2 } });
    const after = await snapshot();
    expect(after.filter((r, i) => r.updated_at !== before[i]?.updated_at).map((r) => r.source)).toEqual([
      "Klimaschutzbericht 2024 (korrigiert)",
    ]);
    expect(await auditCount("balance_updated")).toBe(1);
  });

  it("imports nothing from a file with one bad line, and names its line and column", async () => {
    const bad = `${goodFile()}\r\n${klim},,Klimhausen,2023,248500,t,-470000,280000,760000,,1510000,bisko,national_mix,medium,`;
    const result = await applyBalanceImport(database.db, researcher, bad, { confirmedWarnings: true });
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.preview.problems).toEqual([{ line: 5, field: "households", key: "balances.validation.negative" }]);
    expect(await snapshot()).toEqual([]);
    expect(await auditCount("balances_imported")).toBe(0);
  });

  it("refuses a file that names a municipality twice for one year, by id and by code", async () => {
    const duplicate = [
      header,
      `${klim},,,2021,248000,t,1,,1,,2,bisko,national_mix,medium,`,
      `,05111000,,2021,248000,t,1,,1,,2,bisko,national_mix,medium,`,
    ].join("\n");
    const result = await applyBalanceImport(database.db, researcher, duplicate, { confirmedWarnings: true });
    expect(result.status === "invalid" && result.preview.problems).toEqual([
      { line: 3, field: "year", key: "balances.csv.duplicateRow", params: { line: 2 } },
    ]);
    expect(await snapshot()).toEqual([]);
  });

  it("treats unknown municipalities, mismatched codes and other tenants' municipalities alike", async () => {
    const file = [
      header,
      `nosuchid,,,2021,1000,t,1,,1,,2,bisko,national_mix,medium,`,
      `${klim},99999999,,2021,1000,t,1,,1,,2,bisko,national_mix,medium,`,
      `${midori},,,2021,1000,t,1,,1,,2,bisko,national_mix,medium,`,
    ].join("\n");
    // A respondent of Klimhausen cannot reach みどり野市: the same answer as an unknown id.
    const respondent = actorWith(["respondent"], [klim]);
    const preview = await previewBalanceImport(database.db, respondent, file);
    expect(preview.problems.map((p) => [p.line, p.field, p.key])).toEqual([
      [2, "municipality_id", "balances.csv.unknownMunicipality"],
      [3, "official_code", "balances.csv.codeMismatch"],
      [4, "municipality_id", "balances.csv.unknownMunicipality"],
    ]);
  });

  it("asks for a confirmation of implausible rows before importing them", async () => {
    // 20,000,000 t ÷ 248,000 inhabitants ≈ 80.6 t per inhabitant
    const implausible = [
      header,
      `${klim},,,2021,248000,t,10000000,,10000000,,20000000,bisko,national_mix,medium,`,
    ].join("\n");
    const first = await applyBalanceImport(database.db, researcher, implausible, { confirmedWarnings: false });
    expect(first.status).toBe("needs_confirmation");
    if (first.status !== "needs_confirmation") return;
    expect(first.preview.warningRows).toBe(1);
    expect(first.preview.rows[0]?.warnings.map((w) => w.code)).toEqual(["per_capita_high"]);
    expect(await snapshot()).toEqual([]);
    const confirmed = await applyBalanceImport(database.db, researcher, implausible, { confirmedWarnings: true });
    expect(confirmed.status).toBe("imported");
  });

  it("keeps a dry run for its author to confirm once", async () => {
    const staged = await stageBalanceImport(database.db, researcher, goodFile(), "balances.csv");
    expect(staged.importId).not.toBeNull();
    const importId = staged.importId ?? "";
    expect(await snapshot()).toEqual([]);
    expect(
      await applyStagedImport(database.db, actorWith(["researcher"]), importId, { confirmedWarnings: false }),
    ).toBeNull();
    const result = await applyStagedImport(database.db, researcher, importId, { confirmedWarnings: false });
    expect(result).toEqual({ status: "imported", counts: { new: 3, changed: 0, unchanged: 0 } });
    expect(await applyStagedImport(database.db, researcher, importId, { confirmedWarnings: false })).toBeNull();
    // A file with problems is not kept.
    expect((await stageBalanceImport(database.db, researcher, "year\n2020", null)).importId).toBeNull();
  });

  it("imports its own export back without any change", async () => {
    await applyBalanceImport(database.db, researcher, goodFile(), { confirmedWarnings: false });
    const exported = balancesToCsv(
      (await listVisibleBalances(database.db, researcher)).map(({ municipality, balance }) => ({
        municipality,
        balance,
      })),
    );
    expect(exported.startsWith("\uFEFF")).toBe(true);
    expect(exported).toContain("みどり野市");
    const preview = await previewBalanceImport(database.db, researcher, exported);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ new: 0, changed: 0, unchanged: 3 });
  });
});
