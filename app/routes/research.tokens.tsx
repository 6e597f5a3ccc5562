import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormField, FormMessage } from "#app/components/form-field";
import { IntentButton } from "#app/components/research/intent-button";
import { ResearchNav } from "#app/components/research/nav";
import { ApiTokenForm, apiTokenLifetimes, apiTokenLimits } from "#app/domain/access/api-tokens";
import { createApiToken, listApiTokens, revokeApiToken } from "#app/server/access/api-tokens.server";
import { accessOutcomes } from "#app/server/access/outcomes.server";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { validate } from "#app/server/core/forms.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { formFailure } from "#app/server/core/outcomes.server";
import researchStyles from "#app/styles/research.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: researchStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  return {
    title: `${t("research.tokens.title")} – ${t("app.shortName")}`,
    tokens: await listApiTokens(await db(), actor),
    origin: new URL(request.url).origin,
    now: new Date().toISOString(),
  };
}

const CreateForm = ApiTokenForm.extend({ intent: z.literal("create") });

const RevokeForm = z.object({ intent: z.literal("revoke"), tokenId: z.string().trim().min(1).max(40) });

type ActionResult =
  | { kind: "created"; token: string; name: string }
  | { kind: "revoked" }
  | { kind: "error"; errors: Partial<Record<string, string>> };

const refusal = { kind: "error" } as const;

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  let raw: FormData;
  try {
    raw = await request.formData();
  } catch {
    return formFailure(accessOutcomes, "bad_form", refusal);
  }
  const values = Object.fromEntries(raw);
  const database = await db();
  if (values.intent === "revoke") {
    const form = validate(RevokeForm, values);
    if (!form.ok || !(await revokeApiToken(database, actor, form.data.tokenId))) {
      return formFailure(accessOutcomes, "token_not_found", refusal);
    }
    return data<ActionResult>({ kind: "revoked" });
  }
  const form = validate(CreateForm, values);
  if (!form.ok) return data<ActionResult>({ kind: "error", errors: form.errors }, { status: 400 });
  const created = await createApiToken(database, actor, { name: form.data.name, lifetimeDays: form.data.lifetime });
  if (created.outcome !== "created") return formFailure(accessOutcomes, created.outcome, refusal);
  // The token is in this one response and nowhere else: it cannot be shown again.
  return data<ActionResult>(
    { kind: "created", token: created.token, name: form.data.name },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function Tokens() {
  const { tokens, origin, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const lifetimeId = useId();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const errors = result?.kind === "error" ? result.errors : {};
  const statusOf = (token: (typeof tokens)[number]) =>
    token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active";
  return (
    <>
      <h1>{t("research.tokens.title")}</h1>
      <ResearchNav />
      <p className="lead">{t("research.tokens.intro")}</p>
      <p>{t("research.tokens.readOnly")}</p>
      <pre className="token-example">
        <code>{`curl -H "Authorization: Bearer $MCB_TOKEN" "${origin}/api/v1/assessments?status=submitted&limit=100"`}</code>
      </pre>

      {result?.kind === "created" ? (
        <FormMessage tone="success">
          <p>{t("research.tokens.created", { name: result.name })}</p>
          <p>
            <code className="copyable token-once" data-testid="new-token">
              {result.token}
            </code>
          </p>
          <p>{t("research.tokens.shownOnce")}</p>
        </FormMessage>
      ) : null}
      {result?.kind === "revoked" ? (
        <FormMessage tone="success">
          <p>{t("research.tokens.revoked")}</p>
        </FormMessage>
      ) : null}
      {errors.form ? (
        <FormMessage tone="error">
          <p>{t(errors.form)}</p>
        </FormMessage>
      ) : null}

      <section aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">{t("research.tokens.createTitle")}</h2>
        <Form
          method="post"
          className="stack narrow"
          noValidate
          // A fresh, empty form after each token created.
          key={`create-${tokens.length}`}
        >
          <input type="hidden" name="intent" value="create" />
          <FormField
            label={t("research.tokens.name")}
            hint={t("research.tokens.nameHint")}
            name="name"
            required
            maxLength={apiTokenLimits.nameLength}
            autoComplete="off"
            error={errors.name}
          />
          <div className="field">
            <label htmlFor={lifetimeId}>{t("research.tokens.lifetime")}</label>
            <select id={lifetimeId} name="lifetime" defaultValue="90">
              {apiTokenLifetimes.map((days) => (
                <option key={String(days)} value={days === null ? "none" : String(days)}>
                  {days === null ? t("research.tokens.noExpiry") : t("research.tokens.days", { count: days })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t("research.tokens.create")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t("research.tokens.listTitle")}</h2>
        {tokens.length === 0 ? (
          <p>{t("research.tokens.none")}</p>
        ) : (
          <div className="research-table-scroll">
            <table className="table research-table">
              <thead>
                <tr>
                  <th scope="col">{t("research.tokens.name")}</th>
                  <th scope="col">{t("research.tokens.prefix")}</th>
                  <th scope="col">{t("research.tokens.createdAt")}</th>
                  <th scope="col">{t("research.tokens.lastUsed")}</th>
                  <th scope="col">{t("research.tokens.expires")}</th>
                  <th scope="col">{t("research.tokens.status")}</th>
                  <th scope="col">{t("research.tokens.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const status = statusOf(token);
                  return (
                    <tr key={token.id} data-token={token.id}>
                      <th scope="row">{token.name}</th>
                      <td>
                        <code>{token.prefix}…</code>
                      </td>
                      <td className="nowrap">{dateFormat.format(new Date(token.createdAt))}</td>
                      <td className="nowrap">
                        {token.lastUsedAt ? dateFormat.format(new Date(token.lastUsedAt)) : t("research.tokens.never")}
                      </td>
                      <td className="nowrap">
                        {token.expiresAt ? dateFormat.format(new Date(token.expiresAt)) : t("research.tokens.noExpiry")}
                      </td>
                      <td>{t(`research.tokens.statuses.${status}`)}</td>
                      <td>
                        {status === "revoked" ? null : (
                          <IntentButton
                            intent="revoke"
                            name="tokenId"
                            value={token.id}
                            label={t("research.tokens.revokeLabel", { name: token.name })}
                          >
                            {t("research.tokens.revoke")}
                          </IntentButton>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
