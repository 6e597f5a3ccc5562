/**
 * The filter fields of the research workspace. The submissions list, the analysis and the
 * exports filter the same assessments, so each filter is one component: the same choices
 * under the same label on every page.
 */
import { Form, Link } from "@remix-run/react";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { assessmentStatuses } from "#app/domain/research/filters";
import { type Country, countries } from "#app/domain/vocabulary";

/**
 * A labelled select. `all` adds a first, empty choice: the filter not set. A fixed `id`
 * is for pages whose tests or hints name the field.
 */
export function SelectField<V extends string | number>({
  id,
  label,
  name,
  choices,
  choiceLabel = String,
  defaultValue,
  all,
  describedBy,
}: {
  id?: string;
  label: string;
  name: string;
  choices: readonly V[];
  choiceLabel?: (choice: V) => string;
  defaultValue: V | "";
  all?: string;
  describedBy?: string;
}) {
  const ownId = useId();
  const selectId = id ?? ownId;
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} name={name} defaultValue={defaultValue} aria-describedby={describedBy}>
        {all === undefined ? null : <option value="">{all}</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form that puts the filters in the address, so a filtered view can be linked and reloaded. */
export function FilterBar({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="research-filters" aria-label={t("research.filters.label")}>
      {children}
      <div className="actions">
        <button type="submit" className="button">
          {t("research.filters.apply")}
        </button>
        <Link to=".">{t("research.filters.reset")}</Link>
      </div>
    </Form>
  );
}

export function CountryFilter({ value }: { value?: Country | undefined }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("research.filters.country")}
      name="country"
      choices={countries}
      choiceLabel={(country) => t(`country.${country}`)}
      defaultValue={value ?? ""}
      all={t("research.filters.allCountries")}
    />
  );
}

/** The reporting round; without `offerAll` a round must be chosen (the analysis compares one round). */
export function RoundFilter({
  years,
  value,
  offerAll,
}: {
  years: readonly number[];
  value?: number | null | undefined;
  offerAll: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("research.filters.round")}
      name="year"
      choices={years}
      defaultValue={value ?? ""}
      all={offerAll ? t("research.filters.allRounds") : undefined}
    />
  );
}

export function StatusFilter({
  value,
  describedBy,
}: {
  value?: (typeof assessmentStatuses)[number] | undefined;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("research.filters.status")}
      name="status"
      choices={assessmentStatuses}
      choiceLabel={(status) => t(`assessmentStatus.${status}`)}
      defaultValue={value ?? ""}
      all={t("research.filters.allStatuses")}
      describedBy={describedBy}
    />
  );
}

export function VersionFilter({ versions, value }: { versions: readonly number[]; value?: number | undefined }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("research.filters.version")}
      name="version"
      choices={versions}
      choiceLabel={(version) => t("research.filters.versionNumber", { number: version })}
      defaultValue={value ?? ""}
      all={t("research.filters.allVersions")}
    />
  );
}
