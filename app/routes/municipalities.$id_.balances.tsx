import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BalanceAnalysisView } from "#app/components/balances/analysis-view";
import { FormMessage } from "#app/components/form-field";
import { balanceAnalysis } from "#app/domain/balances/analysis";
import { balanceWriteScope, inScope, requireActor } from "#app/server/access/permissions.server";
import { municipalityBalances } from "#app/server/balances/balances.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { findVisibleMunicipality } from "#app/server/municipalities/municipalities.server";
import balanceStyles from "#app/styles/balances.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: balanceStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const municipality = await findVisibleMunicipality(database, actor, params.id ?? "");
  if (!municipality) notFound();
  const stored = await municipalityBalances(database, actor, municipality.id);
  if (!stored) notFound();
  const t = await getTranslator(request);
  return {
    title: `${t("balances.pageTitle", { name: municipality.name_native })} – ${t("app.shortName")}`,
    municipality,
    balances: stored.balances,
    target: stored.target,
    analysis: balanceAnalysis(stored.balances, stored.target),
    canWrite: inScope(balanceWriteScope(actor), municipality.id),
  };
}

export default function MunicipalityBalances() {
  const { municipality, balances, target, analysis, canWrite } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const saved = search.get("saved");
  const deleted = search.get("deleted");
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/municipalities/${municipality.id}`}>{municipality.name_native}</Link>
      </p>
      <h1>{t("balances.pageTitle", { name: municipality.name_native })}</h1>
      <p className="lead">{t("balances.intro")}</p>
      {saved ? <FormMessage tone="success">{t("balances.saved")}</FormMessage> : null}
      {deleted ? <FormMessage tone="success">{t("balances.deleted")}</FormMessage> : null}
      {search.get("targetSaved") ? <FormMessage tone="success">{t("balances.target.saved")}</FormMessage> : null}
      {canWrite ? (
        <ul className="actions">
          <li>
            <Link className="button" to="new">
              {t("balances.addBalance")}
            </Link>
          </li>
          <li>
            <Link className="button button-secondary" to="target">
              {target ? t("balances.target.edit") : t("balances.target.set")}
            </Link>
          </li>
        </ul>
      ) : null}
      <BalanceAnalysisView
        country={municipality.country}
        balances={balances}
        target={target}
        analysis={analysis}
        editBase={canWrite ? `/municipalities/${municipality.id}/balances` : null}
      />
    </>
  );
}
