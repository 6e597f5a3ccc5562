/**
 * Every check a questionnaire version must pass before it can be used or published:
 * the zod schema, then the cross-references a schema cannot express.
 */
import { fieldsOfAction, implementationStatuses, legalScopeLevels } from "#app/domain/vocabulary";
import { QuestionnaireVersion } from "./schema";

export interface CheckProblem {
  /** Where: a dotted path into the version, e.g. "measures.3.conditions.0.question". */
  path: string;
  message: string;
}

export type CheckResult =
  | { ok: true; version: QuestionnaireVersion; problems: [] }
  | { ok: false; version?: QuestionnaireVersion; problems: CheckProblem[] };

export interface CheckContext {
  /**
   * The versions published before this one. With them, the check also makes sure that
   * a measure id once used is never given to another measure: every earlier id is
   * either still asked or listed under `retired`, and a retired id stays retired.
   */
  earlier?: readonly QuestionnaireVersion[];
}

export function checkQuestionnaire(source: unknown, context: CheckContext = {}): CheckResult {
  const parsed = QuestionnaireVersion.safeParse(source);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    };
  }
  const version = parsed.data;
  const problems = [...crossReferenceProblems(version), ...retiredIdProblems(version, context.earlier ?? [])];
  return problems.length === 0 ? { ok: true, version, problems: [] } : { ok: false, version, problems };
}

/** Retired ids within the version, and (given the earlier versions) across versions. */
function retiredIdProblems(version: QuestionnaireVersion, earlier: readonly QuestionnaireVersion[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const retired = version.retired ?? [];
  const retiredIndex = new Map<string, number>();
  retired.forEach((id, index) => {
    if (retiredIndex.has(id)) problems.push({ path: `retired.${index}`, message: `duplicate retired id ${id}` });
    else retiredIndex.set(id, index);
  });
  version.measures.forEach((measure, index) => {
    if (retiredIndex.has(measure.id)) {
      problems.push({ path: `measures.${index}.id`, message: `${measure.id} is retired and cannot be used again` });
    }
  });
  if (earlier.length === 0) return problems;

  const ordered = [...earlier].sort((a, b) => a.version - b.version);
  const latest = ordered.at(-1);
  /** Every id an earlier version asked or retired → the first version that did. */
  const used = new Map<string, number>();
  for (const previous of ordered) {
    for (const id of [...previous.measures.map((m) => m.id), ...(previous.retired ?? [])]) {
      if (!used.has(id)) used.set(id, previous.version);
    }
  }
  const asked = new Set(version.measures.map((m) => m.id));
  const askedBefore = new Set(latest?.measures.map((m) => m.id));
  version.measures.forEach((measure, index) => {
    const first = used.get(measure.id);
    if (first !== undefined && !askedBefore.has(measure.id)) {
      problems.push({
        path: `measures.${index}.id`,
        message: `${measure.id} was used in version ${first} and retired; a retired id is never reused`,
      });
    }
  });
  for (const [id, first] of used) {
    if (!asked.has(id) && !retiredIndex.has(id)) {
      problems.push({
        path: "retired",
        message: `${id} of version ${first} is neither asked nor listed as retired`,
      });
    }
  }
  retired.forEach((id, index) => {
    if (!used.has(id)) {
      problems.push({ path: `retired.${index}`, message: `${id} was never a measure of an earlier version` });
    }
  });
  return problems;
}

function crossReferenceProblems(version: QuestionnaireVersion): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const firstMeasureIndex = new Map<string, number>();
  version.measures.forEach((measure, index) => {
    const earlier = firstMeasureIndex.get(measure.id);
    if (earlier !== undefined)
      report(`measures.${index}.id`, `duplicate measure id ${measure.id} (also measures.${earlier})`);
    else firstMeasureIndex.set(measure.id, index);
    const prefix = measure.id.slice(0, 3);
    if (fieldPrefixes[measure.field] !== prefix) {
      report(
        `measures.${index}.id`,
        `${measure.id} is in field ${measure.field}, whose ids start with ${fieldPrefixes[measure.field]}`,
      );
    }
  });

  const questions = new Map<string, ReadonlySet<string>>();
  version.scopeQuestions.forEach((question, index) => {
    if (questions.has(question.id)) report(`scopeQuestions.${index}.id`, `duplicate scope question id ${question.id}`);
    if (!question.id.startsWith(`${question.country.toLowerCase()}_`)) {
      report(
        `scopeQuestions.${index}.id`,
        `${question.id} belongs to ${question.country}; its id must start with ${question.country.toLowerCase()}_`,
      );
    }
    const values = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      if (values.has(option.value)) {
        report(
          `scopeQuestions.${index}.options.${optionIndex}.value`,
          `duplicate option ${option.value} in ${question.id}`,
        );
      }
      values.add(option.value);
    });
    questions.set(question.id, values);
  });

  version.measures.forEach((measure, index) => {
    measure.conditions.forEach((condition, conditionIndex) => {
      const path = `measures.${index}.conditions.${conditionIndex}`;
      const options = questions.get(condition.question);
      if (!options) {
        report(`${path}.question`, `${measure.id} refers to unknown scope question ${condition.question}`);
        return;
      }
      condition.answers.forEach((answer, answerIndex) => {
        if (!options.has(answer)) {
          report(`${path}.answers.${answerIndex}`, `${condition.question} has no answer ${answer} (${measure.id})`);
        }
      });
    });
  });

  for (const item of Object.keys(version.comparability ?? {})) {
    if (!firstMeasureIndex.has(item) && !questions.has(item)) {
      report(`comparability.${item}`, `${item} is neither a measure nor a scope question of this version`);
    }
  }

  for (const field of fieldsOfAction) {
    if (!version.measures.some((m) => m.field === field)) report("measures", `no measure in field of action ${field}`);
  }

  const { statusWeights, legalFactors, depthWeights } = version.scoring;
  // A higher status or a wider legal scope must never lower a score.
  implementationStatuses.slice(1).forEach((status, i) => {
    const lower = implementationStatuses[i];
    if (lower && statusWeights[status] < statusWeights[lower]) {
      report(`scoring.statusWeights.${status}`, `weight of ${status} is below that of ${lower}`);
    }
  });
  if (statusWeights.implemented !== 1) report("scoring.statusWeights.implemented", "implemented must weigh 1");
  const strongestFirst = [...legalScopeLevels];
  strongestFirst.slice(1).forEach((level, i) => {
    const stronger = strongestFirst[i];
    if (stronger && legalFactors[level] > legalFactors[stronger]) {
      report(`scoring.legalFactors.${level}`, `factor of ${level} is above that of ${stronger}`);
    }
  });
  if (legalFactors.none !== 0) report("scoring.legalFactors.none", "a measure outside the legal scope must count 0");
  if (!(depthWeights["1"] <= depthWeights["2"] && depthWeights["2"] <= depthWeights["3"])) {
    report("scoring.depthWeights", "depth weights must not decrease with depth");
  }
  return problems;
}

const fieldPrefixes = {
  development_planning: "DEV",
  municipal_assets: "MUN",
  supply_disposal: "SUP",
  mobility: "MOB",
  internal_organisation: "ORG",
  communication_cooperation: "COM",
} as const satisfies Record<(typeof fieldsOfAction)[number], string>;
