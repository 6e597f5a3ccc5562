/**
 * Load test of the production server over loopback: a minimal route and the real
 * pages, public and signed in, each reported as a ratio to the minimal route measured
 * in the same run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { startServer } from "#tests/support/server";

interface BenchmarkedPage {
  name: string;
  path: string;
  /** A demo account whose session cookie the requests carry. */
  signedInAs?: string;
}

/** Public pages to load-test. The first entry is the baseline. */
export const benchmarkedPaths: readonly BenchmarkedPage[] = [
  { name: "minimal route (/healthz)", path: "/healthz" },
  { name: "home page, English", path: "/?lng=en" },
  { name: "home page, Japanese", path: "/?lng=ja" },
  { name: "measure catalogue, German", path: "/catalogue?lng=de" },
];

/** The signed-in pages people use most, addressed by the demo data's ids. */
function signedInPages(databasePath: string): BenchmarkedPage[] {
  const database = new Database(databasePath, { readonly: true });
  try {
    const id = (query: string, ...params: string[]) => {
      const row = database.prepare(query).get(...params) as { id: string } | undefined;
      if (!row) throw new Error(`demo data missing for the bench: ${query}`);
      return row.id;
    };
    const town = id("select id from municipality where name_native = ?", "Klimhausen");
    const round = id(
      "select id from assessment where municipality_id = ? and status = 'submitted' order by reporting_year desc",
      town,
    );
    const workshop = id("select id from workshop order by held_on desc");
    return [
      { name: "profile, respondent", path: `/assessments/${round}/profile?lng=de`, signedInAs: "de.city@demo.test" },
      {
        name: "balances, respondent",
        path: `/municipalities/${town}/balances?lng=de`,
        signedInAs: "de.city@demo.test",
      },
      { name: "workshop dossier", path: `/workshops/${workshop}?lng=ja`, signedInAs: "researcher@demo.test" },
      { name: "partnerships", path: "/partnerships?lng=en", signedInAs: "researcher@demo.test" },
      { name: "research analysis", path: "/research/analysis?lng=en", signedInAs: "researcher@demo.test" },
    ];
  } finally {
    database.close();
  }
}

/** Signs a demo account in through the login form and returns its session cookie. */
async function sessionCookie(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: "demo-password" }),
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("mcb_session="));
  if (!cookie) throw new Error(`could not sign in ${email} for the bench (status ${response.status})`);
  return cookie.split(";")[0] ?? "";
}

export async function httpBench(options: { durationSeconds: number; connections: number }) {
  const dir = mkdtempSync(join(tmpdir(), "mcb-bench-http-"));
  const databasePath = join(dir, "bench.sqlite");
  const server = await startServer(databasePath);
  try {
    const results: Array<{ name: string; rps: number; p50: number; p99: number; errors: number }> = [];
    const cookies = new Map<string, string>();
    for (const { name, path, signedInAs } of [...benchmarkedPaths, ...signedInPages(databasePath)]) {
      let headers: Record<string, string> = {};
      if (signedInAs) {
        const cookie = cookies.get(signedInAs) ?? (await sessionCookie(server.url, signedInAs));
        cookies.set(signedInAs, cookie);
        headers = { cookie };
      }
      const target = { url: `${server.url}${path}`, headers };
      // A short warm-up so the first route measured is not penalised by cold caches and JIT.
      await autocannon({ ...target, connections: 10, duration: 1 });
      const result = await autocannon({
        ...target,
        connections: options.connections,
        duration: options.durationSeconds,
      });
      results.push({
        name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    }
    const baseline = results[0]?.rps ?? Number.NaN;
    console.log(
      `\n## HTTP load (autocannon, ${options.connections} connections, ${options.durationSeconds} s per route, loopback)`,
    );
    console.log(
      `  ${"route".padEnd(28)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"× minimal".padStart(10)}`,
    );
    for (const r of results) {
      console.log(
        `  ${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(7)} ${(r.rps / baseline).toFixed(2).padStart(10)}`,
      );
    }
  } finally {
    server.process.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}
