/** Port and SQLite file of the e2e server; E2E_PORT lets several runs share a machine. */
export const e2ePort = Number(process.env.E2E_PORT ?? 4173);
export const e2eDatabasePath = `data/e2e-${e2ePort}/benchmark.sqlite`;
