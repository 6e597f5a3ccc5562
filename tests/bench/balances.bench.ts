/**
 * Importing a 10,000-row balance CSV (2,000 synthetic municipalities × 5 years) into a
 * fresh SQLite database holding the national-scale synthetic dataset: the dry run, the
 * import in one transaction, and the same file again (every row unchanged).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { balanceCsvColumns } from "#app/domain/balances/balance-csv-schema";
import { toCsv } from "#app/domain/balances/csv";
import type { Actor } from "#app/server/access/permissions.server";
import { listVisibleBalances } from "#app/server/balances/balances.server";
import { applyBalanceImport, previewBalanceImport } from "#app/server/balances/import.server";
import { newId } from "#app/server/core/ids.server";
import { migrateToLatest, openDatabase } from "#db/database";
import { type Figure, printFigures, timed } from "./report";
import { syntheticMunicipalities } from "./synthetic-dataset";

const years = [2018, 2019, 2020, 2021, 2022] as const;
const municipalitiesInFile = 2_000;

const standards = { DE: "bisko", JP: "jp_moe_manual", US: "us_community_protocol" } as const;
const electricity = { DE: "national_mix", JP: "regional_grid", US: "regional_grid" } as const;

/** A deterministic, plausible file: 5-15 t per inhabitant, a slow decline, sectors summing to the total. */
export function syntheticBalanceCsv(
  municipalities: ReadonlyArray<{ id: string; name: string; population: number; country: "DE" | "JP" | "US" }>,
): string {
  const rows: Array<Record<(typeof balanceCsvColumns)[number], string | number | null>> = [];
  municipalities.forEach((m, index) => {
    const perCapita = 5 + (index % 11);
    years.forEach((year, y) => {
      const total = Math.round(m.population * perCapita * (1 - 0.02 * y));
      const households = Math.round(total * 0.25);
      const commerce = Math.round(total * 0.15);
      const industry = Math.round(total * 0.25);
      const road = Math.round(total * 0.3);
      const rail = total - households - commerce - industry - road;
      rows.push({
        municipality_id: m.id,
        official_code: null,
        municipality_name: m.name,
        year,
        population: m.population,
        emissions_unit: "t",
        households,
        commerce,
        industry,
        municipal: null,
        transport_road: road,
        transport_rail: rail,
        transport_other: null,
        waste: null,
        other: null,
        energy_subtotal: households + commerce + industry,
        transport_subtotal: road + rail,
        total,
        energy_unit: null,
        energy_households: null,
        energy_commerce: null,
        energy_industry: null,
        energy_municipal: null,
        energy_transport: null,
        standard: standards[m.country],
        electricity: electricity[m.country],
        data_quality: "medium",
        source: `Synthetic inventory ${year}`,
      });
    });
  });
  return toCsv([balanceCsvColumns, ...rows.map((row) => balanceCsvColumns.map((column) => row[column]))]);
}

const researcher: Actor = {
  userId: "bench-researcher",
  email: "bench@example.test",
  displayName: "Bench",
  isDemo: false,
  sessionId: "bench",
  roles: new Set(["researcher"]),
  municipalityIds: [],
  workshopIds: [],
};

export async function balancesBench() {
  const dir = mkdtempSync(join(tmpdir(), "mcb-bench-balances-"));
  const handle = openDatabase({ dialect: "sqlite", path: join(dir, "bench.sqlite") });
  try {
    await migrateToLatest(handle.db);
    const all = [...syntheticMunicipalities()].map((m) => ({ ...m, id: newId() }));
    const now = new Date().toISOString();
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < all.length; i += 500) {
        await trx
          .insertInto("municipality")
          .values(
            all.slice(i, i + 500).map((m) => ({
              id: m.id,
              country: m.country,
              region: m.region,
              name_native: m.nameNative,
              name_en: m.nameEn,
              population: m.population,
              size_class: m.sizeClass,
              kind: m.kind,
              official_code: null,
              created_at: now,
            })),
          )
          .execute();
      }
    });
    // Every 17th municipality, so all three countries and all sizes are in the file.
    const chosen = all
      .filter((_, i) => i % 17 === 0)
      .slice(0, municipalitiesInFile)
      .map((m) => ({ id: m.id, name: m.nameNative, population: m.population, country: m.country }));
    const csv = syntheticBalanceCsv(chosen);
    const rows = chosen.length * years.length;

    const dryRun = await timed(() => previewBalanceImport(handle.db, researcher, csv));
    if (dryRun.result.problems.length > 0)
      throw new Error(`bench file has problems: ${JSON.stringify(dryRun.result.problems.slice(0, 3))}`);
    const first = await timed(() => applyBalanceImport(handle.db, researcher, csv, { confirmedWarnings: true }));
    if (first.result.status !== "imported" || first.result.counts.new !== rows) {
      throw new Error(`first import did not import every row: ${JSON.stringify(first.result.status)}`);
    }
    const again = await timed(() => applyBalanceImport(handle.db, researcher, csv, { confirmedWarnings: true }));
    if (again.result.status !== "imported" || again.result.counts.unchanged !== rows) {
      throw new Error("the second import of the same file changed something");
    }
    const exported = await timed(() => listVisibleBalances(handle.db, researcher));

    const figures: Figure[] = [
      { name: `CSV file: ${rows} rows`, value: Math.round(Buffer.byteLength(csv) / 1024), unit: "KiB" },
      { name: "dry run (parse, validate, compare with stored)", value: dryRun.ms, unit: "ms" },
      {
        name: `import ${rows} new rows in one transaction`,
        value: first.ms,
        unit: "ms",
        budget: { limit: 30_000, better: "lower" },
      },
      { name: "import rate", value: Math.round(rows / (first.ms / 1000)), unit: "rows/s" },
      { name: "same file again (all rows unchanged)", value: again.ms, unit: "ms" },
      { name: `read all ${exported.result.length} balances for export`, value: exported.ms, unit: "ms" },
    ];
    printFigures(`CO2 balance CSV import (${rows} rows into ${all.length} synthetic municipalities, SQLite)`, figures);
  } finally {
    await handle.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
