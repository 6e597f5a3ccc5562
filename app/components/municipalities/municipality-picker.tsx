/**
 * A municipality select for staff forms. With the demo's few dozen municipalities it is a
 * plain select. At national scale (tens of thousands) the server lists only the first
 * few hundred, so the picker adds a search box that asks /municipalities/search and puts
 * the matches into the select; what was chosen stays chosen while searching.
 */
import { useFetcher } from "@remix-run/react";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "#app/components/form-field";
import {
  municipalityPickerLimit,
  municipalitySearchMaxLength,
  municipalitySearchMinLength,
} from "#app/domain/municipalities/municipality";
import type { Country } from "#app/domain/vocabulary";

export interface MunicipalityChoice {
  id: string;
  name_native: string;
  country: Country;
}

export interface MunicipalityPickerProps {
  label: string;
  name: string;
  choices: { options: readonly MunicipalityChoice[]; complete: boolean };
  defaultValue?: string | undefined;
  /** The first option's text; without it, a municipality must be chosen. */
  emptyLabel?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

/** What /municipalities/search answers. */
interface SearchResult {
  query: string | null;
  municipalities: MunicipalityChoice[];
}

const searchDelayMs = 250;

export function MunicipalityPicker({
  label,
  name,
  choices,
  defaultValue,
  emptyLabel,
  hint,
  error,
  required,
}: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const search = useFetcher<SearchResult>();
  // The chosen municipality keeps its option whatever the search shows.
  const [chosen, setChosen] = useState(() => choices.options.find((m) => m.id === defaultValue));
  const [query, setQuery] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const found = search.data?.query === query ? search.data.municipalities : undefined;
  const shown = found ?? choices.options;
  const options = chosen && !shown.some((m) => m.id === chosen.id) ? [chosen, ...shown] : shown;

  function searchFor(text: string) {
    setQuery(text.trim());
    clearTimeout(timer.current);
    if (text.trim().length < municipalitySearchMinLength) return;
    timer.current = setTimeout(() => {
      search.load(`/municipalities/search?${new URLSearchParams({ q: text.trim() })}`);
    }, searchDelayMs);
  }
  // The search runs as one types; Enter in the search box must not submit the form around the picker.
  function keepFormUnsent(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") event.preventDefault();
  }

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field municipality-picker">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        value={chosen?.id ?? ""}
        onChange={(event) => {
          const id = event.currentTarget.value;
          setChosen(options.find((m) => m.id === id));
        }}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {t("municipalityPicker.option", { name: m.name_native, country: t(`country.${m.country}`) })}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} messageKey={error} />
      {choices.complete ? null : (
        <div className="picker-search">
          <label htmlFor={`${id}-search`}>{t("municipalityPicker.search")}</label>
          <p className="field-hint" id={`${id}-search-hint`}>
            {t("municipalityPicker.searchHint", { limit: municipalityPickerLimit })}
          </p>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            maxLength={municipalitySearchMaxLength}
            aria-describedby={`${id}-search-hint`}
            aria-controls={id}
            onChange={(event) => searchFor(event.currentTarget.value)}
            onKeyDown={keepFormUnsent}
          />
          <p role="status" className="picker-status">
            {found
              ? found.length > 0
                ? t("municipalityPicker.found", { count: found.length })
                : t("municipalityPicker.noneFound")
              : null}
          </p>
        </div>
      )}
    </div>
  );
}
