import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormMessage } from "#app/components/form-field";
import { measureLabel } from "#app/components/partnerships/suggestion-card";
import type { DiscussionContext, DiscussionResult } from "#app/components/workshops/discussion";
import { formTarget } from "#app/components/workshops/discussion";
import { CitySection, SideBySide, Topics } from "#app/components/workshops/dossier";
import { CommentBody, itemKey } from "#app/domain/workshops/workshop";
import { requireActor } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { readForm } from "#app/server/core/forms.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import { addComment, editComment, setMark, workshopDiscussion } from "#app/server/workshops/discussion.server";
import { buildDossier } from "#app/server/workshops/dossier.server";
import { workshopOutcomes } from "#app/server/workshops/outcomes.server";
import { findWorkshop } from "#app/server/workshops/workshops.server";
import workshopStyles from "#app/styles/workshops.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: workshopStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** The dossier: participants of this workshop, researchers and admins; everyone else 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const workshop = await findWorkshop(database, actor, params.id ?? "");
  if (!workshop) notFound();
  const locale = await getLocale(request);
  const t = await getTranslator(request);
  const [dossier, discussion] = await Promise.all([
    buildDossier(database, actor, workshop, locale),
    workshopDiscussion(database, actor, workshop),
  ]);
  return {
    title: `${workshop.title} – ${t("app.shortName")}`,
    workshop: {
      id: workshop.id,
      title: workshop.title,
      heldOn: workshop.heldOn,
      place: workshop.place,
      languages: workshop.languages,
      canManage: workshop.canManage,
    },
    dossier,
    discussion,
    userId: actor.userId,
  };
}

const itemFields = {
  municipalityId: z
    .string()
    .trim()
    .max(64)
    .transform((value) => value || null),
  measureId: z.string().trim().min(1).max(16),
};

const DiscussionAction = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("comment"),
    ...itemFields,
    parentId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => value || null),
    body: CommentBody,
  }),
  z.object({
    intent: z.literal("edit"),
    ...itemFields,
    commentId: z.string().trim().min(1).max(64),
    body: CommentBody,
  }),
  z.object({ intent: z.literal("mark"), ...itemFields }),
  z.object({ intent: z.literal("unmark"), ...itemFields }),
]);

/** Where a message belongs, read leniently from the raw form (for messages about invalid input). */
function targetOf(form: FormData): string | null {
  const get = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const item = itemKey({ municipalityId: get("municipalityId") || null, measureId: get("measureId") });
  switch (get("intent")) {
    case "edit":
      return formTarget("edit", get("commentId"));
    case "mark":
    case "unmark":
      return formTarget("mark", item);
    case "comment":
      return get("parentId") ? formTarget("reply", get("parentId")) : formTarget("comment", item);
    default:
      return null;
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const database = await db();
  const workshop = await findWorkshop(database, actor, params.id ?? "");
  if (!workshop) notFound();
  const raw = await request
    .clone()
    .formData()
    .catch(() => null);
  const target = raw ? targetOf(raw) : null;
  const form = await readForm(request, DiscussionAction);
  if (!form.ok) {
    const invalid = outcomeAnswer(workshopOutcomes, "invalid");
    const message = form.errors.body ?? invalid.messageKey;
    return data<DiscussionResult>({ ok: false, target, message }, { status: invalid.status });
  }
  const input = form.data;
  const item = { municipalityId: input.municipalityId, measureId: input.measureId };
  const result =
    input.intent === "comment"
      ? await addComment(database, actor, workshop.id, { ...item, body: input.body, parentId: input.parentId })
      : input.intent === "edit"
        ? await editComment(database, actor, workshop.id, input.commentId, input.body)
        : await setMark(database, actor, workshop.id, item, input.intent === "mark");
  if (!result.ok) {
    if (result.outcome === "not_found") notFound();
    const refusal = outcomeAnswer(workshopOutcomes, result.outcome);
    return data<DiscussionResult>({ ok: false, target, message: refusal.messageKey }, { status: refusal.status });
  }
  const message =
    input.intent === "comment"
      ? "workshops.discussion.posted"
      : input.intent === "edit"
        ? "workshops.discussion.updated"
        : null;
  return data<DiscussionResult>({ ok: true, target, message });
}

export default function WorkshopDossier() {
  const { workshop, dossier, discussion, userId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  const dossierLanguage = workshop.languages[0] ?? "en";
  const context: DiscussionContext = {
    userId,
    mayDiscuss: true,
    threads: discussion.threads,
    marks: discussion.marks,
    result: result ?? null,
  };
  const names = new Map(dossier.cities.map((c) => [c.municipalityId, c.name]));
  return (
    <div className="dossier-page">
      <p className="muted">{t("workshops.dossier.title")}</p>
      <h1>{workshop.title}</h1>
      {searchParams.get("saved") ? <FormMessage tone="success">{t("workshops.saved")}</FormMessage> : null}
      <p className="lead">{t("workshops.dossier.intro")}</p>
      <dl className="facts">
        <dt>{t("workshops.dossier.date")}</dt>
        <dd>{dateFormat.format(new Date(`${workshop.heldOn}T00:00:00Z`))}</dd>
        <dt>{t("workshops.dossier.place")}</dt>
        <dd>{workshop.place}</dd>
        <dt>{t("workshops.dossier.languages")}</dt>
        <dd>{workshop.languages.map((l) => t(`language.${l}`)).join(t("workshops.dossier.listSeparator"))}</dd>
      </dl>
      <div className="dossier-actions no-print">
        <a className="button" href={`/workshops/${workshop.id}/dossier.pdf`} download>
          {t("workshops.dossier.downloadPdf", { language: t(`language.${dossierLanguage}`) })}
        </a>
        <span className="muted">{t("workshops.dossier.printHint")}</span>
      </div>
      {workshop.canManage ? (
        <p className="dossier-actions no-print">
          <Link to={`/workshops/${workshop.id}/edit`}>{t("workshops.editLink")}</Link>
          <Link to={`/admin/invitations?workshop=${workshop.id}`}>{t("workshops.invite")}</Link>
        </p>
      ) : null}

      {discussion.agenda ? (
        <section aria-labelledby="agenda" className="agenda card">
          <h2 id="agenda">{t("workshops.dossier.agendaTitle")}</h2>
          <p>{t("workshops.dossier.agendaIntro")}</p>
          {discussion.agenda.length === 0 ? (
            <p>{t("workshops.dossier.agendaNone")}</p>
          ) : (
            <table className="table" data-testid="agenda">
              <caption className="visually-hidden">{t("workshops.dossier.agendaCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("workshops.dossier.agendaItem")}</th>
                  <th scope="col">{t("workshops.dossier.agendaMarks")}</th>
                  <th scope="col">{t("workshops.dossier.agendaComments")}</th>
                </tr>
              </thead>
              <tbody>
                {discussion.agenda.map((item) => (
                  <tr key={item.key}>
                    <td>
                      {item.municipalityId ? (names.get(item.municipalityId) ?? "") : t("workshops.dossier.wholeGroup")}
                      : {measureLabel(dossier.measureTitles, item.measureId)}
                    </td>
                    <td>{item.marks}</td>
                    <td>{item.comments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <nav aria-labelledby="dossier-contents" className="dossier-contents no-print">
        <h2 id="dossier-contents">{t("workshops.dossier.participating")}</h2>
        <ol>
          {dossier.cities.map((city) => (
            <li key={city.municipalityId}>
              <a href={`#city-${city.municipalityId}`}>{city.name}</a>{" "}
              {t("workshops.inParens", { text: t(`country.${city.country}`) })}
            </li>
          ))}
        </ol>
      </nav>

      <SideBySide data={dossier} />
      <Topics data={dossier} discussion={context} />
      {dossier.cities.map((city) => (
        <CitySection key={city.municipalityId} city={city} data={dossier} discussion={context} />
      ))}
    </div>
  );
}
