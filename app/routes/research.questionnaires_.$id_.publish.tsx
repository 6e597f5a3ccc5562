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
import { ChangelogView, ComparabilityBadge } from "#app/components/questionnaires/changelog-view";
import { pathLabel } from "#app/components/questionnaires/conflict-notice";
import { VersionBreadcrumb } from "#app/components/questionnaires/editor-page";
import { problemMessage } from "#app/components/questionnaires/problems";
import { isEmptyChangelog, undecided } from "#app/domain/questionnaires/changelog";
import { setComparability } from "#app/domain/questionnaires/draft-edits";
import { locateProblems } from "#app/domain/questionnaires/draft-problems";
import type { ComparabilityDecision } from "#app/domain/questionnaires/drafts";
import { inLocale } from "#app/domain/questionnaires/version-editing";
import { notFound } from "#app/server/core/errors.server";
import { openVersionPage, receiveDraftChange } from "#app/server/questionnaires/editor.server";
import { draftChangeFailure, refusal, refusedWith, refusePublished } from "#app/server/questionnaires/outcomes.server";
import { publishDraft } from "#app/server/questionnaires/publish.server";
import versionStyles from "#app/styles/versions.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: versionStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, locale, loaded } = await openVersionPage(request, params.id);
  const number = loaded.versionNumber ?? (loaded.base ? loaded.base.version.version + 1 : loaded.draft.version);
  const changelog = loaded.changelog;
  const titles = Object.fromEntries([
    ...(loaded.base?.version.measures.map((m) => [m.id, inLocale(m.title, locale)] as const) ?? []),
    ...loaded.draft.measures.map((m) => [m.id, inLocale(m.title, locale)] as const),
    ...loaded.draft.scopeQuestions.map((q) => [q.id, inLocale(q.text, locale)] as const),
  ]);
  const heading = t("versions.publish.title", { number });
  return {
    title: `${heading} – ${t("app.shortName")}`,
    heading,
    id: loaded.id,
    number,
    status: loaded.status,
    revision: loaded.revision,
    problems: locateProblems(loaded.draft, loaded.problems.slice(0, 30)),
    problemCount: loaded.problems.length,
    outdated: loaded.outdatedBase,
    baseNumber: loaded.base?.version.version ?? null,
    changelog,
    changed: changelog ? [...changelog.measures.changed, ...changelog.scopeQuestions.changed] : [],
    undecided: changelog ? undecided(changelog) : [],
    unchanged: changelog ? isEmptyChangelog(changelog) : false,
    titles,
  };
}

/** POST: save the comparability decisions, or publish the draft (which freezes it). */
export async function action({ request, params }: ActionFunctionArgs) {
  const received = await receiveDraftChange(request, params.id);
  if (!received.ok) return received.answer;
  const { actor, database, loaded, form, revision, change } = received;
  if (form.get("intent") === "decide") {
    const decisions: Record<string, ComparabilityDecision | null> = {};
    for (const [name, value] of form.entries()) {
      if (!name.startsWith("decision.") || typeof value !== "string") continue;
      decisions[name.slice("decision.".length)] = value === "comparable" || value === "not_comparable" ? value : null;
    }
    const outcome = await change((draft) => setComparability(draft, decisions), { part: "comparability" });
    if (outcome.outcome === "saved") return data({ kind: "saved" as const });
    return draftChangeFailure(outcome);
  }
  if (form.get("intent") !== "publish") return refusal("bad_form");
  const outcome = await publishDraft(database, actor, loaded.id, revision);
  switch (outcome.outcome) {
    case "published":
      throw redirect(`/research/questionnaires/${loaded.id}?published=1`);
    case "invalid":
      return refusedWith("has_problems", { kind: "invalid" as const, problems: outcome.problems.slice(0, 30) });
    case "undecided":
      return refusedWith("undecided", { kind: "undecided" as const, items: outcome.items });
    case "unchanged":
      return refusal("unchanged", { params: { number: loaded.base?.version.version ?? 0 } });
    case "outdated":
      return refusal("outdated", { params: { latest: outcome.latest } });
    case "conflict":
      return refusal("conflict");
    case "already_published":
      return refusePublished();
    case "not_found":
      return notFound();
  }
}

export default function PublishDraft() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const base = `/research/questionnaires/${page.id}`;
  if (page.status !== "draft") {
    return (
      <div className="versions-page">
        <p className="breadcrumb">
          <Link to={base}>{t("versions.measure.backToVersion", { number: page.number })}</Link>
        </p>
        <h1>{t("versions.draft.publishedTitle", { number: page.number })}</h1>
        <p className="notice">{t("versions.publish.alreadyPublished")}</p>
      </div>
    );
  }
  const blocked = page.problemCount > 0 || page.undecided.length > 0 || page.unchanged || page.outdated !== null;
  return (
    <div className="versions-page">
      <VersionBreadcrumb versionHref={base} number={page.number} readOnly={false} />
      <h1>{page.heading}</h1>
      <p className="lead">{t("versions.publish.intro")}</p>
      {result?.kind === "saved" ? (
        <FormMessage tone="success">{t("versions.publish.decisionsSaved")}</FormMessage>
      ) : null}
      {result?.kind === "error" ? (
        <FormMessage tone="error">{t(result.key, ("params" in result ? result.params : undefined) ?? {})}</FormMessage>
      ) : null}
      {result?.kind === "undecided" ? <FormMessage tone="error">{t("versions.publish.undecided")}</FormMessage> : null}
      {result?.kind === "invalid" ? (
        <FormMessage tone="error">{t("versions.publish.problems", { count: result.problems.length })}</FormMessage>
      ) : null}

      <section aria-labelledby="decisions-heading" className="version-section">
        <h2 id="decisions-heading">{t("versions.publish.decisionsTitle")}</h2>
        <p className="field-hint">{t("versions.publish.decisionsHint")}</p>
        {page.changed.length === 0 ? (
          <p>{t("versions.publish.noChanged")}</p>
        ) : (
          <Form method="post" className="stack" key={page.revision}>
            <input type="hidden" name="revision" value={page.revision} />
            {page.changed.map((item) => (
              <fieldset key={item.id} className="decision">
                <legend>
                  <code>{item.id}</code> {page.titles[item.id]}
                </legend>
                <p className="field-hint">
                  {t("versions.changelog.parts", {
                    parts: item.parts
                      .map((part) => t(`versions.changelog.partNames.${part}`, { defaultValue: part }))
                      .join(t("versions.changelog.partSeparator")),
                  })}{" "}
                  <ComparabilityBadge value={item.comparability} />
                </p>
                {(
                  [
                    ["comparable", t("versions.measure.comparable")],
                    ["not_comparable", t("versions.measure.notComparable")],
                  ] as const
                ).map(([value, label]) => (
                  <label className="choice" key={value}>
                    <input
                      type="radio"
                      name={`decision.${item.id}`}
                      value={value}
                      defaultChecked={item.comparability === value}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </fieldset>
            ))}
            <button type="submit" name="intent" value="decide" className="button button-secondary">
              {t("versions.publish.saveDecisions")}
            </button>
          </Form>
        )}
      </section>

      {blocked ? (
        <section aria-labelledby="blockers-heading" className="problem-overview">
          <h2 id="blockers-heading">{t("versions.publish.blockersTitle")}</h2>
          <ul>
            {page.outdated ? <li>{t("versions.publish.outdated", { latest: page.outdated.latest })}</li> : null}
            {page.problemCount > 0 ? (
              <li>
                <Link to={base}>{t("versions.publish.problems", { count: page.problemCount })}</Link>
                <ul>
                  {page.problems.slice(0, 10).map((problem) => (
                    <li key={`${problem.path}-${problem.key}`}>
                      {[
                        problem.item ? t(`versions.where.${problem.item.kind}`, { id: problem.item.id }) : null,
                        problem.field ? pathLabel(t, problem.field) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                      {t("catalogue.colon")}
                      {problemMessage(t, problem)}
                    </li>
                  ))}
                </ul>
              </li>
            ) : null}
            {page.undecided.length > 0 ? (
              <li>
                {t("versions.publish.undecided")} ({page.undecided.join(", ")})
              </li>
            ) : null}
            {page.unchanged ? <li>{t("versions.publish.unchanged", { number: page.baseNumber ?? 0 })}</li> : null}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="ready-heading" className="card">
          <h2 id="ready-heading">{t("versions.publish.readyTitle")}</h2>
          <p>{t("versions.publish.ready", { number: page.number })}</p>
          <Form method="post">
            <input type="hidden" name="revision" value={page.revision} />
            <button
              type="submit"
              name="intent"
              value="publish"
              className="button"
              onClick={(event) => {
                if (!window.confirm(t("versions.publish.confirmQuestion", { number: page.number }))) {
                  event.preventDefault();
                }
              }}
            >
              {t("versions.publish.confirm", { number: page.number })}
            </button>
          </Form>
        </section>
      )}

      {page.changelog && page.baseNumber !== null ? (
        <section aria-labelledby="changelog-heading" className="card">
          <h2 id="changelog-heading">{t("versions.draft.changelogTitle", { number: page.baseNumber })}</h2>
          <ChangelogView changelog={page.changelog} titleOf={(id) => page.titles[id]} />
        </section>
      ) : null}
    </div>
  );
}
