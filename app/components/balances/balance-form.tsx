/**
 * The balance entry form, shared by "new" and "edit". Works without JavaScript: the
 * server validates, returns the typed values with problems or warnings, and stores only
 * after "I confirm these figures" when a warning came up.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import type { PlausibilityWarning, Problem } from "#app/domain/balances/fields";
import {
  accountingStandards,
  dataQualities,
  electricityMethods,
  emissionUnits,
  energySectors,
  energyUnits,
  finalEnergySectors,
  transportSectors,
} from "#app/domain/balances/model";
import { BalanceField } from "./balance-field";
import { formatParams, useBalanceFormat } from "./format";
import { CrosswalkTable } from "./method-notes";

export type FormValues = Readonly<Record<string, string>>;

function TextInput({
  name,
  label,
  hint,
  values,
  problems,
  required = false,
  numeric = true,
  readOnly = false,
}: {
  name: string;
  label: string;
  hint?: string;
  values: FormValues;
  problems: ReadonlyMap<string, Problem>;
  required?: boolean;
  numeric?: boolean;
  readOnly?: boolean;
}) {
  return (
    <BalanceField label={label} hint={hint} required={required} problem={problems.get(name)}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          name={name}
          type="text"
          inputMode={numeric ? "decimal" : undefined}
          defaultValue={values[name] ?? ""}
          required={required}
          readOnly={readOnly}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoComplete="off"
        />
      )}
    </BalanceField>
  );
}

function SelectInput({
  name,
  label,
  options,
  values,
  problems,
  required = false,
  hint,
}: {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  values: FormValues;
  problems: ReadonlyMap<string, Problem>;
  required?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <BalanceField label={label} hint={hint} required={required} problem={problems.get(name)}>
      {({ id, invalid, describedBy }) => (
        <select
          id={id}
          name={name}
          defaultValue={values[name] ?? ""}
          required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          <option value="">{t("balances.form.choose")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </BalanceField>
  );
}

export function BalanceForm({
  mode,
  values,
  problems,
  warnings,
  token,
}: {
  mode: "create" | "update";
  values: FormValues;
  problems: readonly Problem[];
  warnings: readonly PlausibilityWarning[] | null;
  token: string | null;
}) {
  const format = useBalanceFormat();
  const { t } = format;
  const byField = new Map(problems.map((p) => [p.field, p]));
  const common = { values, problems: byField };
  const sector = (s: string) => t(`balances.sectors.${s}`);
  return (
    <Form method="post" className="stack balance-form" noValidate>
      {problems.length > 0 ? (
        <FormMessage tone="error">
          <p>{t("balances.form.notSaved")}</p>
          {byField.get("form") ? <p>{t(byField.get("form")?.key ?? "")}</p> : null}
        </FormMessage>
      ) : null}

      <fieldset>
        <legend>{t("balances.form.yearAndPopulation")}</legend>
        <div className="field-grid">
          <TextInput
            name="year"
            label={t("balances.fields.year")}
            hint={t("balances.form.yearHint")}
            required
            readOnly={mode === "update"}
            {...common}
          />
          <TextInput
            name="population"
            label={t("balances.fields.population")}
            hint={t("balances.form.populationHint")}
            required
            {...common}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("balances.form.emissions")}</legend>
        <p className="field-hint">{t("balances.form.emissionsHint")}</p>
        <SelectInput
          name="emissions_unit"
          label={t("balances.fields.emissions_unit")}
          options={emissionUnits.map((u) => ({ value: u, label: t(`balances.units.${u}`) }))}
          required
          {...common}
        />
        <h3 className="form-group-title">{t("balances.subtotals.energy")}</h3>
        <div className="field-grid">
          {energySectors.map((s) => (
            <TextInput key={s} name={s} label={sector(s)} {...common} />
          ))}
          <TextInput
            name="energy_subtotal"
            label={t("balances.fields.energy_subtotal")}
            hint={t("balances.form.subtotalHint")}
            {...common}
          />
        </div>
        <h3 className="form-group-title">{t("balances.subtotals.transport")}</h3>
        <div className="field-grid">
          {transportSectors.map((s) => (
            <TextInput key={s} name={s} label={sector(s)} {...common} />
          ))}
          <TextInput
            name="transport_subtotal"
            label={t("balances.fields.transport_subtotal")}
            hint={t("balances.form.subtotalHint")}
            {...common}
          />
        </div>
        <h3 className="form-group-title">{t("balances.form.otherSources")}</h3>
        <div className="field-grid">
          <TextInput name="waste" label={sector("waste")} {...common} />
          <TextInput name="other" label={sector("other")} {...common} />
          <TextInput
            name="total"
            label={t("balances.fields.total")}
            hint={t("balances.form.totalHint")}
            required
            {...common}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("balances.form.finalEnergy")}</legend>
        <p className="field-hint">{t("balances.form.finalEnergyHint")}</p>
        <SelectInput
          name="energy_unit"
          label={t("balances.fields.energy_unit")}
          options={energyUnits.map((u) => ({ value: u, label: t(`balances.units.${u}`) }))}
          {...common}
        />
        <div className="field-grid">
          {finalEnergySectors.map((s) => (
            <TextInput
              key={s}
              name={`energy_${s}`}
              label={s === "transport" ? t("balances.subtotals.transport") : sector(s)}
              {...common}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("balances.form.method")}</legend>
        <SelectInput
          name="standard"
          label={t("balances.fields.standard")}
          options={accountingStandards.map((s) => ({ value: s, label: t(`balances.standards.${s}`) }))}
          required
          {...common}
        />
        <SelectInput
          name="electricity"
          label={t("balances.fields.electricity")}
          options={electricityMethods.map((m) => ({ value: m, label: t(`balances.electricity.${m}`) }))}
          required
          {...common}
        />
        <SelectInput
          name="data_quality"
          label={t("balances.fields.data_quality")}
          options={dataQualities.map((q) => ({ value: q, label: t(`balances.dataQuality.${q}`) }))}
          required
          {...common}
        />
        <TextInput
          name="source"
          label={t("balances.fields.source")}
          hint={t("balances.form.sourceHint")}
          numeric={false}
          {...common}
        />
        <CrosswalkTable />
      </fieldset>

      {warnings && warnings.length > 0 ? (
        <section className="warning-box" aria-labelledby="balance-warnings">
          <h2 id="balance-warnings">{t("balances.warnings.title")}</h2>
          <p>{t("balances.warnings.intro")}</p>
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.code}-${warning.params.otherYear ?? ""}`}>
                {t(`balances.warnings.${warning.code}`, formatParams(format, warning.params))}
              </li>
            ))}
          </ul>
          <input type="hidden" name="confirmedToken" value={token ?? ""} />
          <label className="choice">
            <input type="checkbox" name="confirm" value="on" />
            <span>{t("balances.warnings.confirm")}</span>
          </label>
        </section>
      ) : null}

      <button type="submit" className="button">
        {t("balances.form.save")}
      </button>
    </Form>
  );
}
