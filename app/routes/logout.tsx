import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { audit } from "#app/server/access/audit.server";
import { getActor } from "#app/server/access/permissions.server";
import { clearSessionCookie, revokeSession } from "#app/server/access/sessions.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** GET shows a button: signing out changes state, so it happens only on POST. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getActor(request))) throw redirect("/");
  const t = await getTranslator(request);
  return { title: t("auth.signOutTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await getActor(request);
  if (actor) {
    const database = await db();
    await revokeSession(database, actor.sessionId);
    await audit(database, {
      actorUserId: actor.userId,
      action: "sign_out",
      subjectType: "user",
      subjectId: actor.userId,
    });
  }
  throw redirect("/", { headers: { "Set-Cookie": await clearSessionCookie(request) } });
}

export default function Logout() {
  useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <h1>{t("auth.signOutTitle")}</h1>
      <Form method="post">
        <button type="submit" className="button">
          {t("nav.signOut")}
        </button>
      </Form>
    </section>
  );
}
