/**
 * Load test of the production server over loopback: a minimal route and the real
 * pages, each reported as a ratio to the minimal route measured in the same run.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

/** Pages to load-test; later features add theirs. The first entry is the baseline. */
export const benchmarkedPaths = [
  { name: "minimal route (/healthz)", path: "/healthz" },
  { name: "home page, English", path: "/?lng=en" },
  { name: "home page, Japanese", path: "/?lng=ja" },
  { name: "measure catalogue, German", path: "/catalogue?lng=de" },
] as const;

export async function httpBench(options: { durationSeconds: number; connections: number }) {
  const dir = mkdtempSync(join(tmpdir(), "mcb-bench-http-"));
  const server = await startServer(join(dir, "bench.sqlite"));
  try {
    const results: Array<{ name: string; rps: number; p50: number; p99: number; errors: number }> = [];
    for (const { name, path } of benchmarkedPaths) {
      // A short warm-up so the first route measured is not penalised by cold caches and JIT.
      await autocannon({ url: `${server.url}${path}`, connections: 10, duration: 1 });
      const result = await autocannon({
        url: `${server.url}${path}`,
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

/** Starts the production server (server.js, port chosen by the OS) on a SQLite file. */
export async function startServer(databasePath: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databasePath, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/at (http:\/\/localhost:\d+)/);
      if (match?.[1]) resolve(match[1].replace("localhost", "127.0.0.1"));
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return { url, process: child };
}
