/**
 * Partner suggestions for one municipality, with "express interest" for its own staff and
 * the interest both ways. Only names, countries, fields and measure titles are shown.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Country } from "#app/domain/vocabulary";
import type { Interests } from "#app/server/partnerships/interests.server";
import type { SuggestionsFor } from "#app/server/partnerships/suggestions.server";
import { SuggestionCard, useFieldList } from "./suggestion-card";

function InterestButton({
  fromId,
  toId,
  interested,
  partner,
  label,
}: {
  fromId: string;
  toId: string;
  interested: boolean;
  partner: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" preventScrollReset className="inline">
      <input type="hidden" name="intent" value={interested ? "withdraw" : "interest"} />
      <input type="hidden" name="fromId" value={fromId} />
      <input type="hidden" name="toId" value={toId} />
      <button type="submit" className={interested ? "link-button" : "button button-small"}>
        {label ?? t(interested ? "partnerships.suggestions.withdraw" : "partnerships.suggestions.express")}
        <span className="visually-hidden">
          {" "}
          –{" "}
          {t(interested ? "partnerships.suggestions.withdrawLabel" : "partnerships.suggestions.expressLabel", {
            partner,
          })}
        </span>
      </button>
    </Form>
  );
}

export function SuggestionPanel({
  data,
  interests,
}: {
  data: SuggestionsFor;
  /** The municipality's interests; null when the person may only look (researchers, admins). */
  interests: Interests | null;
}) {
  const { t } = useTranslation();
  const { municipality } = data;
  const fields = useFieldList();
  const outgoing = new Set(interests?.outgoing ?? []);
  const mutual = new Set((interests?.mutual ?? []).map((m) => m.id));
  const country = (c: Country) => t(`country.${c}`);
  return (
    <section aria-labelledby={`suggestions-${municipality.id}`} className="card" data-testid="suggestions">
      <h2 id={`suggestions-${municipality.id}`}>{t("partnerships.suggestions.title", { name: municipality.name })}</h2>
      <p>{t("partnerships.suggestions.intro")}</p>
      {!data.hasResults ? (
        <p className="notice">{t("partnerships.suggestions.noResults", { name: municipality.name })}</p>
      ) : data.suggestions.length === 0 ? (
        <p className="muted">{t("partnerships.suggestions.none")}</p>
      ) : (
        <ul className="suggestions">
          {data.suggestions.map((s) => (
            <SuggestionCard
              key={s.municipalityId}
              suggestion={s}
              heading="h3"
              measureTitles={data.measureTitles}
              learnFromThemTitle={t("partnerships.suggestions.learnFromThem", {
                name: municipality.name,
                partner: s.name,
              })}
              learnFromUsTitle={t("partnerships.suggestions.learnFromUs", { name: municipality.name, partner: s.name })}
              footer={
                interests ? (
                  <InterestButton
                    fromId={municipality.id}
                    toId={s.municipalityId}
                    interested={outgoing.has(s.municipalityId)}
                    partner={s.name}
                  />
                ) : null
              }
            >
              {mutual.has(s.municipalityId) ? (
                <p className="badge mutual">{t("partnerships.suggestions.mutual")}</p>
              ) : outgoing.has(s.municipalityId) ? (
                <p className="muted">{t("partnerships.suggestions.interested")}</p>
              ) : null}
              {s.theirStrengths.length > 0 ? (
                <p>
                  {t("partnerships.suggestions.theirStrengths", {
                    name: municipality.name,
                    fields: fields(s.theirStrengths),
                  })}
                </p>
              ) : null}
              {s.ourStrengths.length > 0 ? (
                <p>{t("partnerships.suggestions.ourStrengths", { partner: s.name, fields: fields(s.ourStrengths) })}</p>
              ) : null}
            </SuggestionCard>
          ))}
        </ul>
      )}
      {interests ? (
        <>
          <h3>{t("partnerships.interest.incomingTitle", { name: municipality.name })}</h3>
          {interests.incoming.length === 0 ? (
            <p className="muted">{t("partnerships.interest.incomingNone")}</p>
          ) : (
            <ul>
              {interests.incoming.map((city) => (
                <li key={city.id}>
                  {city.name} {t("workshops.inParens", { text: country(city.country) })}{" "}
                  {mutual.has(city.id) ? (
                    <span className="badge mutual">{t("partnerships.interest.mutualTitle")}</span>
                  ) : (
                    <InterestButton
                      fromId={municipality.id}
                      toId={city.id}
                      interested={false}
                      partner={city.name}
                      label={t("partnerships.interest.answer")}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
