/** Navigation between a round's questionnaire, profile and recommendations, and printing. */
import { Link } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

export function ResultsNav({
  assessmentId,
  municipality,
  current,
  showQuestionnaire,
}: {
  assessmentId: string;
  municipality: { id: string; name: string };
  current: "profile" | "recommendations";
  showQuestionnaire: boolean;
}) {
  const { t } = useTranslation();
  const link = (to: string, label: string, here: boolean) => (
    <li>
      {here ? (
        <span aria-current="page" className="profile-nav-current">
          {label}
        </span>
      ) : (
        <Link to={to}>{label}</Link>
      )}
    </li>
  );
  return (
    <nav aria-label={t("profile.nav.label")} className="profile-nav">
      <ul>
        <li>
          <Link to={`/municipalities/${municipality.id}`}>{municipality.name}</Link>
        </li>
        {showQuestionnaire ? link(`/assessments/${assessmentId}`, t("profile.nav.questionnaire"), false) : null}
        {link(`/assessments/${assessmentId}/profile`, t("profile.nav.profile"), current === "profile")}
        {link(
          `/assessments/${assessmentId}/recommendations`,
          t("profile.nav.recommendations"),
          current === "recommendations",
        )}
      </ul>
      <PrintButton />
    </nav>
  );
}

function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-small profile-print" onClick={() => window.print()}>
      {t("profile.print")}
    </button>
  );
}

/**
 * Printing shows what is folded away on screen (data tables, explanations): every
 * closed <details> opens for the print and closes again afterwards.
 */
export function useOpenDetailsForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("main details:not([open])")];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
}
