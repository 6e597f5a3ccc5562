import type { QuestionnaireVersionSource } from "#app/domain/questionnaires/schema";
import communicationCooperation from "./measures/communication-cooperation.json";
import developmentPlanning from "./measures/development-planning.json";
import internalOrganisation from "./measures/internal-organisation.json";
import mobility from "./measures/mobility.json";
import municipalAssets from "./measures/municipal-assets.json";
import supplyDisposal from "./measures/supply-disposal.json";
import scopeQuestions from "./scope-questions.json";
import scoring from "./scoring.json";
import meta from "./version.json";

/** Version 1 as written in its source files (unvalidated: parse it with the schema). */
export const versionOneSource: unknown = {
  ...meta,
  scopeQuestions,
  measures: [
    ...developmentPlanning,
    ...municipalAssets,
    ...supplyDisposal,
    ...mobility,
    ...internalOrganisation,
    ...communicationCooperation,
  ],
  scoring,
} satisfies Partial<Record<keyof QuestionnaireVersionSource, unknown>>;
