/** The partnership form (record and edit): two municipalities, kind, status, since when, contact. */
import { Form } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, FormField } from "#app/components/form-field";
import { MunicipalityPicker, type MunicipalityPickerProps } from "#app/components/municipalities/municipality-picker";
import { partnershipKinds, partnershipLimits, partnershipStatuses } from "#app/domain/partnerships/partnership";

export interface PartnershipFormValues {
  municipalityAId: string;
  municipalityBId: string;
  kind: string;
  status: string;
  sinceYear: string;
  contact: string;
}

function Select({
  label,
  name,
  defaultValue,
  error,
  children,
}: {
  label: string;
  name: string;
  defaultValue: string;
  error?: string | undefined;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} messageKey={error} />
    </div>
  );
}

export function PartnershipForm({
  values,
  municipalities,
  errors,
  submitLabel,
}: {
  values: PartnershipFormValues | null;
  municipalities: MunicipalityPickerProps["choices"];
  errors: Partial<Record<string, string>>;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="stack" noValidate>
      <input type="hidden" name="intent" value="save" />
      <MunicipalityPicker
        label={t("partnerships.form.municipalityA")}
        name="municipalityAId"
        choices={municipalities}
        defaultValue={values?.municipalityAId}
        emptyLabel={t("partnerships.form.choose")}
        error={errors.municipalityAId}
        required
      />
      <MunicipalityPicker
        label={t("partnerships.form.municipalityB")}
        name="municipalityBId"
        choices={municipalities}
        defaultValue={values?.municipalityBId}
        emptyLabel={t("partnerships.form.choose")}
        error={errors.municipalityBId}
        required
      />
      <Select
        label={t("partnerships.form.kind")}
        name="kind"
        defaultValue={values?.kind ?? "climate_partnership"}
        error={errors.kind}
      >
        {partnershipKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`partnership.kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t("partnerships.form.status")}
        name="status"
        defaultValue={values?.status ?? "active"}
        error={errors.status}
      >
        {partnershipStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`partnerships.statuses.${status}`)}
          </option>
        ))}
      </Select>
      <FormField
        label={t("partnerships.form.sinceYear")}
        hint={t("partnerships.form.sinceYearHint")}
        name="sinceYear"
        inputMode="numeric"
        maxLength={partnershipLimits.yearLength}
        defaultValue={values?.sinceYear ?? ""}
        error={errors.sinceYear}
      />
      <FormField
        label={t("partnerships.form.contact")}
        hint={t("partnerships.form.contactHint")}
        name="contact"
        maxLength={partnershipLimits.contactLength}
        defaultValue={values?.contact ?? ""}
        error={errors.contact}
      />
      {errors.form ? (
        <p className="field-error" role="alert">
          {t(errors.form)}
        </p>
      ) : null}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
