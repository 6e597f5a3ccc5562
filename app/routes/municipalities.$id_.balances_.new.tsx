import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BalanceForm } from "#app/components/balances/balance-form";
import { latestBalanceOf } from "#app/server/balances/balances.server";
import { requireBalanceEditor } from "#app/server/balances/editing.server";
import { submitBalanceForm } from "#app/server/balances/forms.server";
import { notFound } from "#app/server/core/errors.server";
import { getTranslator } from "#app/server/core/i18n.server";
import balanceStyles from "#app/styles/balances.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: balanceStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, database, municipality } = await requireBalanceEditor(request, params.id);
  const t = await getTranslator(request);
  // The method of the latest balance is the likely method of the next one.
  const latest = await latestBalanceOf(database, actor, municipality.id);
  return {
    title: `${t("balances.form.newTitle", { name: municipality.name_native })} – ${t("app.shortName")}`,
    municipality,
    defaults: (latest
      ? {
          emissions_unit: "t",
          standard: latest.method.standard,
          electricity: latest.method.electricity,
          data_quality: latest.method.dataQuality,
        }
      : {}) as Record<string, string>,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, database, municipality } = await requireBalanceEditor(request, params.id);
  const id = municipality.id;
  const outcome = await submitBalanceForm(database, request, actor, id, { mode: "create" });
  if (outcome.kind === "saved") return redirect(`/municipalities/${id}/balances?saved=${outcome.year}`);
  if (outcome.kind !== "form") notFound();
  const { kind: _kind, status, ...form } = outcome;
  return data(form, { status });
}

export default function NewBalance() {
  const { municipality, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/municipalities/${municipality.id}/balances`}>
          {t("balances.pageTitle", { name: municipality.name_native })}
        </Link>
      </p>
      <h1>{t("balances.form.newTitle", { name: municipality.name_native })}</h1>
      <p>{t("balances.form.intro")}</p>
      <p className="muted">
        {t("balances.form.registeredPopulation", {
          population: new Intl.NumberFormat(i18n.language).format(municipality.population),
        })}
      </p>
      <BalanceForm
        mode="create"
        values={result?.values ?? defaults}
        problems={result?.problems ?? []}
        warnings={result?.warnings ?? null}
        token={result?.token ?? null}
      />
    </>
  );
}
