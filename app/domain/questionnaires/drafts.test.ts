import { describe, expect, it } from "vitest";
import { checkWording } from "#app/server/questionnaires/check-wording.server";
import { versionOneSource } from "#questionnaires/v1/index";
import { checkQuestionnaire } from "./check";
import {
  nextMeasureId,
  putMeasure,
  putScopeQuestion,
  removeScopeQuestion,
  restoreMeasure,
  retiredInDraft,
  retireMeasure,
} from "./draft-edits";
import { type FormLike, measureFromForm, metaFromForm, scopeQuestionFromForm, scoringFromForm } from "./draft-forms";
import { draftProblems, problemsByField, problemsUnder } from "./draft-problems";
import {
  blankMeasure,
  type DraftMeasure,
  type DraftVersion,
  draftForPreview,
  draftFromPublished,
  measureMissingLanguages,
  missingLanguages,
} from "./drafts";
import { QuestionnaireVersion } from "./schema";

const v1 = QuestionnaireVersion.parse(versionOneSource);

function draft(): DraftVersion {
  return draftFromPublished(v1);
}

function measureOf(version: DraftVersion, id: string): DraftMeasure {
  const found = version.measures.find((m) => m.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error("expected at least one item");
  return item;
}

const indexOf = (version: DraftVersion, id: string) => version.measures.findIndex((m) => m.id === id);

/** A form as the browser sends it: repeated names allowed. */
function form(entries: Array<[string, string]>): FormLike & { names: string[] } {
  return {
    names: entries.map(([name]) => name),
    get: (name) => entries.find(([n]) => n === name)?.[1] ?? null,
    getAll: (name) => entries.filter(([n]) => n === name).map(([, v]) => v),
  };
}

/** The form fields of a measure, as the editor renders them. */
function measureEntries(measure: DraftMeasure): Array<[string, string]> {
  const entries: Array<[string, string]> = [
    ["approach", measure.approach],
    ["depth", String(measure.depth)],
    ["sector", measure.sector],
    ["effort", measure.effort],
    ["potential", measure.potential],
  ];
  for (const part of ["title", "description", "example"] as const) {
    for (const locale of ["de", "en", "ja"] as const) entries.push([`${part}.${locale}`, measure[part][locale]]);
  }
  for (const country of ["DE", "JP", "US"] as const) {
    const scope = measure.legalScope[country];
    entries.push([`legalScope.${country}.level`, scope.level], [`legalScope.${country}.basis`, scope.basis]);
    for (const locale of ["de", "en", "ja"] as const) {
      entries.push([`legalScope.${country}.reason.${locale}`, scope.reason[locale]]);
    }
    if (scope.uncertain) entries.push([`legalScope.${country}.uncertain`, "on"]);
    entries.push([`legalScope.${country}.sources`, scope.sources.join("\n")]);
  }
  measure.conditions.forEach((condition, i) => {
    entries.push([`conditions.${i}.question`, condition.question]);
    for (const answer of condition.answers) entries.push([`conditions.${i}.answers`, answer]);
    entries.push([`conditions.${i}.practicalFactor`, condition.practicalFactor?.toString() ?? ""]);
    entries.push([`conditions.${i}.legalLevel`, condition.legalLevel ?? ""]);
    for (const locale of ["de", "en", "ja"] as const) {
      entries.push([`conditions.${i}.note.${locale}`, condition.note[locale]]);
    }
  });
  return entries;
}

describe("a draft from a published version", () => {
  it("has the next number, no comparability decisions and no problems", () => {
    const started = draft();
    expect(started.version).toBe(2);
    expect(started.comparability).toBeUndefined();
    expect(started.retired).toBeUndefined();
    expect(draftProblems(started, [v1])).toEqual([]);
  });

  it("does not change the version it started from", () => {
    const before = JSON.stringify(v1);
    const started = draft();
    measureOf(started, "SUP-01").title.de = "geändert";
    expect(JSON.stringify(v1)).toBe(before);
  });
});

describe("draftProblems", () => {
  it("reports a text missing in one language at its field", () => {
    const changed = draft();
    measureOf(changed, "SUP-01").title.ja = "";
    const index = indexOf(changed, "SUP-01");
    expect(draftProblems(changed, [v1])).toEqual([
      { path: `measures.${index}.title.ja`, key: "versions.errors.missingText" },
    ]);
  });

  it("still runs the cross-reference checks while a text is missing", () => {
    const changed = draft();
    const measure = measureOf(changed, "SUP-01");
    measure.title.ja = "";
    measure.conditions = [
      { question: "de_no_such_question", answers: ["yes"], practicalFactor: 0.5, note: { de: "a", en: "b", ja: "c" } },
    ];
    const index = indexOf(changed, "SUP-01");
    expect(draftProblems(changed, [v1])).toEqual([
      { path: `measures.${index}.title.ja`, key: "versions.errors.missingText" },
      {
        path: `measures.${index}.conditions.0.question`,
        key: "versions.errors.unknownQuestion",
        params: { id: "de_no_such_question" },
      },
    ]);
  });

  /** Each kind of check problem, made on purpose: every one has its own message key. */
  const broken: Array<[string, (d: DraftVersion) => void, string]> = [
    ["a duplicate measure id", (d) => d.measures.push(structuredClone(measureOf(d, "MOB-01"))), "duplicateId"],
    ["an id in the wrong field", (d) => Object.assign(measureOf(d, "MOB-01"), { id: "SUP-77" }), "idPrefix"],
    [
      "a duplicate scope question",
      (d) => d.scopeQuestions.push(structuredClone(first(d.scopeQuestions))),
      "duplicateId",
    ],
    [
      "a question id of another country",
      (d) => Object.assign(first(d.scopeQuestions), { country: "US" }),
      "questionPrefix",
    ],
    [
      "a duplicate option",
      (d) => first(d.scopeQuestions).options.push(structuredClone(first(first(d.scopeQuestions).options))),
      "duplicateOption",
    ],
    [
      "an unknown answer in a condition",
      (d) => Object.assign(first(measureOf(d, "SUP-02").conditions), { answers: ["no_such_answer"] }),
      "unknownAnswer",
    ],
    [
      "comparability of an unknown item",
      (d) => Object.assign(d, { comparability: { "XYZ-01": "comparable" } }),
      "comparabilityUnknown",
    ],
    [
      "an empty field of action",
      (d) => Object.assign(d, { measures: d.measures.filter((m) => m.field !== "mobility") }),
      "emptyField",
    ],
    ["a status weight out of order", (d) => Object.assign(d.scoring.statusWeights, { planned: 0.9 }), "weightOrder"],
    ["implemented below 1", (d) => Object.assign(d.scoring.statusWeights, { implemented: 0.95 }), "implementedWeight"],
    ["a legal factor out of order", (d) => Object.assign(d.scoring.legalFactors, { full: 0.4 }), "factorOrder"],
    ["none above 0", (d) => Object.assign(d.scoring.legalFactors, { none: 0.1 }), "noneFactor"],
    ["decreasing depth weights", (d) => Object.assign(d.scoring.depthWeights, { "3": 1.5 }), "depthOrder"],
    ["a duplicate retired id", (d) => Object.assign(d, { retired: ["SUP-01", "SUP-01"] }), "duplicateId"],
    ["a retired id still asked", (d) => Object.assign(d, { retired: ["SUP-01"] }), "retiredReused"],
    ["a measure of version 1 dropped silently", (d) => d.measures.shift(), "notRetired"],
    ["a retired id that never existed", (d) => Object.assign(d, { retired: ["MOB-90"] }), "retiredUnknown"],
  ];
  it.each(broken)("gives %s its own message key", (_, breakIt, key) => {
    const changed = draft();
    breakIt(changed);
    const problems = draftProblems(changed, [v1]);
    expect(problems.map((p) => p.key)).toContain(`versions.errors.${key}`);
    expect(problems.map((p) => p.key)).not.toContain("versions.errors.check");
  });

  it("refuses to give a retired id to a new measure, across versions", async () => {
    const v2 = QuestionnaireVersion.parse({
      ...draft(),
      measures: v1.measures.filter((m) => m.id !== "MOB-03"),
      retired: ["MOB-03"],
    });
    const v3: DraftVersion = { ...draftFromPublished(v2), retired: undefined };
    v3.measures.push({ ...structuredClone(measureOf(v3, "MOB-01")), id: "MOB-03" });
    const problems = draftProblems(v3, [v1, v2]);
    expect(problems).toContainEqual({
      path: `measures.${v3.measures.length - 1}.id`,
      key: "versions.errors.retiredReused",
      params: { id: "MOB-03" },
    });
    expect(checkQuestionnaire(v3, { earlier: [v1, v2] }).ok).toBe(false);
    // Without the earlier versions only the version's own retired list protects the id.
    const english = await checkWording("en");
    const sentences = checkQuestionnaire({ ...v3, retired: ["MOB-03"] }).problems.map((problem) => ({
      path: problem.path,
      message: english(problem),
    }));
    expect(sentences).toContainEqual({
      path: `measures.${v3.measures.length - 1}.id`,
      message: "MOB-03 is retired and cannot be used again",
    });
  });

  it("keeps version 1 valid with and without the cross-version checks", () => {
    expect(checkQuestionnaire(versionOneSource).ok).toBe(true);
    expect(checkQuestionnaire(versionOneSource, { earlier: [] }).ok).toBe(true);
  });
});

describe("problem paths", () => {
  it("are made relative to the part a form edits, first problem per field", () => {
    const problems = [
      { path: "measures.3.title.ja", key: "a" },
      { path: "measures.3.title.ja", key: "b" },
      { path: "measures.30.title.de", key: "c" },
      { path: "measures.3", key: "d" },
    ];
    const under = problemsUnder(problems, "measures.3");
    expect(under.map((p) => p.path)).toEqual(["title.ja", "title.ja", ""]);
    expect(problemsByField(under)).toEqual({
      "title.ja": { path: "title.ja", key: "a" },
      form: { path: "", key: "d" },
    });
  });
});

describe("missing languages", () => {
  it("are the blank ones, across every text of a measure", () => {
    expect(missingLanguages({ de: "a", en: " ", ja: "" })).toEqual(["en", "ja"]);
    const measure = structuredClone(measureOf(draft(), "SUP-02"));
    expect(measureMissingLanguages(measure)).toEqual([]);
    first(measure.conditions).note.de = "";
    measure.legalScope.US.reason.ja = "";
    expect(measureMissingLanguages(measure)).toEqual(["de", "ja"]);
  });
});

describe("reading the forms", () => {
  it("reads a measure back exactly as the editor shows it", () => {
    const measure = measureOf(draft(), "SUP-02");
    const entries = measureEntries(measure);
    const read = measureFromForm(form(entries), form(entries).names, measure.id, measure.field);
    expect(read).toEqual({ ok: true, value: measure });
  });

  it("keeps blank texts (marked as missing) and closes gaps between condition rows", () => {
    const measure = structuredClone(measureOf(draft(), "SUP-02"));
    measure.title.ja = "";
    const entries = measureEntries(measure).map(([name, value]): [string, string] => [
      name.replace(/^conditions\.1\./, "conditions.7."),
      value,
    ]);
    const read = measureFromForm(form(entries), form(entries).names, measure.id, measure.field);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.title.ja).toBe("");
    expect(read.value.conditions).toHaveLength(measure.conditions.length);
  });

  it("refuses what the form cannot hold, with the problem at its field", () => {
    const measure = measureOf(draft(), "SUP-02");
    const entries = measureEntries(measure).map(([name, value]): [string, string] => {
      if (name === "depth") return [name, "4"];
      if (name === "legalScope.JP.level") return [name, "sometimes"];
      if (name === "conditions.0.practicalFactor") return [name, "1.5"];
      return [name, value];
    });
    const read = measureFromForm(form(entries), form(entries).names, measure.id, measure.field);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { path: "depth", key: "versions.errors.invalid" },
      { path: "legalScope.JP.level", key: "versions.errors.choice" },
      { path: "conditions.0.practicalFactor", key: "versions.errors.factorRange" },
    ]);
  });

  it("asks a condition to do something", () => {
    const measure = structuredClone(measureOf(draft(), "SUP-02"));
    const condition = first(measure.conditions);
    delete condition.practicalFactor;
    delete condition.legalLevel;
    const entries = measureEntries(measure);
    const read = measureFromForm(form(entries), form(entries).names, measure.id, measure.field);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toEqual([{ path: "conditions.0.practicalFactor", key: "versions.errors.conditionEffect" }]);
    }
  });

  it("reads a new scope question with its id from country and suffix, and its options", () => {
    const entries: Array<[string, string]> = [
      ["country", "JP"],
      ["idSuffix", "own_bus"],
      ["text.de", "Eigene Busse?"],
      ["text.en", "Own buses?"],
      ["text.ja", "公営バスはありますか。"],
      ["options.0.value", "yes"],
      ["options.0.text.de", "Ja"],
      ["options.0.text.en", "Yes"],
      ["options.0.text.ja", "はい"],
      ["options.3.value", "no"],
      ["options.3.text.de", "Nein"],
      ["options.3.text.en", "No"],
      ["options.3.text.ja", ""],
    ];
    const read = scopeQuestionFromForm(form(entries), form(entries).names, null);
    expect(read).toEqual({
      ok: true,
      value: {
        id: "jp_own_bus",
        country: "JP",
        text: { de: "Eigene Busse?", en: "Own buses?", ja: "公営バスはありますか。" },
        options: [
          { value: "yes", text: { de: "Ja", en: "Yes", ja: "はい" } },
          { value: "no", text: { de: "Nein", en: "No", ja: "" } },
        ],
      },
    });
  });

  it("reads the scoring parameters as numbers and refuses a weight above 1", () => {
    const values: Array<[string, string]> = [
      ["statusWeights.not_started", "0"],
      ["statusWeights.planned", "0,25"],
      ["statusWeights.decided", "0.5"],
      ["statusWeights.in_progress", "0.75"],
      ["statusWeights.implemented", "1.5"],
      ["depthWeights.1", "1"],
      ["depthWeights.2", "2"],
      ["depthWeights.3", "3"],
      ["legalFactors.mandatory", "1"],
      ["legalFactors.full", "1"],
      ["legalFactors.partial", "0.5"],
      ["legalFactors.none", "0"],
      ["classValues.low", "1"],
      ["classValues.medium", "2"],
      ["classValues.high", "3"],
      ["minimumPeerGroupSize", "5"],
    ];
    const read = scoringFromForm(form(values));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems).toEqual([{ path: "statusWeights.implemented", key: "versions.errors.range" }]);
    const fixed = scoringFromForm(
      form(values.map(([n, v]): [string, string] => [n, n.endsWith("implemented") ? "1" : v])),
    );
    expect(fixed).toEqual({ ok: true, value: { ...v1.scoring } });
  });

  it("trims the texts of the version", () => {
    const read = metaFromForm(
      form([
        ["title.de", "  Runde 2 "],
        ["title.en", "Round 2"],
        ["title.ja", "第2回"],
        ["summary.de", ""],
        ["summary.en", "What changed"],
        ["summary.ja", ""],
      ]),
    );
    expect(read).toEqual({
      ok: true,
      value: { title: { de: "Runde 2", en: "Round 2", ja: "第2回" }, summary: { de: "", en: "What changed", ja: "" } },
    });
  });
});

describe("changing a draft", () => {
  it("gives a new measure the next id its field never had, counting retired ids", () => {
    const changed = draft();
    expect(nextMeasureId("mobility", changed, [v1])).toBe("MOB-15");
    const retired = retireMeasure(changed, "MOB-14", v1);
    if (!retired.ok) throw new Error(retired.key);
    expect(nextMeasureId("mobility", retired.draft, [v1])).toBe("MOB-15");
    expect(nextMeasureId("mobility", retired.draft, [])).toBe("MOB-15");
  });

  it("adds a new measure at the end of its field and refuses an id taken", () => {
    const changed = draft();
    const added = putMeasure(changed, blankMeasure("MOB-15", "mobility"), { isNew: true });
    if (!added.ok) throw new Error(added.key);
    const ids = added.draft.measures.map((m) => m.id);
    expect(ids.indexOf("MOB-15")).toBe(ids.indexOf("MOB-14") + 1);
    expect(putMeasure(added.draft, blankMeasure("MOB-15", "mobility"), { isNew: true })).toEqual({
      ok: false,
      key: "versions.errors.idTaken",
    });
    expect(changed.measures.map((m) => m.id)).not.toContain("MOB-15");
  });

  it("keeps the field of a changed measure and records the comparability decision", () => {
    const changed = draft();
    const measure = { ...structuredClone(measureOf(changed, "SUP-01")), field: "mobility" as const };
    measure.title.en = "Heat planning";
    const put = putMeasure(changed, measure, { isNew: false, comparability: "comparable" });
    if (!put.ok) throw new Error(put.key);
    expect(measureOf(put.draft, "SUP-01").field).toBe("supply_disposal");
    expect(put.draft.comparability).toEqual({ "SUP-01": "comparable" });
    const undecided = putMeasure(put.draft, measure, { isNew: false, comparability: null });
    if (!undecided.ok) throw new Error(undecided.key);
    expect(undecided.draft.comparability).toBeUndefined();
  });

  it("retires a published measure (its id kept) and deletes one added in the draft", () => {
    const changed = draft();
    const added = putMeasure(changed, blankMeasure("MOB-15", "mobility"), { isNew: true });
    if (!added.ok) throw new Error(added.key);
    const retired = retireMeasure(added.draft, "MOB-01", v1);
    if (!retired.ok) throw new Error(retired.key);
    expect(retired.draft.retired).toEqual(["MOB-01"]);
    const deleted = retireMeasure(retired.draft, "MOB-15", v1);
    if (!deleted.ok) throw new Error(deleted.key);
    expect(deleted.draft.retired).toEqual(["MOB-01"]);
    expect(deleted.draft.measures.map((m) => m.id)).not.toContain("MOB-15");
    expect(retiredInDraft(deleted.draft, v1)).toEqual(["MOB-01"]);
    expect(draftProblems(deleted.draft, [v1])).toEqual([]);
  });

  it("restores a measure retired in this draft, as the base version had it", () => {
    const retired = retireMeasure(draft(), "MOB-01", v1);
    if (!retired.ok) throw new Error(retired.key);
    const restored = restoreMeasure(retired.draft, "MOB-01", v1);
    if (!restored.ok) throw new Error(restored.key);
    expect(restored.draft.retired).toBeUndefined();
    expect(measureOf(restored.draft, "MOB-01")).toEqual(measureOf(draft(), "MOB-01"));
    expect(restoreMeasure(restored.draft, "MOB-01", v1)).toEqual({ ok: false, key: "versions.errors.cannotRestore" });
  });

  it("refuses to remove a scope question a condition still uses", () => {
    const changed = draft();
    const used = first(measureOf(changed, "SUP-02").conditions).question;
    expect(removeScopeQuestion(changed, used)).toEqual({ ok: false, key: "versions.errors.questionInUse" });
    const unused = changed.scopeQuestions.find(
      (q) => !changed.measures.some((m) => m.conditions.some((c) => c.question === q.id)),
    );
    if (unused) {
      const removed = removeScopeQuestion(changed, unused.id);
      expect(removed.ok && removed.draft.scopeQuestions.some((q) => q.id === unused.id)).toBe(false);
    }
  });

  it("adds a scope question once", () => {
    const question = structuredClone(first(draft().scopeQuestions));
    const added = putScopeQuestion(draft(), { ...question, id: "de_new_one" }, { isNew: true });
    expect(added.ok).toBe(true);
    expect(putScopeQuestion(draft(), question, { isNew: true })).toEqual({ ok: false, key: "versions.errors.idTaken" });
  });
});

describe("the preview", () => {
  it("shows a marker where the chosen language's text is missing, and only there", () => {
    const changed = draft();
    measureOf(changed, "SUP-01").title.ja = "";
    measureOf(changed, "SUP-01").title.de = "";
    const preview = draftForPreview(changed, "ja", "【未入力】");
    const measure = preview.measures.find((m) => m.id === "SUP-01");
    expect(measure?.title).toEqual({ de: "", en: "Municipal heat planning", ja: "【未入力】" });
  });
});
