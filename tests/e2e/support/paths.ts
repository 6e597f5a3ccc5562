/** The SQLite file the e2e server runs on (fresh for every run). */
export const e2eDatabasePath = "data/e2e/benchmark.sqlite";
