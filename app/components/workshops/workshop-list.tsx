/** Workshops as a table: title (linked to the dossier), date, place, languages, number of cities. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { WorkshopSummary } from "#app/server/workshops/workshops.server";

export function WorkshopList({ workshops }: { workshops: readonly WorkshopSummary[] }) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  return (
    <table className="table">
      <caption className="visually-hidden">{t("workshops.listCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("workshops.columns.title")}</th>
          <th scope="col">{t("workshops.columns.date")}</th>
          <th scope="col">{t("workshops.columns.place")}</th>
          <th scope="col">{t("workshops.columns.languages")}</th>
          <th scope="col">{t("workshops.columns.cities")}</th>
        </tr>
      </thead>
      <tbody>
        {workshops.map((workshop) => (
          <tr key={workshop.id}>
            <td>
              <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
            </td>
            <td>{dateFormat.format(new Date(`${workshop.heldOn}T00:00:00Z`))}</td>
            <td>{workshop.place}</td>
            <td>{workshop.languages.map((l) => t(`language.${l}`)).join(t("workshops.dossier.listSeparator"))}</td>
            <td>{workshop.municipalityCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
