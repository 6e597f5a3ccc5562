/**
 * A questionnaire version as the files of questionnaires/vN and back: the zip the
 * workspace exports holds exactly the repository's layout, and reading it (or a
 * single JSON file) gives the same content and content hash.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { filesToSource, versionToFiles } from "#app/domain/questionnaires/drafts-files";
import { Measure, QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { readUpload, unzip, zip } from "#app/server/questionnaires/files.server";
import { contentHash } from "#app/server/questionnaires/published.server";
import published from "#questionnaires/published.json";
import { versionOneSource } from "#questionnaires/v1/index";

const v1 = QuestionnaireVersion.parse(versionOneSource);
const meta = { hash: published["1"], publishedAt: "2026-11-25T10:00:00.000Z", changelog: null };

describe("the source files of a version", () => {
  it("have the layout of questionnaires/v1, file for file, with the same content", () => {
    const files = versionToFiles(v1, meta);
    const paths = files.map((f) => f.path);
    for (const name of ["version.json", "scope-questions.json", "scoring.json", "index.ts", "README.md"]) {
      expect(paths).toContain(`v1/${name}`);
    }
    for (const file of files.filter((f) => f.path.endsWith(".json"))) {
      const original = JSON.parse(readFileSync(`questionnaires/${file.path}`, "utf8"));
      if (file.path.includes("/measures/")) {
        // The export spells out defaults (empty conditions and sources) the source files may leave out.
        expect(JSON.parse(file.text)).toEqual(Measure.array().parse(original));
      } else {
        expect(JSON.parse(file.text)).toEqual(original);
      }
    }
    expect(files.find((f) => f.path === "v1/README.md")?.text).toContain(published["1"]);
    expect(files.find((f) => f.path === "v1/index.ts")?.text).toContain("export const version1Source");
  });

  it("read back give the same version and the pinned content hash", () => {
    const result = filesToSource(versionToFiles(v1, meta));
    if (!result.ok) throw new Error(result.key);
    expect(contentHash(QuestionnaireVersion.parse(result.source))).toBe(published["1"]);
  });

  it("travel through a zip unchanged, whatever the top folder", () => {
    const files = versionToFiles(v1, meta).map((f) => ({ ...f, path: `questionnaires/${f.path}` }));
    const bytes = zip(files, new Date("2026-11-25T10:00:00Z"));
    expect(unzip(bytes)).toEqual(files);
    const upload = readUpload(bytes);
    if (!upload.ok) throw new Error(upload.key);
    expect(contentHash(QuestionnaireVersion.parse(upload.source))).toBe(published["1"]);
    // The same input gives the same bytes.
    expect(zip(files, new Date("2026-11-25T10:00:00Z"))).toEqual(bytes);
  });

  it("name what is missing or broken instead of failing", () => {
    const files = versionToFiles(v1, meta);
    expect(filesToSource(files.filter((f) => !f.path.endsWith("scoring.json")))).toEqual({
      ok: false,
      key: "versions.import.missingFile",
      file: "scoring.json",
    });
    expect(filesToSource(files.filter((f) => !f.path.endsWith("version.json")))).toMatchObject({
      ok: false,
      key: "versions.import.noVersionFile",
    });
    const broken = files.map((f) => (f.path.endsWith("mobility.json") ? { ...f, text: "[{" } : f));
    expect(filesToSource(broken)).toEqual({
      ok: false,
      key: "versions.import.badJson",
      file: "measures/mobility.json",
    });
    expect(readUpload(new Uint8Array())).toEqual({ ok: false, key: "versions.import.empty" });
    expect(readUpload(new TextEncoder().encode("{not json"))).toEqual({ ok: false, key: "versions.import.badJson" });
    expect(readUpload(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, key: "versions.import.badZip" });
    expect(readUpload(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ ok: false, key: "versions.import.notUtf8" });
  });
});
