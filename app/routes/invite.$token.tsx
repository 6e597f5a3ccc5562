import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormField, FormMessage, NewPasswordFields } from "#app/components/form-field";
import { SetPasswordForm } from "#app/domain/access/accounts";
import { findUsableLink, redeemLink, type UsableLink } from "#app/server/access/invitations.server";
import { accessOutcomes } from "#app/server/access/outcomes.server";
import { getActor } from "#app/server/access/permissions.server";
import { createSession } from "#app/server/access/sessions.server";
import { db } from "#app/server/core/db.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { formFailure, outcomeAnswer } from "#app/server/core/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/**
 * What the link asks of the visitor: a new account sets a password; a password reset
 * sets a new one; an invitation for an existing account is accepted while signed in
 * as that account (so nobody can attach a role to someone else's account).
 */
type Step = "create_account" | "reset_password" | "accept_signed_in" | "sign_in_first";

async function stepFor(request: Request, link: UsableLink): Promise<Step> {
  if (link.purpose === "password_reset") return "reset_password";
  if (!link.existingUserId) return "create_account";
  const actor = await getActor(request);
  return actor?.userId === link.existingUserId ? "accept_signed_in" : "sign_in_first";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const t = await getTranslator(request);
  const link = await findUsableLink(await db(), params.token ?? "");
  if (!link) {
    const invalid = outcomeAnswer(accessOutcomes, "link_invalid");
    return data({ title: t("invitations.invalidTitle"), link: null, step: null }, { status: invalid.status });
  }
  return {
    title: t(link.purpose === "invitation" ? "invitations.acceptTitle" : "invitations.resetTitle"),
    link: {
      email: link.email,
      role: link.role,
      // What the role is for: the municipality of a respondent, the workshop of a participant.
      invitedTo: link.workshop_title ?? link.municipality_name,
    },
    step: await stepFor(request, link),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const database = await db();
  const link = await findUsableLink(database, params.token ?? "");
  if (!link) return formFailure(accessOutcomes, "link_invalid");
  const step = await stepFor(request, link);
  if (step === "sign_in_first") return formFailure(accessOutcomes, "sign_in_first");

  let password: string | undefined;
  let displayName: string | undefined;
  if (step !== "accept_signed_in") {
    const form = await readForm(request, SetPasswordForm);
    if (!form.ok) return data({ errors: form.errors }, { status: 400 });
    password = form.data.password;
    displayName = form.data.displayName;
  }
  const redeemed = await redeemLink(database, link, { password, displayName });
  if (redeemed.outcome !== "redeemed") return formFailure(accessOutcomes, redeemed.outcome);
  const cookie = await createSession(database, redeemed.userId, request);
  throw redirect("/", { headers: { "Set-Cookie": cookie } });
}

export default function Invite() {
  const { link, step } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const { t } = useTranslation();
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  if (!link || !step) {
    return (
      <section className="narrow">
        <h1>{t("invitations.invalidTitle")}</h1>
        <p>{t("invitations.invalidLink")}</p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t(step === "reset_password" ? "invitations.resetTitle" : "invitations.acceptTitle")}</h1>
      {link.role ? (
        <p>
          {t("invitations.invitedAs", {
            email: link.email,
            role: t(`roles.${link.role}`),
          })}
        </p>
      ) : (
        <p>{t("invitations.resetFor", { email: link.email })}</p>
      )}
      {link.role && link.invitedTo ? <p>{t("invitations.invitedTo", { name: link.invitedTo })}</p> : null}
      {errors.form ? <FormMessage tone="error">{t(errors.form)}</FormMessage> : null}
      {step === "sign_in_first" ? (
        <p>
          <Link to={`/login?${new URLSearchParams({ redirectTo: location.pathname })}`} className="button">
            {t("invitations.signInToAccept")}
          </Link>
        </p>
      ) : (
        <Form method="post" className="stack" noValidate>
          {step === "create_account" ? (
            <FormField
              label={t("invitations.displayName")}
              name="displayName"
              autoComplete="name"
              error={errors.displayName}
            />
          ) : null}
          {step !== "accept_signed_in" ? <NewPasswordFields errors={errors} /> : null}
          <button type="submit" className="button">
            {t(step === "reset_password" ? "invitations.savePassword" : "invitations.accept")}
          </button>
        </Form>
      )}
    </section>
  );
}
