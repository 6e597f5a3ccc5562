/**
 * One suggested partner city as a card: the partner panel and the workshop dossier show the
 * same card, each with its own wording around the measures both cities could learn.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerSuggestion } from "#app/domain/partnerships/suggestions";
import type { Country } from "#app/domain/vocabulary";

/** A measure by its title, with the id that the questionnaire and the catalogue use. */
export function measureLabel(titles: Record<string, string>, measureId: string): string {
  const title = titles[measureId];
  return title ? `${title} (${measureId})` : measureId;
}

/** The fields of action by name, joined as the page's language joins a list. */
export function useFieldList() {
  const { t } = useTranslation();
  const separator = t("workshops.dossier.listSeparator");
  return (fields: readonly string[]) => fields.map((f) => t(`catalogue.fields.${f}`)).join(separator);
}

function MeasureList({
  title,
  measureIds,
  titles,
}: {
  title: string;
  measureIds: readonly string[];
  titles: Record<string, string>;
}) {
  if (measureIds.length === 0) return null;
  return (
    <div>
      <p className="learn-title">{title}</p>
      <ul>
        {measureIds.map((id) => (
          <li key={id}>{measureLabel(titles, id)}</li>
        ))}
      </ul>
    </div>
  );
}

export function SuggestionCard({
  suggestion,
  heading: Heading,
  measureTitles,
  learnFromThemTitle,
  learnFromUsTitle,
  children,
  footer,
}: {
  suggestion: Pick<PartnerSuggestion, "municipalityId" | "learnFromThem" | "learnFromUs"> & {
    name: string;
    country: Country;
  };
  /** The card sits one level below its section: h3 in the partner panel, h4 in a dossier city. */
  heading: "h3" | "h4";
  measureTitles: Record<string, string>;
  learnFromThemTitle: string;
  learnFromUsTitle: string;
  /** What stands between the name and the measures (interest, strengths). */
  children?: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="suggestion">
      <Heading>
        {suggestion.name}{" "}
        <span className="muted">{t("workshops.inParens", { text: t(`country.${suggestion.country}`) })}</span>
      </Heading>
      {children}
      <div className="learn-grid">
        <MeasureList title={learnFromThemTitle} measureIds={suggestion.learnFromThem} titles={measureTitles} />
        <MeasureList title={learnFromUsTitle} measureIds={suggestion.learnFromUs} titles={measureTitles} />
      </div>
      {footer}
    </li>
  );
}
