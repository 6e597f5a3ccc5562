import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormats } from "#app/components/results/format";
import { type MarkActionData, RecommendationList } from "#app/components/results/recommendation-list";
import { ResultsNav, useOpenDetailsForPrint } from "#app/components/results/results-nav";
import { MarkForm } from "#app/domain/results/marks";
import { fieldsOfAction } from "#app/domain/vocabulary";
import { requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { readForm } from "#app/server/core/forms.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import { findResultsAssessment } from "#app/server/results/assessment.server";
import { setRecommendationMark } from "#app/server/results/marks.server";
import { resultsOutcomes } from "#app/server/results/outcomes.server";
import { recommendationsPage } from "#app/server/results/recommendations.server";
import profileStyles from "#app/styles/profile.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: profileStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const assessment = await findResultsAssessment(database, actor, params.id ?? "");
  if (!assessment) notFound();
  const t = await getTranslator(request);
  const page = await recommendationsPage(database, actor, assessment, await getLocale(request));
  return {
    title: `${t("profile.recommendations.title", { municipality: assessment.municipality.name, year: assessment.reportingYear })} – ${t("app.shortName")}`,
    assessment: {
      id: assessment.id,
      municipality: assessment.municipality,
      reportingYear: assessment.reportingYear,
      submittedAt: assessment.submittedAt,
      versionNumber: assessment.version.version,
      provisional: assessment.provisional,
      canReadAnswers: assessment.canReadAnswers,
      canMark: assessment.canMark,
    },
    page,
  };
}

/** A refused mark, in the shape the mark form reads; a refused reason keeps its own message. */
function markRefused(outcome: "bad_mark" | "unknown_measure", measureId: string | null, error?: string) {
  const answer = outcomeAnswer(resultsOutcomes, outcome);
  return data<MarkActionData>({ ok: false, measureId, error: error ?? answer.messageKey }, { status: answer.status });
}

/** Marks a recommendation: only the municipality's own staff; anyone else gets a 404. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const assessment = await findResultsAssessment(database, actor, params.id ?? "");
  if (!assessment?.canMark) notFound();
  const form = await readForm(request, MarkForm);
  if (!form.ok) {
    // The refused form still says which recommendation it was about.
    const measureId = form.values?.measureId;
    return markRefused("bad_mark", typeof measureId === "string" ? measureId : null, form.errors.reason);
  }
  const result = await setRecommendationMark(database, actor, assessment.id, {
    measureId: form.data.measureId,
    mark: form.data.mark,
    reason: form.data.mark === "none" ? null : form.data.reason,
  });
  if (result === "not_found") notFound();
  if (result === "unknown_measure") return markRefused(result, form.data.measureId);
  return data<MarkActionData>({ ok: true, measureId: form.data.measureId, result });
}

export default function RecommendationsPage() {
  const { assessment, page } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const { percent, date } = useFormats();
  useOpenDetailsForPrint();
  const municipality = assessment.municipality;
  return (
    <div className="profile-page">
      <ResultsNav
        assessmentId={assessment.id}
        municipality={municipality}
        current="recommendations"
        showQuestionnaire={assessment.canReadAnswers}
      />
      <h1>
        {t("profile.recommendations.title", { municipality: municipality.name, year: assessment.reportingYear })}{" "}
        {municipality.isDemo ? <span className="badge">{t("app.demoBadge")}</span> : null}
      </h1>
      {assessment.provisional ? (
        <p className="notice profile-provisional">{t("profile.provisional")}</p>
      ) : assessment.submittedAt ? (
        <p className="muted">
          {t("profile.submittedOn", { date: date(assessment.submittedAt), version: assessment.versionNumber })}
        </p>
      ) : null}
      <p className="lead">{t("profile.recommendations.intro")}</p>
      <p>
        {page.balance
          ? t("profile.recommendations.balance.used", {
              year: page.balance.year,
              energy: percent(page.balance.energyShare),
              transport: percent(page.balance.transportShare),
            })
          : t("profile.recommendations.balance.none")}{" "}
        {!page.balance && assessment.canMark ? (
          <Link to={`/municipalities/${municipality.id}/balances`}>{t("profile.recommendations.balance.link")}</Link>
        ) : null}
      </p>
      <p>
        {page.uptakeGroup
          ? t(`profile.recommendations.uptake.${page.uptakeGroup.kind}`, {
              n: page.uptakeGroup.n,
              country: t(`country.${page.uptakeGroup.country}`),
              sizeClass: t(`municipality.sizeClasses.${page.uptakeGroup.sizeClass ?? municipality.sizeClass}`),
            })
          : t("profile.recommendations.uptake.none")}{" "}
        <span className="muted">{t("profile.recommendations.examplesNote")}</span>
      </p>
      {page.marksShown && !assessment.canMark ? (
        <p className="muted">{t("profile.recommendations.marks.researcherNote")}</p>
      ) : null}
      <nav aria-labelledby="fields-nav">
        <h2 id="fields-nav">{t("profile.recommendations.fieldsNav")}</h2>
        <ul className="recommendation-fields">
          {fieldsOfAction.map((field) => (
            <li key={field}>
              <a href={`#field-${field}`}>
                {t("profile.recommendations.fieldCount", {
                  field: t(`catalogue.fields.${field}`),
                  count: page.byField[field].length,
                })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {fieldsOfAction.map((field) => (
        <section key={field} id={`field-${field}`} aria-labelledby={`heading-${field}`} className="profile-section">
          <h2 id={`heading-${field}`}>
            {t("profile.recommendations.fieldCount", {
              field: t(`catalogue.fields.${field}`),
              count: page.byField[field].length,
            })}
          </h2>
          <RecommendationList
            items={page.byField[field]}
            balance={page.balance}
            canMark={assessment.canMark}
            marksShown={page.marksShown}
            actionData={actionData}
          />
        </section>
      ))}
    </div>
  );
}
