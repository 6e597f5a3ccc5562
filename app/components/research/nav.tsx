/**
 * The research workspace's sub-navigation, shown at the top of every /research page.
 * The current section is marked with aria-current (NavLink does it), not by colour alone.
 */
import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export const researchSections = [
  { key: "questionnaires", to: "/research/questionnaires" },
  { key: "submissions", to: "/research/submissions" },
  { key: "analysis", to: "/research/analysis" },
  { key: "exports", to: "/research/exports" },
  { key: "balances", to: "/research/balances" },
  { key: "tokens", to: "/research/tokens" },
] as const;

export type ResearchSection = (typeof researchSections)[number]["key"];

export function ResearchNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("research.nav.label")} className="research-nav no-print">
      <ul>
        {researchSections.map((section) => (
          <li key={section.key}>
            <NavLink to={section.to} prefetch="intent">
              {t(`research.nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
