import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormMessage } from "#app/components/form-field";
import { MunicipalityPicker } from "#app/components/municipalities/municipality-picker";
import { PartnershipForm } from "#app/components/partnerships/partnership-form";
import { SuggestionPanel } from "#app/components/partnerships/suggestions";
import { PartnershipForm as PartnershipSchema } from "#app/domain/partnerships/partnership";
import { isStaff, requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { readForm } from "#app/server/core/forms.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { formFailure } from "#app/server/core/outcomes.server";
import { listMunicipalityChoices } from "#app/server/municipalities/municipalities.server";
import { interestsOf, setInterest } from "#app/server/partnerships/interests.server";
import { partnershipOutcomes } from "#app/server/partnerships/outcomes.server";
import { createPartnership, listPartnerships } from "#app/server/partnerships/partnerships.server";
import { suggestionsFor } from "#app/server/partnerships/suggestions.server";
import workshopStyles from "#app/styles/workshops.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: workshopStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/**
 * Everyone signed in: the directory. Respondents: suggestions and interest for their
 * municipalities. Researchers and admins: recording partnerships, and the suggestions of
 * any municipality (?for=<id>) to look at.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const t = await getTranslator(request);
  const locale = await getLocale(request);
  const staff = isStaff(actor);
  const own = await Promise.all(
    actor.municipalityIds.map(async (id) => ({
      suggestions: await suggestionsFor(database, actor, id, locale),
      interests: await interestsOf(database, id),
    })),
  );
  const forId = new URL(request.url).searchParams.get("for");
  let inspected = null;
  if (staff && forId && !actor.municipalityIds.includes(forId)) {
    inspected = await suggestionsFor(database, actor, forId, locale);
    if (!inspected) notFound();
  }
  return {
    title: `${t("partnerships.title")} – ${t("app.shortName")}`,
    directory: await listPartnerships(database),
    canManage: staff,
    municipalities: staff ? await listMunicipalityChoices(database, [forId]) : { options: [], complete: true },
    forId: forId ?? "",
    own: own.flatMap((o) => (o.suggestions ? [{ suggestions: o.suggestions, interests: o.interests }] : [])),
    inspected,
  };
}

const InterestForm = z.object({
  intent: z.enum(["interest", "withdraw"]),
  fromId: z.string().trim().min(1).max(64),
  toId: z.string().trim().min(1).max(64),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const intent = (
    await request
      .clone()
      .formData()
      .catch(() => null)
  )?.get("intent");
  if (intent === "save") {
    if (!isStaff(actor)) notFound();
    const form = await readForm(request, PartnershipSchema);
    if (!form.ok) return data({ errors: form.errors, message: null }, { status: 400 });
    const result = await createPartnership(database, actor, form.data);
    if (!result) notFound();
    if (!result.ok) return formFailure(partnershipOutcomes, result.outcome, { message: null }, result.field);
    return { errors: {}, message: "partnerships.created" };
  }
  const form = await readForm(request, InterestForm);
  if (!form.ok) return formFailure(partnershipOutcomes, "invalid", { message: null });
  const interested = form.data.intent === "interest";
  const outcome = await setInterest(database, actor, { fromId: form.data.fromId, toId: form.data.toId, interested });
  if (outcome === "not_found") notFound();
  return { errors: {}, message: interested ? "partnerships.interest.saved" : "partnerships.interest.withdrawn" };
}

export default function Partnerships() {
  const { directory, canManage, municipalities, forId, own, inspected } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  return (
    <>
      <h1>{t("partnerships.title")}</h1>
      <p className="lead">{t("partnerships.intro")}</p>
      {result?.message ? <FormMessage tone="success">{t(result.message)}</FormMessage> : null}

      {own.map(({ suggestions, interests }) => (
        <SuggestionPanel key={suggestions.municipality.id} data={suggestions} interests={interests} />
      ))}

      <section aria-labelledby="directory">
        <h2 id="directory">{t("partnerships.directoryTitle")}</h2>
        {directory.length === 0 ? (
          <p>{t("partnerships.none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table" data-testid="partnership-directory">
              <caption className="visually-hidden">{t("partnerships.directoryCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("partnerships.columns.cities")}</th>
                  <th scope="col">{t("partnerships.columns.kind")}</th>
                  <th scope="col">{t("partnerships.columns.since")}</th>
                  <th scope="col">{t("partnerships.columns.status")}</th>
                  <th scope="col">{t("partnerships.columns.contact")}</th>
                  {canManage ? <th scope="col">{t("partnerships.columns.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {directory.map((p) => (
                  <tr key={p.id}>
                    <td>
                      {p.a_name} {t("workshops.inParens", { text: t(`country.${p.a_country}`) })} – {p.b_name}{" "}
                      {t("workshops.inParens", { text: t(`country.${p.b_country}`) })}
                    </td>
                    <td>{t(`partnership.kinds.${p.kind}`)}</td>
                    <td>{p.since_year ?? "–"}</td>
                    <td>{t(`partnerships.statuses.${p.status}`)}</td>
                    <td className="comment-body">{p.contact ?? "–"}</td>
                    {canManage ? (
                      <td>
                        <Link to={`/partnerships/${p.id}`}>
                          {t("partnerships.edit")}
                          <span className="visually-hidden">
                            {" "}
                            – {t("partnerships.between", { a: p.a_name, b: p.b_name })}
                          </span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canManage ? (
        <>
          <section aria-labelledby="new-partnership" className="narrow">
            <h2 id="new-partnership">{t("partnerships.newTitle")}</h2>
            <PartnershipForm
              values={null}
              municipalities={municipalities}
              errors={errors}
              submitLabel={t("partnerships.create")}
            />
          </section>
          <section aria-labelledby="inspect-suggestions">
            <h2 id="inspect-suggestions">{t("partnerships.suggestions.show")}</h2>
            <p>{t("partnerships.suggestions.staffIntro")}</p>
            <Form method="get" className="stack narrow">
              <MunicipalityPicker
                label={t("partnerships.suggestions.choose")}
                name="for"
                choices={municipalities}
                defaultValue={forId}
              />
              <button type="submit" className="button">
                {t("partnerships.suggestions.show")}
              </button>
            </Form>
            {inspected ? <SuggestionPanel data={inspected} interests={null} /> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
