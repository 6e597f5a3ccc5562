/**
 * The workshop dossier on the page: figures side by side, common topics, then one
 * section per city (a page of its own when printed). Only what each city shares is in
 * the data; a city without consent shows its name and country and nothing else.
 */
import { useTranslation } from "react-i18next";
import { measureLabel, SuggestionCard, useFieldList } from "#app/components/partnerships/suggestion-card";
import type { PartnerSuggestion } from "#app/domain/partnerships/suggestions";
import type { PeerBand } from "#app/domain/results/peers";
import type { Country } from "#app/domain/vocabulary";
import { fieldsOfAction } from "#app/domain/vocabulary";
import type { DossierCity, FieldFigure, GroupTopic, SideBySideRow } from "#app/domain/workshops/dossier";
import { Discussion, type DiscussionContext } from "./discussion";

export interface DossierData {
  cities: DossierCity[];
  sideBySide: SideBySideRow[];
  topics: GroupTopic[];
  suggestions: Record<string, Array<PartnerSuggestion & { name: string; country: Country }>>;
  measureTitles: Record<string, string>;
}

export function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  return (value: number | null | undefined) => (value === null || value === undefined ? "–" : format.format(value));
}

function bandKey(band: PeerBand | null): string {
  return `workshops.dossier.bands.${band ?? "none"}`;
}

export function SideBySide({ data }: { data: DossierData }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const cell = (city: DossierCity, figure: FieldFigure | null) => {
    if (!city.shared) return <span className="muted">{t("workshops.dossier.notSharedCell")}</span>;
    if (!figure) return <span className="muted">{t("workshops.dossier.noResultsCell")}</span>;
    return (
      <>
        <strong>{percent(figure.activity)}</strong>
        <br />
        <span className="muted">{t(bandKey(figure.band))}</span>
      </>
    );
  };
  return (
    <section aria-labelledby="side-by-side" className="dossier-part">
      <h2 id="side-by-side">{t("workshops.dossier.sideBySideTitle")}</h2>
      <p>{t("workshops.dossier.sideBySideIntro")}</p>
      <div className="table-scroll">
        <table className="table side-by-side">
          <caption>{t("workshops.dossier.sideBySideCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("workshops.dossier.field")}</th>
              {data.cities.map((city) => (
                <th scope="col" key={city.municipalityId}>
                  {city.name}
                  <br />
                  <span className="muted">{t(`country.${city.country}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.sideBySide.map((row) => (
              <tr key={row.field}>
                <th scope="row">{t(`catalogue.fields.${row.field}`)}</th>
                {row.cells.map((c, index) => {
                  const city = data.cities[index];
                  return <td key={c.municipalityId}>{city ? cell(city, c.figure) : null}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Topics({ data, discussion }: { data: DossierData; discussion: DiscussionContext }) {
  const { t } = useTranslation();
  const names = new Map(data.cities.map((c) => [c.municipalityId, c.name]));
  return (
    <section aria-labelledby="topics" className="dossier-part">
      <h2 id="topics">{t("workshops.dossier.topicsTitle")}</h2>
      <p>{t("workshops.dossier.topicsIntro")}</p>
      {data.topics.length === 0 ? (
        <p>{t("workshops.dossier.noTopics")}</p>
      ) : (
        <ol className="recommendations">
          {data.topics.map((topic) => {
            const label = measureLabel(data.measureTitles, topic.measureId);
            return (
              <li key={topic.measureId}>
                <p className="recommendation-title">{label}</p>
                <p className="muted">
                  {t("workshops.dossier.topicCities", {
                    cities: topic.municipalityIds
                      .map((id) => names.get(id) ?? id)
                      .join(t("workshops.dossier.listSeparator")),
                  })}
                </p>
                <Discussion
                  item={{ municipalityId: null, measureId: topic.measureId }}
                  label={label}
                  context={discussion}
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function Profile({ city }: { city: DossierCity }) {
  const { t } = useTranslation();
  const percent = usePercent();
  if (!city.fields) return null;
  const headingId = `profile-${city.municipalityId}`;
  return (
    <>
      <h3 id={headingId}>{t("workshops.dossier.profileTitle")}</h3>
      <table className="table profile-table">
        <caption className="visually-hidden">{t("workshops.dossier.profileCaption", { name: city.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("workshops.dossier.field")}</th>
            <th scope="col">{t("workshops.dossier.activity")}</th>
            <th scope="col">{t("workshops.dossier.absoluteActivity")}</th>
            <th scope="col">{t("workshops.dossier.scope")}</th>
            <th scope="col">{t("workshops.dossier.band")}</th>
          </tr>
        </thead>
        <tbody>
          {fieldsOfAction.map((field) => {
            const figure = city.fields?.[field];
            return (
              <tr key={field}>
                <th scope="row">{t(`catalogue.fields.${field}`)}</th>
                <td>{percent(figure?.activity)}</td>
                <td>{percent(figure?.absoluteActivity)}</td>
                <td>{percent(figure?.scope)}</td>
                <td>{t(bandKey(figure?.band ?? null))}</td>
              </tr>
            );
          })}
          {city.overall ? (
            <tr className="total-row">
              <th scope="row">{t("workshops.dossier.overall")}</th>
              <td>{percent(city.overall.activity)}</td>
              <td>{percent(city.overall.absoluteActivity)}</td>
              <td>{percent(city.overall.scope)}</td>
              <td>{t("workshops.dossier.none")}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </>
  );
}

function Suggestions({ city, data }: { city: DossierCity; data: DossierData }) {
  const { t } = useTranslation();
  const suggestions = data.suggestions[city.municipalityId] ?? [];
  const fieldList = useFieldList();
  return (
    <>
      <h3>{t("workshops.dossier.suggestionsTitle")}</h3>
      <p>{t("workshops.dossier.suggestionsIntro", { name: city.name })}</p>
      {suggestions.length === 0 ? (
        <p className="muted">{t("workshops.dossier.noSuggestions")}</p>
      ) : (
        <ul className="suggestions">
          {suggestions.map((s) => (
            <SuggestionCard
              key={s.municipalityId}
              suggestion={s}
              heading="h4"
              measureTitles={data.measureTitles}
              learnFromThemTitle={t("workshops.dossier.learnFromThem", { name: city.name, partner: s.name })}
              learnFromUsTitle={t("workshops.dossier.learnFromUs", { name: city.name, partner: s.name })}
            >
              {s.theirStrengths.length > 0 ? (
                <p>{t("workshops.dossier.theirStrengths", { fields: fieldList(s.theirStrengths) })}</p>
              ) : null}
            </SuggestionCard>
          ))}
        </ul>
      )}
    </>
  );
}

export function CitySection({
  city,
  data,
  discussion,
}: {
  city: DossierCity;
  data: DossierData;
  discussion: DiscussionContext;
}) {
  const { t } = useTranslation();
  const headingId = `city-${city.municipalityId}-heading`;
  return (
    <section
      className="city-section"
      id={`city-${city.municipalityId}`}
      aria-labelledby={headingId}
      data-testid="city-section"
    >
      <h2 id={headingId}>
        {city.name} <span className="muted">{t("workshops.inParens", { text: t(`country.${city.country}`) })}</span>
      </h2>
      {!city.shared ? (
        <p className="notice">{t("workshops.dossier.notShared", { name: city.name })}</p>
      ) : !city.hasResults ? (
        <p className="notice">{t("workshops.dossier.noResults", { name: city.name })}</p>
      ) : (
        <>
          {city.reportingYear ? (
            <p className="muted">{t("workshops.dossier.round", { year: city.reportingYear })}</p>
          ) : null}
          <Profile city={city} />
          <h3>{t("workshops.dossier.recommendationsTitle")}</h3>
          {fieldsOfAction.map((field) => {
            const recommendations = city.topByField?.[field] ?? [];
            return (
              <div key={field} className="field-recommendations">
                <h4>{t(`catalogue.fields.${field}`)}</h4>
                {recommendations.length === 0 ? (
                  <p className="muted">{t("workshops.dossier.noRecommendations")}</p>
                ) : (
                  <ol className="recommendations">
                    {recommendations.map((r) => {
                      const label = measureLabel(data.measureTitles, r.measureId);
                      return (
                        <li key={r.measureId}>
                          <p className="recommendation-title">
                            {label}{" "}
                            {r.legalObligation ? (
                              <span className="badge">{t("workshops.dossier.obligation")}</span>
                            ) : null}
                          </p>
                          <Discussion
                            item={{ municipalityId: city.municipalityId, measureId: r.measureId }}
                            label={`${city.name}: ${label}`}
                            context={discussion}
                          />
                        </li>
                      );
                    })}
                  </ol>
                )}
              </div>
            );
          })}
          <Suggestions city={city} data={data} />
        </>
      )}
    </section>
  );
}
