/**
 * Shown when a save was based on an older revision of the draft: nothing was saved, and
 * the person sees what the other person saved next to their own entries, field by field.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Difference } from "#app/domain/questionnaires/draft-edits";

const partLabels: Record<string, string> = {
  approach: "versions.measure.approach",
  depth: "versions.measure.depth",
  sector: "versions.measure.sector",
  effort: "versions.measure.effort",
  potential: "versions.measure.potential",
  title: "versions.measure.titleLabel",
  description: "versions.measure.description",
  example: "versions.measure.example",
  level: "versions.measure.level",
  basis: "versions.measure.basis",
  reason: "versions.measure.reason",
  uncertain: "versions.measure.uncertain",
  sources: "versions.measure.sources",
  question: "versions.measure.question",
  answers: "versions.measure.answers",
  practicalFactor: "versions.measure.practicalFactor",
  legalLevel: "versions.measure.legalLevel",
  note: "versions.measure.note",
  text: "versions.scopeQuestion.text",
  help: "versions.scopeQuestion.help",
  value: "versions.scopeQuestion.value",
  comparability: "versions.measure.comparability",
};

/** "legalScope.JP.reason.ja" → "Japan · Reason · Japanese". */
export function pathLabel(t: TFunction, path: string): string {
  const segments = path.split(".");
  const words: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? "";
    const previous = segments[i - 1];
    if (segment === "legalScope" || segment === "statusWeights") continue;
    if (segment === "DE" || segment === "JP" || segment === "US") words.push(t(`country.${segment}`));
    else if (segment === "de" || segment === "en" || segment === "ja") words.push(t(`versions.languages.${segment}`));
    else if (/^\d+$/.test(segment) && previous === "conditions") {
      words.push(t("versions.measure.condition", { number: Number(segment) + 1 }));
    } else if (/^\d+$/.test(segment) && previous === "options") {
      words.push(t("versions.scopeQuestion.option", { number: Number(segment) + 1 }));
    } else if (/^\d+$/.test(segment)) words.push(String(Number(segment) + 1));
    else if (segment === "conditions" || segment === "options") continue;
    else words.push(partLabels[segment] ? t(partLabels[segment]) : segment);
  }
  return words.join(" · ");
}

export function ConflictNotice({
  differences,
  reloadHref,
}: {
  differences: readonly Difference[];
  reloadHref: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="form-message form-message-error conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t("versions.conflict.title")}</h2>
      <p>{t("versions.conflict.body")}</p>
      {differences.length === 0 ? (
        <p>{t("versions.conflict.noDifference")}</p>
      ) : (
        <table className="table conflict-table">
          <thead>
            <tr>
              <th scope="col">{t("versions.conflict.field")}</th>
              <th scope="col">{t("versions.conflict.theirs")}</th>
              <th scope="col">{t("versions.conflict.yours")}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.path}>
                <th scope="row">{pathLabel(t, difference.path)}</th>
                <td className="conflict-value">{difference.theirs}</td>
                <td className="conflict-value">{difference.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={reloadHref}>{t("versions.conflict.reload")}</a>
      </p>
    </section>
  );
}
