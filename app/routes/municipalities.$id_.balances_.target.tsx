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
import { BalanceField } from "#app/components/balances/balance-field";
import { FormMessage } from "#app/components/form-field";
import type { Problem } from "#app/domain/balances/fields";
import { findTargetToEdit } from "#app/server/balances/balances.server";
import { requireBalanceEditor } from "#app/server/balances/editing.server";
import { submitTargetForm } from "#app/server/balances/forms.server";
import { notFound } from "#app/server/core/errors.server";
import { getTranslator } from "#app/server/core/i18n.server";
import balanceStyles from "#app/styles/balances.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: balanceStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, database, municipality } = await requireBalanceEditor(request, params.id);
  const target = await findTargetToEdit(database, actor, municipality.id);
  const t = await getTranslator(request);
  const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
  return {
    title: `${t("balances.target.formTitle", { name: municipality.name_native })} – ${t("app.shortName")}`,
    municipality,
    values: {
      base_year: text(target?.baseYear),
      base_year_total: text(target?.baseYearTotal),
      target_year: text(target?.targetYear),
      reduction_percent: text(target?.reductionPercent),
      net_zero_year: text(target?.netZeroYear),
    } as Record<string, string>,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, database, municipality } = await requireBalanceEditor(request, params.id);
  const id = municipality.id;
  const outcome = await submitTargetForm(database, request, actor, id);
  if (outcome.kind === "saved") return redirect(`/municipalities/${id}/balances?targetSaved=1`);
  if (outcome.kind === "not_found") notFound();
  return data({ values: outcome.values, problems: outcome.problems }, { status: outcome.status });
}

const fields = [
  { name: "base_year", required: true },
  { name: "base_year_total", required: false },
  { name: "target_year", required: false },
  { name: "reduction_percent", required: false },
  { name: "net_zero_year", required: false },
] as const;

export default function TargetForm() {
  const { municipality, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const shown: Record<string, string> = result?.values ?? values;
  const problems = new Map<string, Problem>((result?.problems ?? []).map((p) => [p.field, p]));
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/municipalities/${municipality.id}/balances`}>
          {t("balances.pageTitle", { name: municipality.name_native })}
        </Link>
      </p>
      <h1>{t("balances.target.formTitle", { name: municipality.name_native })}</h1>
      <p>{t("balances.target.formIntro")}</p>
      {problems.size > 0 ? <FormMessage tone="error">{t("balances.form.notSaved")}</FormMessage> : null}
      <Form method="post" className="stack narrow" noValidate>
        {fields.map(({ name, required }) => (
          <BalanceField
            key={name}
            id={`target-${name}`}
            label={t(`balances.target.fields.${name}`)}
            hint={t(`balances.target.hints.${name}`)}
            required={required}
            problem={problems.get(name)}
          >
            {({ id, invalid, describedBy }) => (
              <input
                id={id}
                name={name}
                type="text"
                inputMode="decimal"
                defaultValue={shown[name] ?? ""}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                autoComplete="off"
              />
            )}
          </BalanceField>
        ))}
        <button type="submit" className="button">
          {t("balances.target.save")}
        </button>
      </Form>
    </>
  );
}
