import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import { ChangelogView } from "#app/components/questionnaires/changelog-view";
import { DangerZone } from "#app/components/questionnaires/editor-page";
import { problemMessage } from "#app/components/questionnaires/problems";
import {
  removeScopeQuestion,
  restoreMeasure,
  retiredInDraft,
  retireMeasure,
} from "#app/domain/questionnaires/draft-edits";
import { summariseProblems } from "#app/domain/questionnaires/draft-problems";
import { measureMissingLanguages, scopeQuestionMissingLanguages } from "#app/domain/questionnaires/drafts";
import { inLocale } from "#app/domain/questionnaires/version-editing";
import { countries, fieldsOfAction } from "#app/domain/vocabulary";
import { discardDraft } from "#app/server/questionnaires/drafts.server";
import { openVersionPage, receiveDraftChange } from "#app/server/questionnaires/editor.server";
import { draftChangeFailure, refusal } from "#app/server/questionnaires/outcomes.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale, loaded } = await openVersionPage(request, params.id);
  const { draft, changelog, base } = loaded;
  const number = loaded.versionNumber ?? draft.version;
  const added = new Set(changelog?.measures.added ?? []);
  const changed = new Set(changelog?.measures.changed.map((c) => c.id) ?? []);
  const questionsAdded = new Set(changelog?.scopeQuestions.added ?? []);
  const questionsChanged = new Set(changelog?.scopeQuestions.changed.map((c) => c.id) ?? []);
  const summary = summariseProblems(draft, loaded.problems);
  const baseTitles = new Map(base?.version.measures.map((m) => [m.id, inLocale(m.title, locale)]) ?? []);
  const url = new URL(request.url);
  const heading =
    loaded.status === "published"
      ? t("versions.draft.publishedTitle", { number })
      : t("versions.draft.title", { number });
  return {
    title: `${heading} – ${t("app.shortName")}`,
    heading,
    id: loaded.id,
    status: loaded.status,
    number,
    revision: loaded.revision,
    createdAt: loaded.createdAt,
    updatedAt: loaded.updatedAt,
    publishedAt: loaded.publishedAt,
    contentHash: loaded.contentHash,
    baseNumber: base?.version.version ?? null,
    outdated: loaded.outdatedBase,
    versionTitle: inLocale(draft.title, locale),
    measures: fieldsOfAction.map((field) => ({
      field,
      measures: draft.measures
        .filter((m) => m.field === field)
        .map((m) => ({
          id: m.id,
          title: inLocale(m.title, locale),
          state: added.has(m.id) ? "new" : changed.has(m.id) ? "changed" : "unchanged",
          missing: measureMissingLanguages(m),
          problems: summary.measures[m.id] ?? 0,
          removable: added.has(m.id),
        })),
    })),
    retiredInDraft: retiredInDraft(draft, base?.version ?? null).map((id) => ({ id, title: baseTitles.get(id) ?? "" })),
    retiredEarlier: (draft.retired ?? []).filter((id) => !retiredInDraft(draft, base?.version ?? null).includes(id)),
    scopeQuestions: countries.map((country) => ({
      country,
      questions: draft.scopeQuestions
        .filter((q) => q.country === country)
        .map((q) => ({
          id: q.id,
          text: inLocale(q.text, locale),
          state: questionsAdded.has(q.id) ? "new" : questionsChanged.has(q.id) ? "changed" : "unchanged",
          missing: scopeQuestionMissingLanguages(q),
          problems: summary.scopeQuestions[q.id] ?? 0,
        })),
    })),
    problemCount: loaded.problems.length,
    problemSummary: summary,
    changelog,
    titles: Object.fromEntries([
      ...(base?.version.measures.map((m) => [m.id, inLocale(m.title, locale)] as const) ?? []),
      ...draft.measures.map((m) => [m.id, inLocale(m.title, locale)] as const),
    ]),
    notices: {
      created: url.searchParams.has("created"),
      imported: url.searchParams.get("imported"),
      published: url.searchParams.has("published"),
      done: ["retired", "removed"].find((d) => d === url.searchParams.get("done")) ?? null,
      item: url.searchParams.get("item")?.slice(0, 20) ?? "",
    },
  };
}

/** POST: retire, restore or remove a measure, remove a scope question, or discard the draft. */
export async function action({ request, params }: ActionFunctionArgs) {
  const received = await receiveDraftChange(request, params.id);
  if (!received.ok) return received.answer;
  const { actor, database, loaded, form, revision, change } = received;
  const intent = form.get("intent");
  if (intent === "discard") {
    const outcome = await discardDraft(database, actor, loaded.id, revision);
    if (outcome === "discarded") throw redirect("/research/questionnaires?discarded=1");
    return draftChangeFailure({ outcome });
  }
  const item = String(form.get("item") ?? "").slice(0, 80);
  if (intent !== "retire" && intent !== "restore" && intent !== "removeQuestion") {
    return refusal("bad_form");
  }
  const addedInDraft = loaded.changelog?.measures.added.includes(item) ?? false;
  const done = intent === "restore" ? "restored" : intent === "retire" && !addedInDraft ? "retired" : "removed";
  const outcome = await change(
    (draft, context) =>
      intent === "retire"
        ? retireMeasure(draft, item, context.base)
        : intent === "restore"
          ? restoreMeasure(draft, item, context.base)
          : removeScopeQuestion(draft, item),
    { part: intent === "removeQuestion" ? "scope_question_removed" : `measure_${done}`, item },
  );
  if (outcome.outcome === "saved") return data({ kind: "done" as const, key: `versions.draft.${done}`, id: item });
  return draftChangeFailure(outcome);
}

export default function VersionOverview() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const editable = page.status === "draft";
  const base = `/research/questionnaires/${page.id}`;
  return (
    <div className="versions-page">
      <p className="breadcrumb">
        <Link to="/research/questionnaires">{t("versions.breadcrumb")}</Link>
      </p>
      <h1>{page.heading}</h1>
      <p className="version-title" lang={i18n.language}>
        {page.versionTitle}
      </p>
      {page.notices.published ? (
        <FormMessage tone="success">{t("versions.draft.justPublished", { number: page.number })}</FormMessage>
      ) : null}
      {page.notices.created ? <FormMessage tone="success">{t("versions.list.created")}</FormMessage> : null}
      {page.notices.imported !== null ? (
        <FormMessage tone="success">
          {t("versions.import.imported", { count: Number(page.notices.imported) || 0 })}
        </FormMessage>
      ) : null}
      {page.notices.done && !result ? (
        <FormMessage tone="success">{t(`versions.draft.${page.notices.done}`, { id: page.notices.item })}</FormMessage>
      ) : null}
      {result?.kind === "done" ? <FormMessage tone="success">{t(result.key, { id: result.id })}</FormMessage> : null}
      {result?.kind === "error" ? <FormMessage tone="error">{t(result.key)}</FormMessage> : null}

      {editable ? (
        <>
          <p className="muted">
            {t("versions.draft.revision", {
              revision: page.revision,
              date: date.format(new Date(page.updatedAt ?? page.createdAt)),
            })}{" "}
            {page.baseNumber !== null ? t("versions.draft.startedFrom", { number: page.baseNumber }) : null}
          </p>
          {page.outdated ? (
            <p className="notice" role="alert">
              {page.outdated.startedFrom !== null
                ? t("versions.draft.outdated", { startedFrom: page.outdated.startedFrom, latest: page.outdated.latest })
                : t("versions.draft.outdatedImported", { latest: page.outdated.latest })}
            </p>
          ) : null}
          <nav aria-label={t("versions.draft.actions")} className="version-actions">
            <Link className="button" to={`${base}/preview`}>
              {t("versions.draft.preview")}
            </Link>
            <Link className="button" to={`${base}/publish`}>
              {t("versions.draft.publish")}
            </Link>
            <Link className="button button-secondary" to={`${base}/settings`}>
              {t("versions.draft.settings")}
            </Link>
            <a className="button button-secondary" href={`${base}/export?format=json`} download>
              {t("versions.draft.exportJson")}
            </a>
          </nav>
          <ProblemOverview page={page} />
        </>
      ) : (
        <>
          <p className="notice">{t("versions.draft.readOnly")}</p>
          <dl className="facts">
            {page.publishedAt ? (
              <>
                <dt>{t("versions.list.columns.published")}</dt>
                <dd>{date.format(new Date(page.publishedAt))}</dd>
              </>
            ) : null}
            <dt>{t("versions.draft.hash")}</dt>
            <dd>
              <code className="hash">{page.contentHash}</code>
            </dd>
          </dl>
          <nav aria-label={t("versions.draft.actions")} className="version-actions">
            <Link className="button button-secondary" to={`${base}/preview`}>
              {t("versions.draft.preview")}
            </Link>
            <a className="button" href={`${base}/export?format=zip`} download>
              {t("versions.draft.exportZip")}
            </a>
            <a className="button button-secondary" href={`${base}/export?format=json`} download>
              {t("versions.draft.exportJson")}
            </a>
          </nav>
        </>
      )}

      {page.changelog && page.baseNumber !== null ? (
        <section aria-labelledby="changelog-heading" className="card">
          <h2 id="changelog-heading">{t("versions.draft.changelogTitle", { number: page.changelog.from })}</h2>
          <ChangelogView
            changelog={page.changelog}
            titleOf={(id) => page.titles[id]}
            linkOf={(id) =>
              page.measures.some((group) => group.measures.some((m) => m.id === id))
                ? `${base}/measures/${id}`
                : undefined
            }
          />
        </section>
      ) : null}

      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">{t("versions.draft.measuresTitle")}</h2>
        {editable ? <p>{t("versions.draft.measuresIntro")}</p> : null}
        {page.measures.map((group) => (
          <table className="table measure-list" key={group.field}>
            <caption>{t("versions.draft.measureCaption", { field: t(`catalogue.fields.${group.field}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("versions.draft.columns.id")}</th>
                <th scope="col">{t("versions.draft.columns.title")}</th>
                {editable ? <th scope="col">{t("versions.draft.columns.state")}</th> : null}
                {editable ? <th scope="col">{t("versions.draft.columns.missing")}</th> : null}
                {editable ? <th scope="col">{t("versions.draft.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {group.measures.map((measure) => (
                <tr key={measure.id} data-measure={measure.id}>
                  <th scope="row">
                    <Link to={`${base}/measures/${measure.id}`}>{measure.id}</Link>
                  </th>
                  <td>{measure.title || <span className="muted">{t("versions.measure.untitled")}</span>}</td>
                  {editable ? <ItemStateCells item={measure} /> : null}
                  {editable ? (
                    <td>
                      <Form method="post" className="inline">
                        <input type="hidden" name="revision" value={page.revision} />
                        <input type="hidden" name="intent" value="retire" />
                        <input type="hidden" name="item" value={measure.id} />
                        <button
                          type="submit"
                          className="link-button"
                          aria-label={t(
                            measure.removable ? "versions.draft.removeLabel" : "versions.draft.retireLabel",
                            {
                              id: measure.id,
                            },
                          )}
                          onClick={(event) => {
                            const question = t(
                              measure.removable ? "versions.draft.removeConfirm" : "versions.draft.retireConfirm",
                              { id: measure.id },
                            );
                            if (!window.confirm(question)) event.preventDefault();
                          }}
                        >
                          {t(measure.removable ? "versions.draft.remove" : "versions.draft.retire")}
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        {editable ? (
          <Form method="get" action={`${base}/measures/new`} className="inline-form">
            <div className="field">
              <label htmlFor="new-measure-field">{t("versions.draft.addMeasureField")}</label>
              <select id="new-measure-field" name="field">
                {fieldsOfAction.map((field) => (
                  <option key={field} value={field}>
                    {t(`catalogue.fields.${field}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t("versions.draft.addMeasure")}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="retired-heading">
        <h2 id="retired-heading">{t("versions.draft.retiredTitle")}</h2>
        <p>{t("versions.draft.retiredIntro")}</p>
        {page.retiredInDraft.length === 0 && page.retiredEarlier.length === 0 ? (
          <p className="muted">{t("versions.draft.retiredNone")}</p>
        ) : null}
        {page.retiredInDraft.length > 0 ? (
          <>
            <h3>{t("versions.draft.retiredInDraft")}</h3>
            <ul className="retired-list">
              {page.retiredInDraft.map((measure) => (
                <li key={measure.id}>
                  <code>{measure.id}</code> {measure.title}{" "}
                  {editable ? (
                    <Form method="post" className="inline">
                      <input type="hidden" name="revision" value={page.revision} />
                      <input type="hidden" name="intent" value="restore" />
                      <input type="hidden" name="item" value={measure.id} />
                      <button
                        type="submit"
                        className="link-button"
                        aria-label={t("versions.draft.restoreLabel", { id: measure.id })}
                      >
                        {t("versions.draft.restore")}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {page.retiredEarlier.length > 0 ? (
          <>
            <h3>{t("versions.draft.retiredEarlier")}</h3>
            <p>
              {page.retiredEarlier.map((id) => (
                <code key={id} className="retired-id">
                  {id}
                </code>
              ))}
            </p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t("versions.draft.scopeQuestionsTitle")}</h2>
        <p>{t("versions.draft.scopeQuestionsIntro")}</p>
        {page.scopeQuestions.map((group) => (
          <div key={group.country}>
            <table className="table measure-list">
              <caption>{t("versions.draft.scopeQuestionCaption", { country: t(`country.${group.country}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("versions.draft.columns.id")}</th>
                  <th scope="col">{t("versions.scopeQuestion.text")}</th>
                  {editable ? <th scope="col">{t("versions.draft.columns.state")}</th> : null}
                  {editable ? <th scope="col">{t("versions.draft.columns.missing")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {group.questions.map((question) => (
                  <tr key={question.id}>
                    <th scope="row">
                      <Link to={`${base}/scope-questions/${question.id}`}>
                        <code>{question.id}</code>
                      </Link>
                    </th>
                    <td>{question.text}</td>
                    {editable ? <ItemStateCells item={question} /> : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {editable ? (
              <p>
                <Link to={`${base}/scope-questions/new?country=${group.country}`}>
                  {t("versions.draft.addScopeQuestion", { country: t(`country.${group.country}`) })}
                </Link>
              </p>
            ) : null}
          </div>
        ))}
      </section>

      {editable ? (
        <DangerZone
          headingId="discard-heading"
          heading={t("versions.draft.discard")}
          revision={page.revision}
          intent="discard"
          confirmation={t("versions.draft.discardConfirm")}
          label={t("versions.draft.discard")}
        />
      ) : null}
    </div>
  );
}

/** A measure's or scope question's change since the last version and what it still lacks. */
function ItemStateCells({
  item,
}: {
  item: { id: string; state: string; missing: readonly string[]; problems: number };
}) {
  const { t } = useTranslation();
  const languages = item.missing
    .map((locale) => t(`versions.languages.${locale}`))
    .join(t("versions.draft.languageList"));
  return (
    <>
      <td>
        {item.state === "new" ? (
          <span className="badge badge-new">{t("versions.draft.new")}</span>
        ) : item.state === "changed" ? (
          <span className="badge badge-changed">{t("versions.draft.changed")}</span>
        ) : (
          <span className="muted">{t("versions.draft.unchanged")}</span>
        )}
      </td>
      <td>
        {item.missing.length > 0 ? (
          <span className="missing-marker">
            <span aria-hidden="true">⚠ </span>
            {t("versions.draft.missingIn", { languages })}
          </span>
        ) : (
          <span className="muted">{t("versions.draft.complete")}</span>
        )}
        {item.problems > 0 ? (
          <span className="problem-count">
            {" "}
            {t("versions.draft.measureProblems", { id: item.id, count: item.problems })}
          </span>
        ) : null}
      </td>
    </>
  );
}

function ProblemOverview({ page }: { page: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  if (page.problemCount === 0) return <p className="notice notice-ok">{t("versions.draft.noProblems")}</p>;
  const { measures, scopeQuestions, other } = page.problemSummary;
  return (
    <section className="problem-overview" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t("versions.draft.problemsTitle", { count: page.problemCount })}</h2>
      <ul>
        {Object.entries(measures).map(([id, count]) => (
          <li key={`m-${id}`}>
            <Link to={`${base}/measures/${id}`}>{t("versions.draft.measureProblems", { id, count })}</Link>
          </li>
        ))}
        {Object.entries(scopeQuestions).map(([id, count]) => (
          <li key={`q-${id}`}>
            <Link to={`${base}/scope-questions/${id}`}>{t("versions.draft.measureProblems", { id, count })}</Link>
          </li>
        ))}
        {other.map((problem) => (
          <li key={`${problem.path}-${problem.key}-${JSON.stringify(problem.params ?? {})}`}>
            {problem.where === "scoring" || problem.where === "meta" ? (
              <Link to={`${base}/settings`}>{t(`versions.where.${problem.where}`)}</Link>
            ) : (
              t(`versions.where.${problem.where}`)
            )}
            {t("catalogue.colon")}
            {problemMessage(t, problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}
