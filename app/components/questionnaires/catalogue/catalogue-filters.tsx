import { Form, Link, useSubmit } from "@remix-run/react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CatalogueFilter, catalogueFilterKeys } from "#app/domain/questionnaires/catalogue-filter";
import {
  countries,
  fieldsOfAction,
  impactApproaches,
  impactDepths,
  legalScopeLevels,
  sectors,
} from "#app/domain/vocabulary";

/**
 * The filter form: a plain GET form that works without JavaScript; with it, every
 * change submits at once (empty choices left out of the address).
 */
export function CatalogueFilters({ filter }: { filter: CatalogueFilter }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const hintId = useId();
  // Set once the change handler is live (hydrated); until then the form works as plain HTML.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  // After back/forward or "show all", the selects follow the address again.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const key of catalogueFilterKeys) {
      const select = form.elements.namedItem(key);
      if (select instanceof HTMLSelectElement) select.value = filter[key] === undefined ? "" : String(filter[key]);
    }
  }, [filter]);

  function submitOnChange(event: FormEvent<HTMLFormElement>) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") params.set(key, value);
    }
    submit(params, { method: "get", action: "/catalogue", preventScrollReset: true, replace: true });
  }

  const all = t("catalogue.filters.all");
  return (
    <Form
      ref={formRef}
      method="get"
      action="/catalogue"
      preventScrollReset
      className="catalogue-filters"
      aria-labelledby="filters-heading"
      role="search"
      onChange={submitOnChange}
      data-enhanced={enhanced || undefined}
    >
      <h2 id="filters-heading">{t("catalogue.filters.title")}</h2>
      <div className="filter-grid">
        <FilterSelect
          name="field"
          label={t("catalogue.columns.field")}
          value={filter.field}
          empty={all}
          options={fieldsOfAction.map((field) => ({ value: field, label: t(`catalogue.fields.${field}`) }))}
        />
        <FilterSelect
          name="approach"
          label={t("catalogue.columns.approach")}
          value={filter.approach}
          empty={all}
          options={impactApproaches.map((approach) => ({
            value: approach,
            label: t(`catalogue.approaches.${approach}`),
          }))}
        />
        <FilterSelect
          name="depth"
          label={t("catalogue.columns.depth")}
          value={filter.depth}
          empty={all}
          options={impactDepths.map((depth) => ({
            value: String(depth),
            label: t("catalogue.depthValue", { depth, label: t(`catalogue.depths.${depth}.label`) }),
          }))}
        />
        <FilterSelect
          name="sector"
          label={t("catalogue.columns.sector")}
          value={filter.sector}
          empty={all}
          options={sectors.map((sector) => ({ value: sector, label: t(`catalogue.sectors.${sector}`) }))}
        />
      </div>
      <div className="filter-row">
        <fieldset className="scope-filter" aria-describedby={hintId}>
          <legend>{t("catalogue.filters.scopeLegend")}</legend>
          <p className="field-hint" id={hintId}>
            {t("catalogue.filters.scopeHint")}
          </p>
          <div className="filter-grid">
            <FilterSelect
              name="country"
              label={t("catalogue.filters.country")}
              value={filter.country}
              empty={t("catalogue.filters.anyCountry")}
              options={countries.map((country) => ({ value: country, label: t(`country.${country}`) }))}
            />
            <FilterSelect
              name="level"
              label={t("catalogue.filters.level")}
              value={filter.level}
              empty={t("catalogue.filters.anyLevel")}
              options={legalScopeLevels.map((level) => ({ value: level, label: t(`catalogue.levels.${level}.label`) }))}
            />
          </div>
        </fieldset>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t("catalogue.filters.apply")}
          </button>
          <Link to="/catalogue" preventScrollReset>
            {t("catalogue.filters.reset")}
          </Link>
        </div>
      </div>
    </Form>
  );
}

function FilterSelect({
  name,
  label,
  value,
  empty,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  empty: string;
  options: Array<{ value: string; label: string }>;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
