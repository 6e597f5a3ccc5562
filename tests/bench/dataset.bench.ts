/** Loading the national-scale synthetic dataset, and a peer-group query over it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newId } from "#app/server/core/ids.server";
import { migrateToLatest, openDatabase } from "#db/database";
import { type Figure, percentile, printFigures, timed } from "./report";
import { syntheticMunicipalities } from "./synthetic-dataset";

export async function datasetBench() {
  const dir = mkdtempSync(join(tmpdir(), "mcb-bench-"));
  const handle = openDatabase({ dialect: "sqlite", path: join(dir, "bench.sqlite") });
  try {
    await migrateToLatest(handle.db);
    const rows = [...syntheticMunicipalities()];
    const now = new Date().toISOString();
    const insert = await timed(() =>
      handle.db.transaction().execute(async (trx) => {
        // SQLite limits bound parameters per statement; 500 rows × 11 columns stays below it.
        for (let i = 0; i < rows.length; i += 500) {
          await trx
            .insertInto("municipality")
            .values(
              rows.slice(i, i + 500).map((m) => ({
                id: newId(),
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
      }),
    );

    const queryTimes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const country = (["DE", "JP", "US"] as const)[i % 3] ?? "DE";
      const { ms } = await timed(() =>
        handle.db
          .selectFrom("municipality")
          .select(["size_class", (eb) => eb.fn.countAll<number>().as("n")])
          .where("country", "=", country)
          .groupBy("size_class")
          .execute(),
      );
      queryTimes.push(ms);
    }
    queryTimes.sort((a, b) => a - b);

    const figures: Figure[] = [
      {
        name: `insert ${rows.length} synthetic municipalities (SQLite, one transaction)`,
        value: insert.ms,
        unit: "ms",
      },
      { name: "insert rate", value: Math.round(rows.length / (insert.ms / 1000)), unit: "rows/s" },
      { name: "peer-group size query per country, p50", value: percentile(queryTimes, 50), unit: "ms" },
      { name: "peer-group size query per country, p95", value: percentile(queryTimes, 95), unit: "ms" },
    ];
    printFigures("Synthetic national-scale dataset (35,041 municipalities)", figures);
  } finally {
    await handle.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
