// npm run bench: runs the project's benchmarks against a production build and prints figures.
// BENCH_DURATION (seconds per HTTP route, default 5) and BENCH_ONLY (comma-separated suite names).
import { execSync } from "node:child_process";
import { cpus } from "node:os";
import { balancesBench } from "#tests/bench/balances.bench";
import { datasetBench } from "#tests/bench/dataset.bench";
import { httpBench } from "#tests/bench/http.bench";
import { profilesBench } from "#tests/bench/profiles.bench";
import { questionnaireBench } from "#tests/bench/questionnaire.bench";

const suites: Record<string, () => Promise<void>> = {
  dataset: datasetBench,
  http: () => httpBench({ durationSeconds: Number(process.env.BENCH_DURATION ?? 5), connections: 50 }),
  questionnaire: () => questionnaireBench(),
  balances: balancesBench,
  profiles: profilesBench,
};

const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
console.log(`# Benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
// The HTTP suites run the production server; the questionnaire suite also reads the client manifest.
if (!only || only.includes("http") || only.includes("questionnaire")) {
  console.log("building the production bundle …");
  execSync("npx remix vite:build", { stdio: "ignore" });
}
for (const [name, run] of Object.entries(suites)) {
  if (only && !only.includes(name)) continue;
  await run();
}
