import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormMessage } from "#app/components/form-field";
import { IntentButton } from "#app/components/research/intent-button";
import { createPasswordReset } from "#app/server/access/invitations.server";
import { accessOutcomes } from "#app/server/access/outcomes.server";
import { requireRole } from "#app/server/access/permissions.server";
import { listUsers, revokeMembership, revokeSessionsOf } from "#app/server/access/users.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { readForm } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

const UserAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reset_password"), userId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("revoke_sessions"), userId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("revoke_role"), membershipId: z.string().min(1).max(64) }),
]);

/** What an admin can do to a user account, in the order of the buttons on its row. */
const userActions = [
  { intent: "reset_password", label: "users.resetLinkFor", text: "users.resetLink" },
  { intent: "revoke_sessions", label: "users.revokeSessionsOf", text: "users.revokeSessions" },
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const t = await getTranslator(request);
  return { title: t("users.title"), users: await listUsers(await db()) };
}

/** A refused action, in this page's answer shape: one message and no link. */
function refused(outcome: "invalid" | "not_found") {
  const answer = outcomeAnswer(accessOutcomes, outcome);
  return data({ message: answer.messageKey, link: null, tone: "error" as const }, { status: answer.status });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const form = await readForm(request, UserAction);
  if (!form.ok) return refused("invalid");
  const database = await db();
  switch (form.data.intent) {
    case "reset_password": {
      const reset = await createPasswordReset(database, admin, form.data.userId);
      if (reset.outcome === "not_found") notFound();
      return {
        message: "users.resetCreated",
        link: new URL(`/invite/${reset.token}`, request.url).toString(),
        tone: "success" as const,
      };
    }
    case "revoke_sessions":
      await revokeSessionsOf(database, admin, form.data.userId);
      return { message: "users.sessionsRevoked", link: null, tone: "success" as const };
    case "revoke_role": {
      const removed = await revokeMembership(database, admin, form.data.membershipId);
      if (!removed) return refused("not_found");
      return { message: "users.roleRevoked", link: null, tone: "success" as const };
    }
  }
}

export default function Users() {
  const { users } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("users.title")}</h1>
      {result ? (
        <FormMessage tone={result.tone}>
          <p>{t(result.message)}</p>
          {result.link ? (
            <p>
              <code className="copyable">{result.link}</code>
            </p>
          ) : null}
        </FormMessage>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("auth.email")}</th>
            <th scope="col">{t("users.name")}</th>
            <th scope="col">{t("users.roles")}</th>
            <th scope="col">{t("users.sessions")}</th>
            <th scope="col">{t("users.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>{user.display_name}</td>
              <td>
                <ul className="plain">
                  {user.memberships.map((m) => (
                    <li key={m.id}>
                      {t(`roles.${m.role}`)}
                      {m.municipality_name ? ` – ${m.municipality_name}` : ""}{" "}
                      <IntentButton
                        intent="revoke_role"
                        name="membershipId"
                        value={m.id}
                        label={t("users.revokeRoleOf", { role: t(`roles.${m.role}`), email: user.email })}
                        className="inline"
                      >
                        {t("users.revokeRole")}
                      </IntentButton>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{user.activeSessions}</td>
              <td>
                {userActions.map((action, index) => (
                  <Fragment key={action.intent}>
                    {index > 0 ? " " : null}
                    <IntentButton
                      intent={action.intent}
                      name="userId"
                      value={user.id}
                      label={t(action.label, { email: user.email })}
                      className="inline"
                    >
                      {t(action.text)}
                    </IntentButton>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
