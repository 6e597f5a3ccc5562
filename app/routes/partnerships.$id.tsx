import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PartnershipForm } from "#app/components/partnerships/partnership-form";
import { PartnershipForm as PartnershipSchema } from "#app/domain/partnerships/partnership";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { formFailure } from "#app/server/core/outcomes.server";
import { listMunicipalityChoices } from "#app/server/municipalities/municipalities.server";
import { partnershipOutcomes } from "#app/server/partnerships/outcomes.server";
import { findPartnership, updatePartnership } from "#app/server/partnerships/partnerships.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** Editing a recorded partnership: admins and researchers only (404 for everyone else). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const database = await db();
  const partnership = await findPartnership(database, actor, params.id ?? "");
  if (!partnership) notFound();
  const t = await getTranslator(request);
  return {
    title: `${t("partnerships.editTitle")} – ${t("app.shortName")}`,
    values: {
      municipalityAId: partnership.municipality_a_id,
      municipalityBId: partnership.municipality_b_id,
      kind: partnership.kind,
      status: partnership.status,
      sinceYear: partnership.since_year === null ? "" : String(partnership.since_year),
      contact: partnership.contact ?? "",
    },
    municipalities: await listMunicipalityChoices(database, [
      partnership.municipality_a_id,
      partnership.municipality_b_id,
    ]),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const form = await readForm(request, PartnershipSchema);
  if (!form.ok) return data({ errors: form.errors }, { status: 400 });
  const result = await updatePartnership(await db(), actor, params.id ?? "", form.data);
  if (!result) notFound();
  if (!result.ok) return formFailure(partnershipOutcomes, result.outcome, {}, result.field);
  throw redirect("/partnerships");
}

export default function EditPartnership() {
  const { values, municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <p>
        <Link to="/partnerships">{t("partnerships.back")}</Link>
      </p>
      <h1>{t("partnerships.editTitle")}</h1>
      <PartnershipForm
        values={values}
        municipalities={municipalities}
        errors={result?.errors ?? {}}
        submitLabel={t("partnerships.save")}
      />
    </section>
  );
}
