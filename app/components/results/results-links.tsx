/** The link block from a round's questionnaire to its profile and recommendations. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ResultsLinks({ assessmentId, provisional }: { assessmentId: string; provisional: boolean }) {
  const { t } = useTranslation();
  return (
    <aside className="card results-links" aria-labelledby="results-links-heading">
      <h2 id="results-links-heading">{t("profile.links.title")}</h2>
      <ul className="plain">
        <li>
          <Link to={`/assessments/${assessmentId}/profile`}>{t("profile.links.profile")}</Link>
          <span className="muted"> – {t("profile.links.profileHelp")}</span>
        </li>
        <li>
          <Link to={`/assessments/${assessmentId}/recommendations`}>{t("profile.links.recommendations")}</Link>
          <span className="muted"> – {t("profile.links.recommendationsHelp")}</span>
        </li>
      </ul>
      {provisional ? <p className="muted">{t("profile.links.provisional")}</p> : null}
    </aside>
  );
}
