import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, FormMessage } from "#app/components/form-field";
import { CountryFilter, FilterBar, RoundFilter, StatusFilter, VersionFilter } from "#app/components/research/filters";
import { ResearchNav } from "#app/components/research/nav";
import { ResearchTable } from "#app/components/research/table";
import { SubmissionFilter } from "#app/domain/research/filters";
import { reopenReasonMaxLength } from "#app/domain/research/reopen";
import { requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { answerReopenPost } from "#app/server/research/reopen.server";
import { assessmentFilterChoices, listSubmissions } from "#app/server/research/submissions.server";
import researchStyles from "#app/styles/research.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: researchStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

const pageSize = 50;

/** The English name helps where the native one is in another script (みどり野市 → Midorino City). */
const nonLatin = /[^\p{Script=Latin}\p{N}\s\p{P}]/u;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const database = await db();
  const filter = SubmissionFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { page, ...where } = filter;
  const [list, choices] = await Promise.all([
    listSubmissions(database, actor, where, { limit: pageSize, offset: (page - 1) * pageSize }),
    assessmentFilterChoices(database),
  ]);
  return {
    title: `${t("research.submissions.title")} – ${t("app.shortName")}`,
    filter,
    choices,
    page,
    pages: Math.max(1, Math.ceil(list.total / pageSize)),
    ...list,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  return answerReopenPost(await db(), actor, request);
}

export default function Submissions() {
  const { filter, choices, rows, total, counts, page, pages } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const pageLink = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) {
      if (key !== "page" && value !== undefined) params.set(key, String(value));
    }
    if (target > 1) params.set("page", String(target));
    const query = params.toString();
    return query ? `?${query}` : ".";
  };
  return (
    <>
      <h1>{t("research.submissions.title")}</h1>
      <ResearchNav />
      <p className="lead">{t("research.submissions.intro")}</p>

      <FilterBar>
        <CountryFilter value={filter.country} />
        <RoundFilter years={choices.years} value={filter.year} offerAll />
        <StatusFilter value={filter.status} />
        <VersionFilter versions={choices.versions} value={filter.version} />
      </FilterBar>

      {result ? (
        <FormMessage tone={result.ok ? "success" : "error"}>
          <p>{t(result.message)}</p>
        </FormMessage>
      ) : null}

      <ul className="research-summary" aria-live="polite">
        <li>
          <strong>{t("research.submissions.matching", { count: total })}</strong>
        </li>
        <li>{t("research.submissions.submittedCount", { count: counts.submitted })}</li>
        <li>{t("research.submissions.inProgressCount", { count: counts.in_progress })}</li>
      </ul>

      {rows.length === 0 ? (
        <p>{t("research.submissions.none")}</p>
      ) : (
        <ResearchTable caption={t("research.submissions.caption", { page, pages })}>
          <thead>
            <tr>
              <th scope="col">{t("research.submissions.municipality")}</th>
              <th scope="col">{t("research.filters.country")}</th>
              <th scope="col" className="num">
                {t("research.submissions.round")}
              </th>
              <th scope="col" className="num">
                {t("research.submissions.version")}
              </th>
              <th scope="col">{t("research.filters.status")}</th>
              <th scope="col" className="num">
                {t("research.submissions.missing")}
              </th>
              <th scope="col">{t("research.submissions.lastChange")}</th>
              <th scope="col">{t("research.submissions.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-assessment={row.id}>
                <th scope="row">
                  <Link to={`/municipalities/${row.municipality.id}`}>{row.municipality.name}</Link>
                  {nonLatin.test(row.municipality.name) ? (
                    <span className="muted name-en">{row.municipality.nameEn}</span>
                  ) : null}
                </th>
                <td>{t(`country.${row.municipality.country}`)}</td>
                <td className="num">{row.reportingYear}</td>
                <td className="num">{row.questionnaireVersion.number ?? "–"}</td>
                <td>
                  <span className={`status-badge status-badge-${row.status}`}>
                    {t(`assessmentStatus.${row.status}`)}
                  </span>
                </td>
                <td className="num">{row.missing === 0 ? t("research.submissions.complete") : row.missing}</td>
                <td>
                  {row.submittedAt
                    ? t("research.submissions.submittedOn", { date: dateFormat.format(new Date(row.submittedAt)) })
                    : dateFormat.format(new Date(row.updatedAt))}
                </td>
                <td>
                  <Link
                    to={`/assessments/${row.id}`}
                    aria-label={t("research.submissions.openLabel", {
                      municipality: row.municipality.name,
                      year: row.reportingYear,
                    })}
                  >
                    {t("research.submissions.open")}
                  </Link>
                  {row.status === "submitted" ? (
                    <ReopenControl
                      assessmentId={row.id}
                      label={t("research.submissions.reopenLabel", {
                        municipality: row.municipality.name,
                        year: row.reportingYear,
                      })}
                      error={result && !result.ok && result.assessmentId === row.id ? result.message : null}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </ResearchTable>
      )}

      {pages > 1 ? (
        <nav className="pager" aria-label={t("research.submissions.pages")}>
          {page > 1 ? <Link to={pageLink(page - 1)}>{t("research.submissions.previous")}</Link> : null}
          <span>{t("research.submissions.pageOf", { page, pages })}</span>
          {page < pages ? <Link to={pageLink(page + 1)}>{t("research.submissions.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

function ReopenControl({ assessmentId, label, error }: { assessmentId: string; label: string; error: string | null }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const reasonId = useId();
  const busy = navigation.state === "submitting" && navigation.formData?.get("assessmentId") === assessmentId;
  return (
    <div className="reopen">
      <details open={error !== null}>
        <summary aria-label={label}>{t("research.submissions.reopen")}</summary>
        <Form method="post">
          <input type="hidden" name="intent" value="reopen" />
          <input type="hidden" name="assessmentId" value={assessmentId} />
          <label htmlFor={reasonId}>{t("research.submissions.reason")}</label>
          <textarea
            id={reasonId}
            name="reason"
            rows={2}
            maxLength={reopenReasonMaxLength}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${reasonId}-error` : undefined}
          />
          <FieldError id={`${reasonId}-error`} messageKey={error} />
          <button type="submit" className="button button-small" disabled={busy}>
            {t("research.submissions.reopenButton")}
          </button>
        </Form>
      </details>
    </div>
  );
}
