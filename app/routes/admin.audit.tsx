import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { readAuditLog } from "#app/server/access/audit.server";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

const pageSize = 50;
const Query = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const t = await getTranslator(request);
  const { page } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const entries = await readAuditLog(await db(), { limit: pageSize + 1, offset: (page - 1) * pageSize });
  return { title: t("audit.title"), page, entries: entries.slice(0, pageSize), hasMore: entries.length > pageSize };
}

export default function Audit() {
  const { entries, page, hasMore } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "medium" });
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("audit.when")}</th>
            <th scope="col">{t("audit.who")}</th>
            <th scope="col">{t("audit.what")}</th>
            <th scope="col">{t("audit.subject")}</th>
            <th scope="col">{t("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{dateFormat.format(new Date(entry.created_at))}</td>
              <td>{entry.actor_email ?? "–"}</td>
              <td>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
              <td>{entry.subject_type ? `${entry.subject_type} ${entry.subject_id ?? ""}` : "–"}</td>
              <td>
                <code>{entry.details ?? ""}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={t("audit.pages")} className="pager">
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("audit.newer")}</Link> : null}
        {hasMore ? <Link to={`?page=${page + 1}`}>{t("audit.older")}</Link> : null}
      </nav>
    </>
  );
}
