import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WorkshopForm } from "#app/components/workshops/workshop-form";
import { WorkshopList } from "#app/components/workshops/workshop-list";
import { hasRole, isStaff, requireActor, requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getTranslator } from "#app/server/core/i18n.server";
import {
  createWorkshop,
  listWorkshops,
  municipalityChoicesWithSharing,
  readWorkshopForm,
} from "#app/server/workshops/workshops.server";
import workshopStyles from "#app/styles/workshops.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: workshopStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** Researchers and admins: every workshop and the form for a new one; participants: their own. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!isStaff(actor) && !hasRole(actor, "participant")) notFound();
  const database = await db();
  const t = await getTranslator(request);
  return {
    title: `${t("workshops.title")} – ${t("app.shortName")}`,
    workshops: await listWorkshops(database, actor),
    municipalities: isStaff(actor) ? await municipalityChoicesWithSharing(database) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const form = await readWorkshopForm(request);
  // A save refused for its content (an unknown municipality) answers like a refused form.
  const result = form.ok ? await createWorkshop(await db(), actor, form.data) : form;
  if (!result.ok) return data({ errors: result.errors }, { status: 400 });
  throw redirect(`/workshops/${result.id}`);
}

export default function Workshops() {
  const { workshops, municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("workshops.title")}</h1>
      <p className="lead">{t("workshops.intro")}</p>
      {workshops.length === 0 ? (
        <p>{t(municipalities ? "workshops.none" : "workshops.noneInvited")}</p>
      ) : (
        <WorkshopList workshops={workshops} />
      )}
      {municipalities ? (
        <section aria-labelledby="new-workshop" className="narrow">
          <h2 id="new-workshop">{t("workshops.newTitle")}</h2>
          <WorkshopForm
            values={null}
            municipalities={municipalities}
            errors={result?.errors ?? {}}
            submitLabel={t("workshops.create")}
          />
        </section>
      ) : null}
    </>
  );
}
