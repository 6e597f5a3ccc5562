import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormMessage } from "#app/components/form-field";
import { SharingLevel, sharingLevels } from "#app/domain/municipalities/municipality";
import { inScope, municipalityManageScope, requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import { findVisibleMunicipality, updateSharing } from "#app/server/municipalities/municipalities.server";
import { municipalityOutcomes } from "#app/server/municipalities/outcomes.server";
import { partnershipsOfMunicipality } from "#app/server/partnerships/partnerships.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const municipality = await findVisibleMunicipality(database, actor, params.id ?? "");
  if (!municipality) notFound();
  const t = await getTranslator(request);
  return {
    title: `${municipality.name_native} – ${t("app.shortName")}`,
    municipality,
    partnerships: await partnershipsOfMunicipality(database, municipality.id),
    canManage: inScope(municipalityManageScope(actor), municipality.id),
  };
}

const SharingForm = z.object({ sharing: SharingLevel });

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const id = params.id ?? "";
  // Not theirs to manage: the same answer as for a municipality that does not exist.
  if (!inScope(municipalityManageScope(actor), id)) notFound();
  const form = await readForm(request, SharingForm);
  if (!form.ok) {
    const { status, messageKey } = outcomeAnswer(municipalityOutcomes, "invalid");
    return data({ saved: false, error: messageKey }, { status });
  }
  const result = await updateSharing(await db(), actor, id, form.data.sharing);
  if (result.outcome === "not_found") notFound();
  return { saved: true, error: null };
}

export default function MunicipalityPage() {
  const { municipality, partnerships, canManage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <h1>
        {municipality.name_native} {municipality.is_demo ? <span className="badge">{t("app.demoBadge")}</span> : null}
      </h1>
      {municipality.name_en !== municipality.name_native ? <p className="muted">{municipality.name_en}</p> : null}
      <dl className="facts">
        <dt>{t("municipality.country")}</dt>
        <dd>{t(`country.${municipality.country}`)}</dd>
        <dt>{t("municipality.region")}</dt>
        <dd>{municipality.region}</dd>
        <dt>{t("municipality.kind")}</dt>
        <dd>{t(`municipality.kinds.${municipality.kind}`, { defaultValue: municipality.kind })}</dd>
        <dt>{t("municipality.population")}</dt>
        <dd>{number.format(municipality.population)}</dd>
        <dt>{t("municipality.sizeClass")}</dt>
        <dd>{t(`municipality.sizeClasses.${municipality.size_class}`)}</dd>
      </dl>

      <section aria-labelledby="balances-heading">
        <h2 id="balances-heading">{t("balances.title")}</h2>
        <p>
          <Link to={`/municipalities/${municipality.id}/balances`}>{t("balances.linkFromMunicipality")}</Link>
        </p>
      </section>

      <h2>{t("municipality.partnerships")}</h2>
      {partnerships.length === 0 ? (
        <p>{t("municipality.noPartnerships")}</p>
      ) : (
        <ul>
          {partnerships.map((p) => {
            const other =
              p.a_id === municipality.id
                ? { id: p.b_id, name: p.b_name, country: p.b_country }
                : { id: p.a_id, name: p.a_name, country: p.a_country };
            return (
              <li key={p.id}>
                <Link to={`/municipalities/${other.id}`}>{other.name}</Link> ({t(`country.${other.country}`)}) –{" "}
                {t(`partnership.kinds.${p.kind}`)}
                {p.since_year ? `, ${t("partnership.since", { year: p.since_year })}` : ""} ·{" "}
                {t(`partnerships.statuses.${p.status}`)}
                {p.contact ? (
                  <>
                    <br />
                    <span className="muted">
                      {t("partnerships.columns.contact")}: {p.contact}
                    </span>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      {canManage ? (
        <section aria-labelledby="sharing-heading">
          <h2 id="sharing-heading">{t("sharing.title")}</h2>
          <p>{t("sharing.intro")}</p>
          {result?.saved ? <FormMessage tone="success">{t("sharing.saved")}</FormMessage> : null}
          {result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
          <Form method="post" className="stack">
            <fieldset>
              <legend>{t("sharing.legend")}</legend>
              {sharingLevels.map((level) => (
                <label key={level} className="choice">
                  <input type="radio" name="sharing" value={level} defaultChecked={municipality.sharing === level} />
                  <span>
                    <strong>{t(`sharing.levels.${level}.label`)}</strong>
                    <br />
                    <span className="muted">{t(`sharing.levels.${level}.help`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button">
              {t("sharing.save")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
