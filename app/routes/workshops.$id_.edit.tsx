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
import { WorkshopForm } from "#app/components/workshops/workshop-form";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getTranslator } from "#app/server/core/i18n.server";
import {
  findWorkshop,
  municipalityChoicesWithSharing,
  readWorkshopForm,
  updateWorkshop,
} from "#app/server/workshops/workshops.server";
import workshopStyles from "#app/styles/workshops.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: workshopStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const database = await db();
  const workshop = await findWorkshop(database, actor, params.id ?? "");
  if (!workshop) notFound();
  const t = await getTranslator(request);
  return {
    title: `${t("workshops.editTitle")}: ${workshop.title} – ${t("app.shortName")}`,
    workshop: {
      id: workshop.id,
      title: workshop.title,
      heldOn: workshop.heldOn,
      place: workshop.place,
      languages: workshop.languages,
      municipalityIds: workshop.municipalities.map((m) => m.id),
    },
    municipalities: await municipalityChoicesWithSharing(database),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const form = await readWorkshopForm(request);
  // A save refused for its content (an unknown municipality) answers like a refused form.
  const result = form.ok ? await updateWorkshop(await db(), actor, params.id ?? "", form.data) : form;
  if (!result) notFound();
  if (!result.ok) return data({ errors: result.errors }, { status: 400 });
  throw redirect(`/workshops/${result.id}?saved=1`);
}

export default function EditWorkshop() {
  const { workshop, municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <p>
        <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
      </p>
      <h1>{t("workshops.editTitle")}</h1>
      <WorkshopForm
        values={workshop}
        municipalities={municipalities}
        errors={result?.errors ?? {}}
        submitLabel={t("workshops.save")}
      />
    </section>
  );
}
