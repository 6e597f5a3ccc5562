// npm run questionnaire:check: validates every questionnaire version in questionnaires/
// and that no published version has changed since it was published.
import { checkQuestionnaire } from "#app/domain/questionnaire/check";
import { contentHash } from "#app/server/questionnaires.server";
import { publishedHashes, publishedSources } from "#questionnaires/index";

let failed = false;
for (const { version: number, source } of publishedSources) {
  const result = checkQuestionnaire(source);
  if (!result.ok) {
    failed = true;
    console.error(`questionnaires/v${number}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${problem.path || "(root)"}: ${problem.message}`);
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
  const { measures, scopeQuestions } = result.version;
  console.log(
    `questionnaires/v${number}: ok (${measures.length} measures, ${scopeQuestions.length} scope questions, ${hash})`,
  );
}
if (failed) process.exitCode = 1;
