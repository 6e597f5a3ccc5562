import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormField, FormMessage, NewPasswordFields } from "#app/components/form-field";
import { ChangePasswordForm } from "#app/domain/access/accounts";
import { changeOwnPassword } from "#app/server/access/account.server";
import { accessOutcomes } from "#app/server/access/outcomes.server";
import { requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { formFailure } from "#app/server/core/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const t = await getTranslator(request);
  return { title: t("account.title"), email: actor.email, displayName: actor.displayName, roles: [...actor.roles] };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const form = await readForm(request, ChangePasswordForm);
  if (!form.ok) return data({ errors: form.errors, changed: false }, { status: 400 });
  const { outcome } = await changeOwnPassword(await db(), actor, form.data);
  if (outcome !== "changed") return formFailure(accessOutcomes, outcome, { changed: false }, "currentPassword");
  return { errors: {}, changed: true };
}

export default function Account() {
  const { email, displayName, roles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  return (
    <section className="narrow">
      <h1>{t("account.title")}</h1>
      <dl className="facts">
        <dt>{t("users.name")}</dt>
        <dd>{displayName}</dd>
        <dt>{t("auth.email")}</dt>
        <dd>{email}</dd>
        <dt>{t("users.roles")}</dt>
        <dd>{roles.map((role) => t(`roles.${role}`)).join(", ")}</dd>
      </dl>
      <h2>{t("account.changePassword")}</h2>
      {result?.changed ? <FormMessage tone="success">{t("account.passwordChanged")}</FormMessage> : null}
      <Form method="post" className="stack" noValidate>
        <FormField
          label={t("account.currentPassword")}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={errors.currentPassword}
        />
        <NewPasswordFields errors={errors} />
        <button type="submit" className="button">
          {t("account.changePassword")}
        </button>
      </Form>
    </section>
  );
}
