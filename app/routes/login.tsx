import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormField, FormMessage } from "#app/components/form-field";
import { SignInForm, safeRedirectPath } from "#app/domain/access/accounts";
import { signIn } from "#app/server/access/auth.server";
import { accessOutcomes } from "#app/server/access/outcomes.server";
import { getActor } from "#app/server/access/permissions.server";
import { createSession } from "#app/server/access/sessions.server";
import { db } from "#app/server/core/db.server";
import { type FieldErrors, readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { formFailure } from "#app/server/core/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getActor(request)) throw redirect(redirectTo);
  const t = await getTranslator(request);
  return { title: t("auth.signInTitle"), redirectTo };
}

/** A refused sign-in: the form's messages, the address typed, and how long a locked account waits. */
type SignInAnswer = { errors: FieldErrors; email: string; retryAfterMinutes?: number };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, SignInForm);
  if (!form.ok) return data<SignInAnswer>({ errors: form.errors, email: "" }, { status: 400 });
  const { email, password, redirectTo } = form.data;
  const database = await db();
  const result = await signIn(database, { email, password, address: context.clientAddress ?? "unknown" });
  if (result.outcome !== "signed_in") {
    const retryAfterMinutes = result.outcome === "locked" ? result.retryAfterMinutes : 0;
    return formFailure(accessOutcomes, result.outcome, { retryAfterMinutes, email });
  }
  const cookie = await createSession(database, result.userId, request);
  throw redirect(safeRedirectPath(redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const errors: Partial<Record<string, string>> = actionData?.errors ?? {};
  const formError = errors.form;
  return (
    <section className="narrow">
      <h1>{t("auth.signInTitle")}</h1>
      <p>{t("auth.signInIntro")}</p>
      {formError ? (
        <FormMessage tone="error">{t(formError, { count: actionData?.retryAfterMinutes ?? 0 })}</FormMessage>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormField
          label={t("auth.email")}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData?.email}
          error={errors.email}
        />
        <FormField
          label={t("auth.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("auth.signIn")}
        </button>
      </Form>
      <p className="muted">{t("auth.noAccount")}</p>
    </section>
  );
}
