import { useTranslation } from "react-i18next";
import { impactApproaches, impactDepths } from "#app/domain/vocabulary";

/** What the classification means: approaches, depths, sectors, effort and potential. */
export function ClassificationHelp() {
  const { t } = useTranslation();
  return (
    <details className="classification-help">
      <summary>{t("catalogue.howToRead")}</summary>
      <dl>
        <dt>{t("catalogue.columns.approach")}</dt>
        <dd>
          {t("catalogue.approachHelp")}
          <ul>
            {impactApproaches.map((approach) => (
              <li key={approach}>{t(`catalogue.approaches.${approach}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t("catalogue.columns.depth")}</dt>
        <dd>
          {t("catalogue.depthHelp")}
          <ul>
            {impactDepths.map((depth) => (
              <li key={depth}>
                <strong>{t("catalogue.depthValue", { depth, label: t(`catalogue.depths.${depth}.label`) })}</strong>
                {t("catalogue.colon")}
                {t(`catalogue.depths.${depth}.help`)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("catalogue.columns.sector")}</dt>
        <dd>{t("catalogue.sectorHelp")}</dd>
        <dt>{t("catalogue.effortAndPotential")}</dt>
        <dd>{t("catalogue.classHelp")}</dd>
      </dl>
    </details>
  );
}
