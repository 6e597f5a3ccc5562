/**
 * The scoring input straight from the stored answers' JSON text, for recomputing every
 * profile at national scale: parsing each assessment's full answers (comments, years,
 * evidence) costs more than scoring it, and scoring needs only the status and scope
 * answers. The result equals `scoringInput(version, country, JSON.parse(json))` for
 * every text JSON.stringify produces from stored answers (the property test checks it
 * against comments full of quotes, backslashes and look-alike keys).
 *
 * Why a pattern is safe here: in JSON text every quote inside a string is escaped (\"),
 * so `"<name>":"<value>"` with unescaped quotes can only be a key and its value, never
 * text inside a comment. Status values and scope options are lower-case identifiers
 * (the schemas enforce it); a value of any other form is not a possible answer and is
 * ignored, exactly as scoring would ignore it.
 */
import { measureStatuses } from "#app/domain/assessments/answers";
import type { Country, QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import type { MeasureStatus, ProfileInput } from "./profile";

const answerPattern = /"(?:scope_([a-z][a-z0-9_]*)|([A-Z]{3})_(\d{2})_status)":"([a-z][a-z0-9_]*)"/g;
const statuses: ReadonlySet<string> = new Set(measureStatuses);

interface Lookup {
  measureIds: ReadonlySet<string>;
  scopeQuestions: Readonly<Record<Country, ReadonlySet<string>>>;
}

const lookups = new WeakMap<QuestionnaireVersion, Lookup>();

function lookupOf(version: QuestionnaireVersion): Lookup {
  let lookup = lookups.get(version);
  if (!lookup) {
    const questionsOf = (country: Country) =>
      new Set(version.scopeQuestions.filter((q) => q.country === country).map((q) => q.id));
    lookup = {
      measureIds: new Set(version.measures.map((m) => m.id)),
      scopeQuestions: { DE: questionsOf("DE"), JP: questionsOf("JP"), US: questionsOf("US") },
    };
    lookups.set(version, lookup);
  }
  return lookup;
}

export function scoringInputFromJson(version: QuestionnaireVersion, country: Country, json: string): ProfileInput {
  const { measureIds, scopeQuestions } = lookupOf(version);
  const ownQuestions = scopeQuestions[country];
  const scopeAnswers: Record<string, string> = {};
  const measureStatuses: Record<string, MeasureStatus> = {};
  for (const match of json.matchAll(answerPattern)) {
    const [, question, prefix, number, value = ""] = match;
    if (question !== undefined) {
      if (ownQuestions.has(question)) scopeAnswers[question] = value;
    } else {
      const id = `${prefix}-${number}`;
      if (measureIds.has(id) && statuses.has(value)) measureStatuses[id] = value as MeasureStatus;
    }
  }
  return { country, scopeAnswers, measureStatuses };
}
