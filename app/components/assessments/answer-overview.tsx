import { useTranslation } from "react-i18next";
import type { AnswerRow } from "#app/domain/questionnaires/answer-summary";

/**
 * The answers as a plain table: readable without JavaScript, and what prints (the
 * interactive survey is hidden in print).
 */
export function AnswerOverview({ assessmentId, rows }: { assessmentId: string; rows: readonly AnswerRow[] }) {
  const { t } = useTranslation();
  return (
    <section className="answer-overview" aria-labelledby="answer-overview-title">
      <h2 id="answer-overview-title">{t("questionnaire.export.title")}</h2>
      <p className="no-print">
        <a href={`/assessments/${assessmentId}/answers.json`} download>
          {t("questionnaire.export.json")}
        </a>
        {" · "}
        <a href={`/assessments/${assessmentId}/answers.csv`} download>
          {t("questionnaire.export.csv")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t("questionnaire.export.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("questionnaire.export.question")}</th>
              <th scope="col">{t("questionnaire.export.answer")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <td>
                  <span className="muted">{row.page}</span>
                  <br />
                  {row.question}
                </td>
                <td>{row.answer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
