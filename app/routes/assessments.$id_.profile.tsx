import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormats } from "#app/components/results/format";
import {
  BreakdownSection,
  ExplanationSection,
  FieldSection,
  OverviewSection,
  PeersSection,
  TrendSection,
} from "#app/components/results/profile-view";
import { ResultsNav, useOpenDetailsForPrint } from "#app/components/results/results-nav";
import { requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { findResultsAssessment } from "#app/server/results/assessment.server";
import { profilePageData } from "#app/server/results/profile-page.server";
import profileStyles from "#app/styles/profile.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: profileStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** The activity profile of one round: own staff and researchers any round, others submitted ones they may see. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const assessment = await findResultsAssessment(database, actor, params.id ?? "");
  if (!assessment) notFound();
  const t = await getTranslator(request);
  const data = await profilePageData(database, assessment, await getLocale(request));
  return {
    title: `${t("profile.profilePage.title", { municipality: assessment.municipality.name, year: assessment.reportingYear })} – ${t("app.shortName")}`,
    ...data,
  };
}

export default function ProfilePage() {
  const { assessment, profile, lines, peers, trend } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { date } = useFormats();
  useOpenDetailsForPrint();
  return (
    <div className="profile-page">
      <ResultsNav
        assessmentId={assessment.id}
        municipality={assessment.municipality}
        current="profile"
        showQuestionnaire={assessment.canReadAnswers}
      />
      <h1>
        {t("profile.profilePage.title", {
          municipality: assessment.municipality.name,
          year: assessment.reportingYear,
        })}{" "}
        {assessment.municipality.isDemo ? <span className="badge">{t("app.demoBadge")}</span> : null}
      </h1>
      {assessment.provisional ? (
        <p className="notice profile-provisional">{t("profile.provisional")}</p>
      ) : assessment.submittedAt ? (
        <p className="muted">
          {t("profile.submittedOn", { date: date(assessment.submittedAt), version: assessment.versionNumber })}
        </p>
      ) : null}
      <p className="lead">{t("profile.profilePage.intro")}</p>
      <OverviewSection overall={profile.overall} />
      <FieldSection byField={profile.byField} />
      <PeersSection
        peers={peers}
        country={assessment.municipality.country}
        sizeClass={assessment.municipality.sizeClass}
      />
      <TrendSection trend={trend} />
      <BreakdownSection byApproach={profile.byApproach} bySector={profile.bySector} overall={profile.overall} />
      <ExplanationSection lines={lines} byField={profile.byField} versionNumber={assessment.versionNumber} />
    </div>
  );
}
