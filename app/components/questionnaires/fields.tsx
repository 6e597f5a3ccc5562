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
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <select
        {...describedControl(id, hint, problem)}
        name={name}
        defaultValue={value}
        onChange={onChange ? (event) => onChange(event.currentTarget.value) : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldProblem id={id} problem={problem} />
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
  const id = useId();
  const common = { ...describedControl(id, hint, problem), name, defaultValue: value, lang };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
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
      <FieldProblem id={id} problem={problem} />
    </div>
  );
}

/** What ties a control to its hint and problem, so screen readers announce both with it. */
function describedControl(id: string, hint: string | undefined, problem: ProblemLike | undefined) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": problem ? true : undefined, "aria-describedby": describedBy || undefined };
}

function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p className="field-hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldProblem({ id, problem }: { id: string; problem: ProblemLike | undefined }) {
  const { t } = useTranslation();
  return problem ? (
    <p className="field-error" id={`${id}-error`}>
      {problemMessage(t, problem)}
    </p>
  ) : null;
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
