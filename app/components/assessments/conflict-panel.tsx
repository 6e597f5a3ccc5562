import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerValue } from "#app/domain/assessments/protocol";
import type { Difference } from "./autosave";

/** Two people answered the same questions differently: the person picks per question. */
export function ConflictPanel({
  differences,
  titleOf,
  onApply,
}: {
  differences: readonly Difference[];
  titleOf: (question: string) => string;
  onApply: (keep: Record<string, "mine" | "theirs">) => void;
}) {
  const { t } = useTranslation();
  const [keep, setKeep] = useState<Record<string, "mine" | "theirs">>(() =>
    Object.fromEntries(differences.map((d) => [d.question, "mine" as const])),
  );
  const show = (value: AnswerValue | null) => (value === null ? t("questionnaire.conflict.empty") : String(value));
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t("questionnaire.conflict.title")}</h2>
      <p>{t("questionnaire.conflict.intro")}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("questionnaire.conflict.question")}</th>
            <th scope="col">{t("questionnaire.conflict.yours")}</th>
            <th scope="col">{t("questionnaire.conflict.theirs")}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => (
            <tr key={difference.question} data-question={difference.question}>
              <th scope="row">{titleOf(difference.question)}</th>
              <td>
                <label className="choice">
                  <input
                    type="radio"
                    name={`keep-${difference.question}`}
                    checked={keep[difference.question] === "mine"}
                    onChange={() => setKeep({ ...keep, [difference.question]: "mine" })}
                  />
                  <span>
                    {t("questionnaire.conflict.keepMine")}: {show(difference.mine)}
                  </span>
                </label>
              </td>
              <td>
                <label className="choice">
                  <input
                    type="radio"
                    name={`keep-${difference.question}`}
                    checked={keep[difference.question] === "theirs"}
                    onChange={() => setKeep({ ...keep, [difference.question]: "theirs" })}
                  />
                  <span>
                    {t("questionnaire.conflict.takeTheirs")}: {show(difference.theirs)}
                  </span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => onApply(keep)}>
        {t("questionnaire.conflict.apply")}
      </button>
    </section>
  );
}
