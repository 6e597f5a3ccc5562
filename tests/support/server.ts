/** The production server as a child process, for benchmarks and tests that need one of their own. */
import { type ChildProcess, spawn } from "node:child_process";

/** Starts the production server (server.js, port chosen by the OS) on a SQLite file. */
export async function startServer(
  databasePath: string,
  env: Record<string, string> = {},
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databasePath, NODE_ENV: "production", ...env },
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
