import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { balanceToFields, parseBalance, plausibilityWarnings } from "#app/domain/balances/fields";
import { findBalanceToEdit, listVisibleBalances, municipalityBalances } from "#app/server/balances/balances.server";
import { comparisonRows } from "#app/server/balances/comparison.server";
import { deleteBalance, saveBalance, saveTarget } from "#app/server/balances/editing.server";
import { demoMunicipalities } from "#app/server/demo/seed.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { migrateToLatest } from "#db/database";
import { actorWith, insertMunicipality, insertPartnership, sampleBalance } from "#tests/support/balance-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

describe.each(testDialects)("balances on %s", (dialect) => {
  const target = {
    baseYear: 1990,
    baseYearTotal: 1_200_000,
    targetYear: 2030,
    reductionPercent: 65,
    netZeroYear: 2045,
  };
  let database: TestDatabase;
  let own: string;
  let other: string;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
    own = await insertMunicipality(database.db, { name: "Eigenstadt" });
    other = await insertMunicipality(database.db, { name: "Fremdstadt" });
  });
  afterEach(async () => {
    await database.destroy();
  });

  const count = async () =>
    Number(
      (
        await database.db
          .selectFrom("co2_balance")
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditActions = async () =>
    (await database.db.selectFrom("audit_log").select("action").orderBy("created_at").execute()).map((r) => r.action);

  it("stores a respondent's balance for their own municipality and audits it", async () => {
    const respondent = actorWith(["respondent"], [own]);
    const result = await saveBalance(database.db, respondent, own, sampleBalance(2022), {
      mode: "create",
      confirmedToken: null,
    });
    expect(result).toEqual({ status: "saved", created: true });
    const stored = await findBalanceToEdit(database.db, respondent, own, 2022);
    expect(stored).toEqual(sampleBalance(2022));
    expect(await auditActions()).toEqual(["balance_created"]);
  });

  it("finds nothing and changes nothing across tenants", async () => {
    const respondent = actorWith(["respondent"], [own]);
    const participant = actorWith(["participant"]);
    for (const actor of [respondent, participant]) {
      expect(
        await saveBalance(database.db, actor, other, sampleBalance(2022), { mode: "create", confirmedToken: null }),
      ).toEqual({ status: "not_found" });
    }
    expect(await count()).toBe(0);

    const researcher = actorWith(["researcher"]);
    await saveBalance(database.db, researcher, other, sampleBalance(2022), { mode: "create", confirmedToken: null });
    expect(await findBalanceToEdit(database.db, respondent, other, 2022)).toBeNull();
    expect(await deleteBalance(database.db, respondent, other, 2022)).toBe(false);
    expect(await saveTarget(database.db, respondent, other, target)).toBe(false);
    expect(await count()).toBe(1);
    expect(await auditActions()).toEqual(["balance_created"]);
  });

  it("lets researchers and admins enter balances and targets on a city's behalf", async () => {
    for (const [actor, year] of [
      [actorWith(["researcher"]), 2020],
      [actorWith(["admin"]), 2021],
    ] as const) {
      expect(
        await saveBalance(database.db, actor, own, sampleBalance(year), { mode: "create", confirmedToken: null }),
      ).toEqual({ status: "saved", created: true });
    }
    expect(await saveTarget(database.db, actorWith(["researcher"]), own, target)).toBe(true);
    const seen = await municipalityBalances(database.db, actorWith(["respondent"], [own]), own);
    expect(seen?.balances.map((b) => b.year)).toEqual([2020, 2021]);
    expect(seen?.target).toEqual(target);
  });

  it("stores implausible figures only after the person confirmed exactly these warnings", async () => {
    const respondent = actorWith(["respondent"], [own]);
    // 6,000,000 t ÷ 100,000 inhabitants = 60 t per inhabitant > 50
    const implausible = sampleBalance(2022, {
      sectors: { ...sampleBalance(2022).sectors, industry: 5_400_000 },
      total: 6_000_000,
    });
    const first = await saveBalance(database.db, respondent, own, implausible, {
      mode: "create",
      confirmedToken: null,
    });
    expect(first.status).toBe("needs_confirmation");
    if (first.status !== "needs_confirmation") return;
    expect(first.warnings.map((w) => w.code)).toEqual(["per_capita_high"]);
    expect(await count()).toBe(0);

    const wrongToken = await saveBalance(database.db, respondent, own, implausible, {
      mode: "create",
      confirmedToken: "population_mismatch",
    });
    expect(wrongToken.status).toBe("needs_confirmation");
    expect(await count()).toBe(0);

    const confirmed = await saveBalance(database.db, respondent, own, implausible, {
      mode: "create",
      confirmedToken: first.token,
    });
    expect(confirmed).toEqual({ status: "saved", created: true });
    const row = await database.db.selectFrom("co2_balance").select("confirmed_warnings").executeTakeFirstOrThrow();
    expect(JSON.parse(row.confirmed_warnings ?? "[]")).toEqual(["per_capita_high"]);
  });

  it("warns about a change above 50 % against the neighbouring year", async () => {
    const respondent = actorWith(["respondent"], [own]);
    await saveBalance(database.db, respondent, own, sampleBalance(2021), { mode: "create", confirmedToken: null });
    // 800,000 → 300,000: −62.5 %
    const drop = sampleBalance(2022, {
      sectors: { ...sampleBalance(2022).sectors, households: 100_000, industry: 100_000, transport_road: 100_000 },
      total: 300_000,
    });
    const result = await saveBalance(database.db, respondent, own, drop, { mode: "create", confirmedToken: null });
    expect(result.status === "needs_confirmation" && result.token).toBe("change_high:2021");
  });

  it("refuses to create a year twice, updates an existing one, deletes, and audits each", async () => {
    const respondent = actorWith(["respondent"], [own]);
    await saveBalance(database.db, respondent, own, sampleBalance(2022), { mode: "create", confirmedToken: null });
    expect(
      await saveBalance(database.db, respondent, own, sampleBalance(2022), { mode: "create", confirmedToken: null }),
    ).toEqual({ status: "exists" });
    expect(
      await saveBalance(database.db, respondent, own, sampleBalance(2023), { mode: "update", confirmedToken: null }),
    ).toEqual({ status: "not_found" });
    const changed = sampleBalance(2022, { population: 101_000 });
    expect(await saveBalance(database.db, respondent, own, changed, { mode: "update", confirmedToken: null })).toEqual({
      status: "saved",
      created: false,
    });
    expect((await findBalanceToEdit(database.db, respondent, own, 2022))?.population).toBe(101_000);
    expect(await deleteBalance(database.db, respondent, own, 2022)).toBe(true);
    expect(await count()).toBe(0);
    expect(await auditActions()).toEqual(["balance_created", "balance_updated", "balance_deleted"]);
  });

  it("shows balances by the municipality's sharing", async () => {
    const shared = await insertMunicipality(database.db, { name: "Offenstadt", sharing: "signed_in" });
    const partner = await insertMunicipality(database.db, { name: "Partnerstadt", sharing: "partners" });
    const notPartner = await insertMunicipality(database.db, { name: "Nachbarstadt", sharing: "partners" });
    await insertPartnership(database.db, own, partner);
    const researcher = actorWith(["researcher"]);
    for (const id of [own, other, shared, partner, notPartner]) {
      await saveBalance(database.db, researcher, id, sampleBalance(2022), { mode: "create", confirmedToken: null });
    }
    const names = async (actor: ReturnType<typeof actorWith>) =>
      (await listVisibleBalances(database.db, actor)).map((b) => b.municipality.name).sort();

    expect(await names(researcher)).toEqual(["Eigenstadt", "Fremdstadt", "Nachbarstadt", "Offenstadt", "Partnerstadt"]);
    expect(await names(actorWith(["admin"]))).toHaveLength(5);
    expect(await names(actorWith(["respondent"], [own]))).toEqual(["Eigenstadt", "Offenstadt", "Partnerstadt"]);
    expect(await names(actorWith(["participant"]))).toEqual(["Offenstadt"]);
    expect(await municipalityBalances(database.db, actorWith(["respondent"], [own]), other)).toBeNull();
  });

  it("filters by municipality and year and pages", async () => {
    const researcher = actorWith(["researcher"]);
    for (const year of [2019, 2020, 2021]) {
      await saveBalance(database.db, researcher, own, sampleBalance(year), { mode: "create", confirmedToken: null });
    }
    await saveBalance(database.db, researcher, other, sampleBalance(2020), { mode: "create", confirmedToken: null });
    const years = async (filter: Parameters<typeof listVisibleBalances>[2]) =>
      (await listVisibleBalances(database.db, researcher, filter)).map(
        (b) => `${b.municipality.name} ${b.balance.year}`,
      );
    expect(await years({ municipalityId: own, from: 2020 })).toEqual(["Eigenstadt 2020", "Eigenstadt 2021"]);
    expect(await years({ year: 2020 })).toEqual(["Eigenstadt 2020", "Fremdstadt 2020"]);
    expect(await years({ limit: 2, offset: 2 })).toEqual(["Eigenstadt 2021", "Fremdstadt 2020"]);
  });

  it("takes each municipality's latest balance for the comparison, or the chosen year", async () => {
    const researcher = actorWith(["researcher"]);
    await saveBalance(database.db, researcher, own, sampleBalance(2019), { mode: "create", confirmedToken: null });
    await saveBalance(database.db, researcher, own, sampleBalance(2021), { mode: "create", confirmedToken: null });
    await saveBalance(database.db, researcher, other, sampleBalance(2020), { mode: "create", confirmedToken: null });
    const latest = await comparisonRows(database.db, researcher, {});
    expect(latest.map((r) => r.year).sort()).toEqual([2020, 2021]);
    expect((await comparisonRows(database.db, researcher, { year: 2019 })).map((r) => r.year)).toEqual([2019]);
    expect(await comparisonRows(database.db, actorWith(["participant"]), {})).toEqual([]);
  });
});

describe.each(testDialects)("demo balances on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("gives every demo municipality 3-5 plausible years under its country's method, and a target", async () => {
    await prepareDatabase(database.db, { seedDemo: true });
    const researcher = actorWith(["researcher"]);
    // The named demo cities (other demo data may add synthetic peers around them).
    const municipalities = await database.db
      .selectFrom("municipality")
      .select(["id", "country", "population"])
      .where(
        "name_native",
        "in",
        demoMunicipalities.map((m) => m.name_native),
      )
      .execute();
    expect(municipalities).toHaveLength(demoMunicipalities.length);
    const usual = { DE: "bisko", JP: "jp_moe_manual", US: "us_community_protocol" } as const;
    for (const municipality of municipalities) {
      const seen = await municipalityBalances(database.db, researcher, municipality.id);
      const balances = seen?.balances ?? [];
      expect(balances.length).toBeGreaterThanOrEqual(3);
      expect(balances.length).toBeLessThanOrEqual(5);
      expect(seen?.target).not.toBeNull();
      for (const balance of balances) {
        expect(balance.method.standard).toBe(usual[municipality.country]);
        // the stored figures pass the entry form's own checks, without any warning
        const again = parseBalance(
          Object.fromEntries(
            Object.entries(balanceToFields(balance)).map(([k, v]) => [k, v === null ? "" : String(v)]),
          ),
        );
        expect(again.ok).toBe(true);
        const neighbours = balances
          .filter((b) => b.year !== balance.year)
          .map((b) => ({ year: b.year, total: b.total }));
        expect(plausibilityWarnings(balance, { neighbours, registeredPopulation: municipality.population })).toEqual(
          [],
        );
      }
    }
  });
});
