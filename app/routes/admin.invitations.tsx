import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormField, FormMessage } from "#app/components/form-field";
import { MunicipalityPicker } from "#app/components/municipalities/municipality-picker";
import { InvitationForm, invitableRoles } from "#app/domain/access/accounts";
import { createInvitation, openInvitations } from "#app/server/access/invitations.server";
import { accessOutcomes } from "#app/server/access/outcomes.server";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { formFailure } from "#app/server/core/outcomes.server";
import { listMunicipalityChoices } from "#app/server/municipalities/municipalities.server";
import { workshopChoices } from "#app/server/workshops/workshops.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const database = await db();
  return {
    title: t("invitations.title"),
    roles: invitableRoles(actor.roles),
    municipalities: await listMunicipalityChoices(database),
    workshops: await workshopChoices(database),
    workshopId: new URL(request.url).searchParams.get("workshop") ?? "",
    open: await openInvitations(database),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const form = await readForm(request, InvitationForm);
  if (!form.ok) return data({ errors: form.errors, link: null }, { status: 400 });
  const invitation = await createInvitation(await db(), actor, form.data);
  if (invitation.outcome !== "created") return formFailure(accessOutcomes, invitation.outcome, { link: null });
  return { errors: {}, link: new URL(`/invite/${invitation.token}`, request.url).toString() };
}

export default function Invitations() {
  const { roles, municipalities, workshops, workshopId: preselectedWorkshop, open } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const roleId = useId();
  const workshopId = useId();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  return (
    <>
      <h1>{t("invitations.title")}</h1>
      <p>{t("invitations.intro")}</p>
      {result?.link ? (
        <FormMessage tone="success">
          <p>{t("invitations.created")}</p>
          <p>
            <code className="copyable" data-testid="invitation-link">
              {result.link}
            </code>
          </p>
        </FormMessage>
      ) : null}
      {errors.form ? <FormMessage tone="error">{t(errors.form)}</FormMessage> : null}
      <Form method="post" className="stack narrow" noValidate>
        <FormField label={t("auth.email")} name="email" type="email" required error={errors.email} />
        <div className="field">
          <label htmlFor={roleId}>{t("invitations.role")}</label>
          <select id={roleId} name="role" required defaultValue={preselectedWorkshop ? "participant" : undefined}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <MunicipalityPicker
          label={t("invitations.municipality")}
          hint={t("invitations.municipalityHint")}
          name="municipalityId"
          choices={municipalities}
          emptyLabel={t("invitations.noMunicipality")}
          error={errors.municipalityId}
        />
        <div className="field">
          <label htmlFor={workshopId}>{t("invitations.workshop")}</label>
          <p className="field-hint">{t("invitations.workshopHint")}</p>
          <select id={workshopId} name="workshopId" defaultValue={preselectedWorkshop}>
            <option value="">{t("invitations.noWorkshop")}</option>
            {workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title} ({w.held_on})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("invitations.create")}
        </button>
      </Form>

      <h2>{t("invitations.openTitle")}</h2>
      {open.length === 0 ? (
        <p>{t("invitations.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("auth.email")}</th>
              <th scope="col">{t("invitations.kind")}</th>
              <th scope="col">{t("invitations.role")}</th>
              <th scope="col">{t("invitations.municipalityOrWorkshop")}</th>
              <th scope="col">{t("invitations.expires")}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((link) => (
              <tr key={link.id}>
                <td>{link.email}</td>
                <td>{t(`invitations.purpose.${link.purpose}`)}</td>
                <td>{link.role ? t(`roles.${link.role}`) : "–"}</td>
                <td>{link.municipality_name ?? link.workshop_title ?? "–"}</td>
                <td>{dateFormat.format(new Date(link.expires_at))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
