/** Small labelled fields for the version editor, with the problem of each next to it. */
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { type ProblemLike, problemMessage } from "./problems";

export function SelectField({
  name,
  label,
  value,
  options,
  problem,
  hint,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  problem?: ProblemLike | undefined;
  hint?: string | undefined;
  onChange?: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={onChange ? (event) => onChange(event.currentTarget.value) : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {problem ? (
        <p className="field-error" id={`${id}-error`}>
          {problemMessage(t, problem)}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  label,
  value,
  problem,
  hint,
  multiline = false,
  inputMode,
  lang,
  prefix,
}: {
  name: string;
  label: string;
  value: string;
  problem?: ProblemLike | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "text";
  lang?: string;
  prefix?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    defaultValue: value,
    lang,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : prefix ? (
        <span className="prefixed-input">
          <span className="input-prefix">{prefix}</span>
          <input type="text" inputMode={inputMode} {...common} />
        </span>
      ) : (
        <input type="text" inputMode={inputMode} {...common} />
      )}
      {problem ? (
        <p className="field-error" id={`${id}-error`}>
          {problemMessage(t, problem)}
        </p>
      ) : null}
    </div>
  );
}

/** The three-way comparability decision for a changed measure or scope question. */
export function ComparabilityField({
  legend,
  value,
  changedParts,
  baseNumber,
  name = "comparability",
}: {
  legend: string;
  value: "comparable" | "not_comparable" | null;
  changedParts: readonly string[] | null;
  baseNumber: number;
  name?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const parts = (changedParts ?? [])
    .map((part) => t(`versions.changelog.partNames.${part}`, { defaultValue: part }))
    .join(t("versions.changelog.partSeparator"));
  return (
    <fieldset className="comparability" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {changedParts && changedParts.length > 0
          ? t("versions.measure.changedParts", { number: baseNumber, parts })
          : t("versions.measure.notChanged", { number: baseNumber })}{" "}
        {t("versions.measure.comparabilityHint")}
      </p>
      {(
        [
          ["comparable", t("versions.measure.comparable")],
          ["not_comparable", t("versions.measure.notComparable")],
          ["", t("versions.measure.undecided")],
        ] as const
      ).map(([option, label]) => (
        <label className="choice" key={option || "undecided"}>
          <input type="radio" name={name} value={option} defaultChecked={(value ?? "") === option} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
