import { useTranslation } from "react-i18next";
import { groupByField } from "#app/domain/questionnaires/catalogue-filter";
import type { CatalogueMeasure } from "#app/server/questionnaires/catalogue.server";
import { ClassValue } from "./badges";

const columnCount = 7;

/** The measures, grouped by field of action; description and example open per measure. */
export function MeasureTable({ measures }: { measures: CatalogueMeasure[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table catalogue-table measure-table">
        <caption>
          {t("catalogue.measuresCaption")}
          <span className="screen-only caption-hint">{t("catalogue.measuresHint")}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("catalogue.columns.id")}</th>
            <th scope="col">{t("catalogue.columns.measure")}</th>
            <th scope="col">{t("catalogue.columns.approach")}</th>
            <th scope="col">{t("catalogue.columns.depth")}</th>
            <th scope="col">{t("catalogue.columns.sector")}</th>
            <th scope="col">{t("catalogue.columns.effort")}</th>
            <th scope="col">{t("catalogue.columns.potential")}</th>
          </tr>
        </thead>
        {groupByField(measures).map((group) => (
          <tbody key={group.field}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columnCount}>
                {t("catalogue.fieldGroup", {
                  field: t(`catalogue.fields.${group.field}`),
                  count: group.measures.length,
                })}
              </th>
            </tr>
            {group.measures.map((measure) => (
              <tr key={measure.id} id={`measure-${measure.id}`}>
                <th scope="row" className="measure-id">
                  {measure.id}
                </th>
                <td className="measure-cell">
                  <details className="measure-details">
                    <summary>{measure.title}</summary>
                    <dl>
                      <dt>{t("catalogue.description")}</dt>
                      <dd>{measure.description}</dd>
                      <dt>{t("catalogue.example")}</dt>
                      <dd>{measure.example}</dd>
                    </dl>
                    <p className="to-scope">
                      <a href={`#scope-${measure.id}`}>{t("catalogue.toScope", { id: measure.id })}</a>
                    </p>
                  </details>
                </td>
                <td>{t(`catalogue.approaches.${measure.approach}`)}</td>
                <td>
                  <span className={`depth-value depth-${measure.depth}`}>
                    {t("catalogue.depthValue", {
                      depth: measure.depth,
                      label: t(`catalogue.depths.${measure.depth}.label`),
                    })}
                  </span>
                </td>
                <td>{t(`catalogue.sectors.${measure.sector}`)}</td>
                <td>
                  <ClassValue level={measure.effort} />
                </td>
                <td>
                  <ClassValue level={measure.potential} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
