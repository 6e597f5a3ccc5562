/**
 * The questionnaire: compiling the SurveyJS model for the full catalogue, a save
 * round-trip over HTTP against the production server with concurrent editors, and
 * what the questionnaire page costs the browser next to a plain page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { questionNames } from "#app/domain/assessments/answers";
import { compileSurvey } from "#app/domain/questionnaires/compile-survey";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { type Country, countries, locales } from "#app/domain/vocabulary";
import { hashPassword } from "#app/server/access/passwords.server";
import { surveyFrameTexts } from "#app/server/assessments/survey-texts.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { openDatabase } from "#db/database";
import { versionOneSource } from "#questionnaires/v1/index";
import { createMunicipalityWithAssessment, createRespondent } from "#tests/support/assessment-fixtures";
import { startServer } from "#tests/support/server";
import { type Figure, percentile, printFigures } from "./report";

export async function questionnaireBench(
  options: { compileRuns?: number; editors?: number; savesPerEditor?: number } = {},
) {
  // The bundle first: it reads the build that scripts/bench.ts has just made.
  bundleBench();
  compileBench(options.compileRuns ?? 200);
  await saveRoundTripBench(options.editors ?? 20, options.savesPerEditor ?? 50);
}

function compileBench(runs: number) {
  const version = QuestionnaireVersion.parse(versionOneSource);
  const texts = surveyFrameTexts();
  const figures: Figure[] = [];
  // Every model is looked at, so no run can be optimised away.
  let elements = 0;
  for (const country of countries) {
    for (const locale of locales) {
      const compile = () => {
        for (const page of compileSurvey(version, { country, locale, texts }).pages) elements += page.elements.length;
      };
      for (let i = 0; i < 20; i++) compile(); // warm-up: JIT and caches
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        compile();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      figures.push({ name: `compileSurvey v1, ${country}/${locale}: p50`, value: percentile(times, 50), unit: "ms" });
      figures.push({ name: `compileSurvey v1, ${country}/${locale}: p95`, value: percentile(times, 95), unit: "ms" });
    }
  }
  if (elements === 0) throw new Error("compileSurvey produced empty models");
  const modelBytes = JSON.stringify(compileSurvey(version, { country: "DE", locale: "de", texts })).length;
  figures.push({ name: "model size, DE/de (JSON)", value: modelBytes / 1024, unit: "KB" });
  printFigures(`Questionnaire: compiling the SurveyJS model (${version.measures.length} measures, ${runs} runs each)`, [
    ...figures,
  ]);
}

const benchPassword = "a long bench password";

interface Editor {
  email: string;
  assessmentId: string;
  cookie: string;
  revision: number;
}

async function saveRoundTripBench(editorCount: number, savesPerEditor: number) {
  const dir = mkdtempSync(join(tmpdir(), "mcb-bench-questionnaire-"));
  const databasePath = join(dir, "bench.sqlite");
  try {
    // The server's database, prepared before it starts: the demo plus one municipality,
    // assessment and respondent per editor. The server then finds nothing left to do.
    const handle = openDatabase({ dialect: "sqlite", path: databasePath });
    const people: Array<{ email: string; assessmentId: string }> = [];
    try {
      await prepareDatabase(handle.db, { seedDemo: true });
      const passwordHash = await hashPassword(benchPassword);
      for (let i = 0; i < editorCount; i++) {
        const country: Country = countries[i % countries.length] ?? "DE";
        const { municipalityId, assessmentId } = await createMunicipalityWithAssessment(handle.db, {
          name: `Bench Town ${i + 1}`,
          country,
          population: 20_000 + i * 1_000,
          reportingYear: 2026,
        });
        const email = `bench.editor.${i + 1}@bench.test`;
        await createRespondent(handle.db, { municipalityId, email, passwordHash });
        people.push({ email, assessmentId });
      }
    } finally {
      await handle.db.destroy();
    }

    const server = await startServer(databasePath);
    try {
      const editors: Editor[] = await Promise.all(
        people.map(async (person) => ({
          ...person,
          cookie: await signIn(server.url, person.email),
          revision: 0,
        })),
      );

      // A few unmeasured saves per editor warm up the server (JIT, caches, statements).
      await Promise.all(editors.map((editor) => editSequentially(server.url, editor, 5)));
      const started = performance.now();
      const results = await Promise.all(editors.map((editor) => editSequentially(server.url, editor, savesPerEditor)));
      const wallSeconds = (performance.now() - started) / 1000;

      const all = results.flat();
      const latencies = all.map((r) => r.ms).sort((a, b) => a - b);
      const ok = all.filter((r) => r.status === 200).length;
      const others = [...new Set(all.filter((r) => r.status !== 200).map((r) => r.status))];
      printFigures(
        `Questionnaire: save round-trip over HTTP (${editorCount} concurrent editors × ${savesPerEditor} sequential saves, SQLite, loopback)`,
        [
          { name: "save latency p50", value: percentile(latencies, 50), unit: "ms" },
          { name: "save latency p95", value: percentile(latencies, 95), unit: "ms" },
          { name: "saves per second (all editors)", value: all.length / wallSeconds, unit: "saves/s" },
          {
            name: `saves answered 200${others.length > 0 ? ` (others: ${others.join(", ")})` : ""}`,
            value: ok,
            unit: `of ${all.length}`,
            budget: { limit: all.length, better: "higher" },
          },
        ],
      );
    } finally {
      server.process.kill("SIGTERM");
      await new Promise((resolve) => server.process.once("exit", resolve));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Signs in through the login form; the answer is a redirect that sets the session cookie. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: benchPassword }),
    redirect: "manual",
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("mcb_session="));
  if (response.status !== 302 || !cookie) throw new Error(`sign-in of ${email} answered ${response.status}`);
  return cookie;
}

/** One editor's saves, one after the other, each on top of the revision the last one returned. */
async function editSequentially(
  baseUrl: string,
  editor: Editor,
  saves: number,
): Promise<Array<{ ms: number; status: number }>> {
  const out: Array<{ ms: number; status: number }> = [];
  for (let i = 0; i < saves; i++) {
    const body = JSON.stringify({
      baseRevision: editor.revision,
      changes: { [questionNames.population]: 10_000 + editor.revision },
    });
    const start = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/assessments/${editor.assessmentId}/answers`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: editor.cookie },
      body,
    });
    const answer = (await response.json()) as { revision?: number };
    out.push({ ms: performance.now() - start, status: response.status });
    if (typeof answer.revision === "number") editor.revision = answer.revision;
  }
  return out;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Where the client build's Vite manifest lies: Remix moves it out of build/client. */
const manifestPaths = ["build/.vite/client-manifest.json", "build/client/.vite/manifest.json"];

function bundleBench() {
  const manifestPath = manifestPaths.find((path) => existsSync(path));
  if (!manifestPath) throw new Error(`no client manifest (${manifestPaths.join(", ")}): run npx remix vite:build`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
  const chunk = (key: string): ManifestChunk => {
    const found = manifest[key];
    if (!found) throw new Error(`${key} is not in ${manifestPath}`);
    return found;
  };
  const route = (file: string) => `app/${file}?__remix-build-client-route`;

  /** Files a set of entries loads: transitive static imports, plus the dynamic imports asked for. */
  const collect = (entries: readonly string[], followDynamic: (key: string) => boolean) => {
    const js = new Set<string>();
    const css = new Set<string>();
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const c = chunk(key);
      js.add(c.file);
      for (const file of [...(c.css ?? []), ...(c.assets ?? [])]) if (file.endsWith(".css")) css.add(file);
      for (const imported of c.imports ?? []) visit(imported);
      for (const imported of c.dynamicImports ?? []) if (followDynamic(imported)) visit(imported);
    };
    for (const entry of entries) visit(entry);
    return { js, css };
  };

  // Every page loads the entry, the root route and its own language's messages (here English).
  const frame = ["app/entry.client.tsx", route("root.tsx"), "app/locales/en/index.ts"];
  const noDynamic = () => false;
  const plain = collect([...frame, route("routes/_index.tsx")], noDynamic);
  const questionnaireRoute = route("routes/assessments.$id.tsx");
  const before = collect([...frame, questionnaireRoute], noDynamic);
  const lazyKeys = chunk(questionnaireRoute).dynamicImports ?? [];
  if (!lazyKeys.some((key) => chunk(key).file.includes("questionnaire-survey"))) {
    throw new Error("the questionnaire route no longer loads the questionnaire-survey chunk lazily");
  }
  const after = collect([...frame, questionnaireRoute], (key) => lazyKeys.includes(key));

  const gzipKb = (files: ReadonlySet<string>) =>
    [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join("build/client", file))).length, 0) / 1024;
  printFigures("Questionnaire: what the page costs the browser (gzip, incl. root, entry.client and en messages)", [
    { name: "plain page (/) JS", value: gzipKb(plain.js), unit: "KB" },
    { name: "plain page (/) CSS", value: gzipKb(plain.css), unit: "KB" },
    { name: "questionnaire page JS before lazy loading", value: gzipKb(before.js), unit: "KB" },
    { name: "questionnaire page JS after the lazy SurveyJS chunk", value: gzipKb(after.js), unit: "KB" },
    { name: "questionnaire page CSS before lazy loading", value: gzipKb(before.css), unit: "KB" },
    { name: "questionnaire page CSS after the lazy SurveyJS chunk", value: gzipKb(after.css), unit: "KB" },
  ]);
}
