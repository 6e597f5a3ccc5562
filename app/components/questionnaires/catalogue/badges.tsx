import { useTranslation } from "react-i18next";
import type { ClassLevel, LegalScopeLevel } from "#app/domain/vocabulary";

/** A shape per level, so that the badges differ in greyscale print too (the text says it all). */
const levelShapes: Record<LegalScopeLevel, string> = { mandatory: "◆", full: "●", partial: "◐", none: "○" };

/** A legal scope level: colour, shape and its name, never colour alone. */
export function LevelBadge({ level }: { level: LegalScopeLevel }) {
  const { t } = useTranslation();
  return (
    <span className={`level-badge level-${level}`}>
      <span className="level-shape" aria-hidden="true">
        {levelShapes[level]}
      </span>
      {t(`catalogue.levels.${level}.label`)}
    </span>
  );
}

/** Marks a legal scope reading whose sources were missing or conflicting. */
export function UncertainFlag() {
  const { t } = useTranslation();
  return (
    <span className="uncertain-flag">
      <span className="uncertain-shape" aria-hidden="true">
        ?
      </span>
      {t("catalogue.uncertain")}
    </span>
  );
}

const classDots: Record<ClassLevel, number> = { low: 1, medium: 2, high: 3 };

/** Effort or potential class: its name, with one to three filled dots for the eye. */
export function ClassValue({ level }: { level: ClassLevel }) {
  const { t } = useTranslation();
  return (
    <span className="class-value">
      <span className="class-dots" aria-hidden="true">
        {"●".repeat(classDots[level])}
        {"○".repeat(3 - classDots[level])}
      </span>
      {t(`catalogue.classes.${level}`)}
    </span>
  );
}
