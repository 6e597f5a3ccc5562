import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countries } from "#app/domain/vocabulary";
import { getActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";
import { homeOverview } from "#app/server/home/home.server";
import { countMunicipalitiesByCountry } from "#app/server/municipalities/municipalities.server";
import { listWorkshops } from "#app/server/workshops/workshops.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getTranslator(request);
  const database = await db();
  const actor = await getActor(request);
  return {
    title: t("app.name"),
    municipalityCounts: await countMunicipalitiesByCountry(database),
    home: actor
      ? {
          displayName: actor.displayName,
          ...(await homeOverview(database, actor)),
          workshops: await listWorkshops(database, actor, { invitedOnly: true }),
        }
      : null,
  };
}

export default function Index() {
  const { home } = useLoaderData<typeof loader>();
  return home ? <PersonalHome /> : <PublicHome />;
}

function PublicHome() {
  const { municipalityCounts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const total = countries.reduce((sum, country) => sum + municipalityCounts[country], 0);
  return (
    <>
      <h1>{t("app.name")}</h1>
      <p className="lead">{t("app.tagline")}</p>
      <p>{t("home.intro")}</p>

      <h2>{t("home.howTitle")}</h2>
      <ol className="steps">
        <li>{t("home.howAssess")}</li>
        <li>{t("home.howProfile")}</li>
        <li>{t("home.howRecommend")}</li>
        <li>{t("home.howMeet")}</li>
      </ol>

      <h2>{t("home.participatingTitle")}</h2>
      <p>{t("home.participatingCount", { count: total })}</p>
      <ul className="country-counts">
        {countries.map((country) => (
          <li key={country}>
            {t("home.countryCount", { country: t(`country.${country}`), count: municipalityCounts[country] })}
          </li>
        ))}
      </ul>

      <p>
        <Link to="/catalogue">{t("home.catalogueLink")}</Link>
      </p>
      <p>
        {t("home.signInPrompt")} <Link to="/login">{t("nav.signIn")}</Link>
      </p>
    </>
  );
}

function PersonalHome() {
  const { home } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  if (!home) return null;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1>{t("home.welcome", { name: home.displayName })}</h1>

      {home.municipalities.length > 0 ? (
        <section aria-labelledby="my-municipalities">
          <h2 id="my-municipalities">{t("home.myMunicipalities")}</h2>
          {home.municipalities.map((municipality) => (
            <article key={municipality.id} className="card">
              <h3>
                <Link to={`/municipalities/${municipality.id}`}>{municipality.name_native}</Link>{" "}
                {municipality.is_demo ? <span className="badge">{t("app.demoBadge")}</span> : null}
              </h3>
              <p className="muted">
                {t(`country.${municipality.country}`)} · {municipality.region}
              </p>
              <table className="table">
                <caption>{t("home.assessmentsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("home.round")}</th>
                    <th scope="col">{t("home.status")}</th>
                    <th scope="col">{t("home.version")}</th>
                    <th scope="col">{t("home.lastChange")}</th>
                  </tr>
                </thead>
                <tbody>
                  {municipality.assessments.map((assessment) => (
                    <tr key={assessment.id}>
                      <td>
                        <Link to={`/assessments/${assessment.id}`}>
                          {t("home.roundOf", { year: assessment.reporting_year })}
                        </Link>
                        <span className="muted">
                          {" · "}
                          <Link to={`/assessments/${assessment.id}/profile`}>{t("profile.home.profile")}</Link>
                          {" · "}
                          <Link to={`/assessments/${assessment.id}/recommendations`}>
                            {t("profile.home.recommendations")}
                          </Link>
                        </span>
                      </td>
                      <td>{t(`assessmentStatus.${assessment.status}`)}</td>
                      <td>{assessment.version_number}</td>
                      <td>{dateFormat.format(new Date(assessment.updated_at))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {municipality.assessments.every((a) => a.status === "submitted") ? (
                <Form method="post" action={`/municipalities/${municipality.id}/rounds`}>
                  <p className="muted">{t("questionnaire.nextRound.intro")}</p>
                  <button type="submit" className="button">
                    {t("questionnaire.nextRound.button", {
                      year: Math.max(0, ...municipality.assessments.map((a) => a.reporting_year)) + 1,
                    })}
                  </button>
                </Form>
              ) : null}
            </article>
          ))}
        </section>
      ) : null}

      {home.isParticipant ? (
        <section aria-labelledby="my-workshops">
          <h2 id="my-workshops">{t("home.myWorkshops")}</h2>
          {home.workshops.length === 0 ? (
            <p>{t("home.noWorkshops")}</p>
          ) : (
            <ul className="plain workshop-list">
              {home.workshops.map((workshop) => (
                <li key={workshop.id} className="card">
                  <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
                  <br />
                  <span className="muted">
                    {t("workshops.when", {
                      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" }).format(
                        new Date(`${workshop.heldOn}T00:00:00Z`),
                      ),
                      place: workshop.place,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {home.workspace ? (
        <section aria-labelledby="workspace">
          <h2 id="workspace">{t("home.workspace")}</h2>
          <ul className="country-counts">
            <li>{t("home.inProgressCount", { count: home.workspace.assessmentsByStatus.in_progress })}</li>
            <li>{t("home.submittedCount", { count: home.workspace.assessmentsByStatus.submitted })}</li>
          </ul>
          <ul>
            <li>
              <Link to="/admin/invitations">{t("nav.invitations")}</Link>
            </li>
            <li>
              <Link to="/catalogue">{t("nav.catalogue")}</Link>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}
