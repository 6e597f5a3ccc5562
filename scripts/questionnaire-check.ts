// npm run questionnaire:check: validates every questionnaire version in questionnaires/
// and that no published version has changed since it was published.
import { checkQuestionnaire } from "#app/domain/questionnaires/check";
import type { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import { checkWording } from "#app/server/questionnaires/check-wording.server";
import { contentHash } from "#app/server/questionnaires/published.server";
import { publishedHashes, publishedSources } from "#questionnaires/index";

const wording = await checkWording("en");
let failed = false;
const earlier: QuestionnaireVersion[] = [];
for (const { version: number, source } of publishedSources) {
  // Each version is checked against the ones before it: a retired id is never reused.
  const result = checkQuestionnaire(source, { earlier });
  if (!result.ok) {
    failed = true;
    console.error(`questionnaires/v${number}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${problem.path || "(root)"}: ${wording(problem)}`);
    continue;
  }
  const hash = contentHash(result.version);
  const pinned = publishedHashes[String(number)];
  if (pinned !== hash) {
    failed = true;
    console.error(
      `questionnaires/v${number}: content hash ${hash} differs from the published hash ${pinned ?? "(none)"} in questionnaires/published.json. A published version must never change: put changes into a new version.`,
    );
    continue;
  }
  earlier.push(result.version);
  const { measures, scopeQuestions } = result.version;
  console.log(
    `questionnaires/v${number}: ok (${measures.length} measures, ${scopeQuestions.length} scope questions, ${hash})`,
  );
}
if (failed) process.exitCode = 1;
