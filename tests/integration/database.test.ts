import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countries } from "#app/domain/vocabulary";
import { demoPeersPerCountry } from "#app/server/demo/profiles.server";
import { countMunicipalitiesByCountry } from "#app/server/municipalities/municipalities.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { migrateToLatest } from "#db/database";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

describe.each(testDialects)("database on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("applies every migration, and applying again changes nothing", async () => {
    const first = await migrateToLatest(database.db);
    expect(first.results?.every((r) => r.status === "Success")).toBe(true);
    expect(first.results?.length).toBeGreaterThan(0);
    const second = await migrateToLatest(database.db);
    expect(second.results).toEqual([]);
  });

  it("seeds the demo once: three or more municipalities per country and a German–Japanese partnership", async () => {
    await prepareDatabase(database.db, { seedDemo: true });
    await prepareDatabase(database.db, { seedDemo: true });
    const counts = await countMunicipalitiesByCountry(database.db);
    for (const country of countries) expect(counts[country]).toBeGreaterThanOrEqual(3);
    const total = countries.reduce((sum, c) => sum + counts[c], 0);
    // Nine named demo municipalities and 40 synthetic peers per country (for peer groups of five or more).
    expect(total).toBe(9 + 3 * demoPeersPerCountry);

    const partnerships = await database.db
      .selectFrom("partnership as p")
      .innerJoin("municipality as a", "a.id", "p.municipality_a_id")
      .innerJoin("municipality as b", "b.id", "p.municipality_b_id")
      .select(["a.country as countryA", "b.country as countryB"])
      .execute();
    expect(partnerships).toContainEqual({ countryA: "DE", countryB: "JP" });

    const everyDemoIsMarked = await database.db
      .selectFrom("municipality")
      .select("id")
      .where("is_demo", "=", 0)
      .execute();
    expect(everyDemoIsMarked).toEqual([]);
  });

  it("seeds nothing when the demo is turned off", async () => {
    await prepareDatabase(database.db, { seedDemo: false });
    const counts = await countMunicipalitiesByCountry(database.db);
    expect(counts).toEqual({ DE: 0, JP: 0, US: 0 });
  });

  it("derives the size class from the population", async () => {
    await prepareDatabase(database.db, { seedDemo: true });
    const rows = await database.db.selectFrom("municipality").select(["population", "size_class"]).execute();
    const large = rows.find((r) => r.population === 248_300);
    expect(large?.size_class).toBe("large");
  });

  it("enforces foreign keys and check constraints", async () => {
    await migrateToLatest(database.db);
    const now = new Date().toISOString();
    await expect(
      database.db
        .insertInto("role_membership")
        .values({
          id: "r1",
          user_id: "nobody",
          role: "admin",
          municipality_id: null,
          workshop_id: null,
          created_at: now,
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      sql`insert into municipality (id, country, region, name_native, name_en, population, size_class, kind, created_at)
          values ('m1', 'FR', 'x', 'x', 'x', 1, 'very_small', 'city', ${now})`.execute(database.db),
    ).rejects.toThrow();
  });
});
