import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { BalanceForm } from "#app/components/balances/balance-form";
import { useBalanceFormat } from "#app/components/balances/format";
import { balanceToFields, earliestYear, latestYear } from "#app/domain/balances/fields";
import { findBalanceToEdit } from "#app/server/balances/balances.server";
import { requireBalanceEditor } from "#app/server/balances/editing.server";
import { submitBalanceForm } from "#app/server/balances/forms.server";
import { notFound } from "#app/server/core/errors.server";
import { getTranslator } from "#app/server/core/i18n.server";
import balanceStyles from "#app/styles/balances.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: balanceStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

const Year = z.coerce.number().int().min(earliestYear).max(latestYear);

function yearOf(param: string | undefined): number {
  const year = Year.safeParse(param);
  if (!year.success || String(year.data) !== param) notFound();
  return year.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, database, municipality } = await requireBalanceEditor(request, params.id);
  const year = yearOf(params.year);
  const balance = await findBalanceToEdit(database, actor, municipality.id, year);
  if (!balance) notFound();
  const t = await getTranslator(request);
  const values = Object.fromEntries(
    Object.entries(balanceToFields(balance)).map(([key, value]) => [key, value === null ? "" : String(value)]),
  );
  return {
    title: `${t("balances.form.editTitle", { name: municipality.name_native, year })} – ${t("app.shortName")}`,
    municipality,
    year,
    values,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, database, municipality } = await requireBalanceEditor(request, params.id);
  const year = yearOf(params.year);
  const id = municipality.id;
  const outcome = await submitBalanceForm(database, request, actor, id, { mode: "update", year });
  if (outcome.kind === "saved") return redirect(`/municipalities/${id}/balances?saved=${outcome.year}`);
  if (outcome.kind === "deleted") return redirect(`/municipalities/${id}/balances?deleted=${outcome.year}`);
  if (outcome.kind !== "form") notFound();
  const { kind: _kind, status, ...form } = outcome;
  return data(form, { status });
}

export default function EditBalance() {
  const { municipality, year, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const format = useBalanceFormat();
  const yearLabel = format.year(year, municipality.country);
  const deleteProblem = result?.problems.find((p) => p.field === "confirmDelete");
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/municipalities/${municipality.id}/balances`}>
          {t("balances.pageTitle", { name: municipality.name_native })}
        </Link>
      </p>
      <h1>{t("balances.form.editTitle", { name: municipality.name_native, year: yearLabel })}</h1>
      <p>{t("balances.form.intro")}</p>
      <BalanceForm
        mode="update"
        values={result && !deleteProblem ? result.values : values}
        problems={deleteProblem ? [] : (result?.problems ?? [])}
        warnings={result?.warnings ?? null}
        token={result?.token ?? null}
      />
      <section className="danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t("balances.form.deleteTitle")}</h2>
        <p>{t("balances.form.deleteIntro")}</p>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="delete" />
          <label className="choice">
            <input
              type="checkbox"
              name="confirmDelete"
              value="on"
              aria-invalid={deleteProblem ? true : undefined}
              aria-describedby={deleteProblem ? "confirm-delete-error" : undefined}
            />
            <span>{t("balances.form.deleteConfirm", { year: yearLabel })}</span>
          </label>
          {deleteProblem ? (
            <p className="field-error" id="confirm-delete-error">
              {t(deleteProblem.key)}
            </p>
          ) : null}
          <button type="submit" className="button button-danger">
            {t("balances.form.delete")}
          </button>
        </Form>
      </section>
    </>
  );
}
