import { describe, expect, it } from "vitest";
import { versionOneSource } from "#questionnaires/v1/index";
import { computeChangelog, isEmptyChangelog, relevantComparability, undecided } from "./changelog";
import { QuestionnaireVersion } from "./schema";

const v1 = QuestionnaireVersion.parse(versionOneSource);

/** A copy of version 1 as the next version, to change in each test. */
function next(): QuestionnaireVersion {
  return { ...structuredClone(v1), version: 2 };
}

function measure(version: QuestionnaireVersion, id: string) {
  const found = version.measures.find((m) => m.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}

describe("computeChangelog", () => {
  it("finds nothing between a version and its copy (apart from the number)", () => {
    const changelog = computeChangelog(v1, next());
    expect(changelog).toEqual({
      from: 1,
      to: 2,
      measures: { added: [], retired: [], changed: [] },
      scopeQuestions: { added: [], removed: [], changed: [] },
      scoring: [],
      meta: [],
    });
    expect(isEmptyChangelog(changelog)).toBe(true);
  });

  it("lists added and retired measures by id, sorted", () => {
    const version = next();
    const template = measure(version, "MOB-01");
    version.measures = version.measures.filter((m) => m.id !== "SUP-03" && m.id !== "DEV-02");
    version.measures.push(
      { ...structuredClone(template), id: "MOB-99" },
      { ...structuredClone(template), id: "MOB-50" },
    );
    version.retired = ["SUP-03", "DEV-02"];
    const changelog = computeChangelog(v1, version);
    expect(changelog.measures).toEqual({ added: ["MOB-50", "MOB-99"], retired: ["DEV-02", "SUP-03"], changed: [] });
    expect(isEmptyChangelog(changelog)).toBe(false);
  });

  it("names the parts of a changed measure, the legal scope per country", () => {
    const version = next();
    const changed = measure(version, "SUP-01");
    changed.legalScope.JP.level = "partial";
    changed.title.ja = "熱計画";
    changed.conditions = [];
    const changelog = computeChangelog(v1, version);
    expect(changelog.measures.changed).toEqual([
      { id: "SUP-01", parts: ["title", "legalScope.JP"], comparability: null },
    ]);
  });

  it("counts a change of conditions and of the legal basis alone", () => {
    const version = next();
    const withConditions = measure(version, "SUP-02");
    withConditions.conditions = withConditions.conditions.slice(1);
    measure(version, "DEV-01").legalScope.US.basis = "Another act";
    const changed = computeChangelog(v1, version).measures.changed;
    expect(changed).toEqual([
      { id: "DEV-01", parts: ["legalScope.US"], comparability: null },
      { id: "SUP-02", parts: ["conditions"], comparability: null },
    ]);
  });

  it("carries the researcher's comparability decision for each changed item", () => {
    const version = next();
    measure(version, "SUP-01").title.en = "Heat plan";
    measure(version, "MOB-01").depth = 3;
    version.comparability = { "SUP-01": "comparable", "MOB-01": "not_comparable" };
    const changelog = computeChangelog(v1, version);
    expect(changelog.measures.changed).toEqual([
      { id: "MOB-01", parts: ["depth"], comparability: "not_comparable" },
      { id: "SUP-01", parts: ["title"], comparability: "comparable" },
    ]);
    expect(undecided(changelog)).toEqual([]);
  });

  it("lists changed items without a decision as undecided", () => {
    const version = next();
    measure(version, "SUP-01").title.en = "Heat plan";
    measure(version, "MOB-01").example.de = "Ein anderes Beispiel";
    version.comparability = { "MOB-01": "comparable" };
    expect(undecided(computeChangelog(v1, version))).toEqual(["SUP-01"]);
  });

  it("keeps only the decisions for items that really changed", () => {
    const version = next();
    measure(version, "SUP-01").title.en = "Heat plan";
    // A decision left over from a change that was undone, and one for an unchanged question.
    version.comparability = { "SUP-01": "not_comparable", "MOB-01": "comparable", de_energy_utility: "comparable" };
    const changelog = computeChangelog(v1, version);
    expect(relevantComparability(changelog)).toEqual({ "SUP-01": "not_comparable" });
  });

  it("leaves comparability out when nothing changed that needs it", () => {
    const version = next();
    version.comparability = { "MOB-01": "comparable" };
    expect(relevantComparability(computeChangelog(v1, version))).toBeUndefined();
  });

  it("diffs scope questions: added, removed, changed with their parts", () => {
    const version = next();
    const [first, second] = version.scopeQuestions;
    if (!first || !second) throw new Error("version 1 has scope questions");
    first.options = first.options.slice(0, 2);
    version.scopeQuestions = version.scopeQuestions.filter((q) => q.id !== second.id);
    version.scopeQuestions.push({ ...structuredClone(second), id: "us_new_question", country: "US" });
    const changelog = computeChangelog(v1, version);
    expect(changelog.scopeQuestions).toEqual({
      added: ["us_new_question"],
      removed: [second.id],
      changed: [{ id: first.id, parts: ["options"], comparability: null }],
    });
    expect(undecided(changelog)).toEqual([first.id]);
  });

  it("lists changed scoring parameters and texts of the version", () => {
    const version = next();
    version.scoring.statusWeights.planned = 0.2;
    version.scoring.minimumPeerGroupSize = 6;
    version.title.en = "Municipal Climate Benchmark – Round 2";
    const changelog = computeChangelog(v1, version);
    expect(changelog.scoring).toEqual(["minimumPeerGroupSize", "statusWeights.planned"]);
    expect(changelog.meta).toEqual(["title"]);
    expect(changelog.measures.changed).toEqual([]);
  });

  it("treats payloads in texts as data like any other text", () => {
    const version = next();
    measure(version, "COM-01").title.en = "<script>alert(1)</script>";
    measure(version, "COM-01").description.de = '{{constructor}} =HYPERLINK("http://x")';
    const changelog = computeChangelog(v1, version);
    expect(changelog.measures.changed).toEqual([
      { id: "COM-01", parts: ["title", "description"], comparability: null },
    ]);
  });
});
