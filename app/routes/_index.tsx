import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countries } from "#app/domain/vocabulary";
import { db } from "#app/server/db.server";
import { getTranslator } from "#app/server/i18n.server";
import { countMunicipalitiesByCountry } from "#app/server/municipalities.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getTranslator(request);
  return {
    title: t("app.name"),
    municipalityCounts: await countMunicipalitiesByCountry(await db()),
  };
}

export default function Index() {
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
      <p>{t("home.signInPrompt")}</p>
    </>
  );
}
