/** The municipality picker's data at national scale: a bounded list, a complete search. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { municipalityPickerLimit, sizeClassOf } from "#app/domain/municipalities/municipality";
import type { Country } from "#app/domain/vocabulary";
import { newId } from "#app/server/core/ids.server";
import { listMunicipalityChoices, searchMunicipalities } from "#app/server/municipalities/municipalities.server";
import { migrateToLatest } from "#db/database";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

describe.each(testDialects)("municipality choices on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
  });
  afterEach(async () => {
    await database.destroy();
  });

  async function add(rows: Array<{ name: string; nameEn?: string; country?: Country; code?: string }>) {
    const created = rows.map((row) => ({
      id: newId(),
      country: row.country ?? ("DE" as const),
      region: "Test",
      name_native: row.name,
      name_en: row.nameEn ?? row.name,
      population: 10_000,
      size_class: sizeClassOf(10_000),
      kind: "municipality",
      official_code: row.code ?? null,
      sharing: "none",
      created_at: new Date().toISOString(),
    }));
    for (let i = 0; i < created.length; i += 200) {
      await database.db
        .insertInto("municipality")
        .values(created.slice(i, i + 200))
        .execute();
    }
    return created.map((row) => row.id);
  }

  it("lists everything while there are few, and says the list is complete", async () => {
    await add([{ name: "Sonnbach" }, { name: "みどり野市", country: "JP" }]);
    const choices = await listMunicipalityChoices(database.db);
    expect(choices.complete).toBe(true);
    expect(choices.options.map((m) => m.name_native)).toEqual(["Sonnbach", "みどり野市"]);
  });

  it("lists at most the limit beyond it, and always the chosen ones", async () => {
    const many = await add(
      Array.from({ length: municipalityPickerLimit + 10 }, (_, i) => ({ name: `Ort ${String(i).padStart(4, "0")}` })),
    );
    const lastId = many.at(-1) ?? "";
    const choices = await listMunicipalityChoices(database.db, [lastId, null]);
    expect(choices.complete).toBe(false);
    expect(choices.options).toHaveLength(municipalityPickerLimit + 1);
    expect(choices.options.at(-1)?.name_native).toBe(`Ort ${String(municipalityPickerLimit + 9).padStart(4, "0")}`);
  });

  it("finds by any part of the native or English name, ignoring case, and by the start of the official code", async () => {
    await add([
      { name: "Klimhausen", code: "09162000" },
      { name: "Grünwalde an der Aue" },
      { name: "みどり野市", nameEn: "Midorino City", country: "JP", code: "132012" },
      { name: "Riverton Bay", country: "US" },
    ]);
    const names = async (text: string) => (await searchMunicipalities(database.db, text)).map((m) => m.name_native);
    expect(await names("KLIM")).toEqual(["Klimhausen"]);
    expect(await names("wald")).toEqual(["Grünwalde an der Aue"]);
    expect(await names("みどり")).toEqual(["みどり野市"]);
    expect(await names("midorino")).toEqual(["みどり野市"]);
    expect(await names("0916")).toEqual(["Klimhausen"]);
    expect(await names("162000")).toEqual([]);
    expect(await names("nowhere")).toEqual([]);
  });

  it("takes wildcards literally and stops at the limit", async () => {
    await add([{ name: "100% Klima" }, { name: "Klima_Stadt" }, { name: "Klimastadt" }]);
    expect((await searchMunicipalities(database.db, "%")).map((m) => m.name_native)).toEqual(["100% Klima"]);
    expect((await searchMunicipalities(database.db, "_")).map((m) => m.name_native)).toEqual(["Klima_Stadt"]);
    await add(Array.from({ length: 30 }, (_, i) => ({ name: `Bachheim ${i}` })));
    expect(await searchMunicipalities(database.db, "bachheim")).toHaveLength(20);
  });
});
