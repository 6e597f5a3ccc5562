import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormField, FormMessage } from "#app/components/form-field";
import { SignInForm, safeRedirectPath } from "#app/domain/access/accounts";
import { signIn } from "#app/server/access/auth.server";
import { getActor } from "#app/server/access/permissions.server";
import { createSession } from "#app/server/access/sessions.server";
import { db } from "#app/server/core/db.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getActor(request)) throw redirect(redirectTo);
  const t = await getTranslator(request);
  return { title: t("auth.signInTitle"), redirectTo };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, SignInForm);
  if (!form.ok) return data({ errors: form.errors, email: "" }, { status: 400 });
  const { email, password, redirectTo } = form.data;
  const database = await db();
  const result = await signIn(database, { email, password, address: context.clientAddress ?? "unknown" });
  if (!result.ok) {
    const status = result.reason === "locked" ? 429 : 401;
    const message =
      result.reason === "locked"
        ? { key: "auth.locked", minutes: result.retryAfterMinutes }
        : { key: "auth.wrongCredentials", minutes: 0 };
    return data({ errors: { form: message.key }, retryAfterMinutes: message.minutes, email }, { status });
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
        <FormMessage tone="error">
          {t(formError, { count: actionData && "retryAfterMinutes" in actionData ? actionData.retryAfterMinutes : 0 })}
        </FormMessage>
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
