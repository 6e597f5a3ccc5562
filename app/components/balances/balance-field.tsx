/**
 * One labelled field of the balance and target forms, wired for screen readers: the hint
 * and the problem describe the control, and the problem marks it invalid.
 */
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "#app/domain/balances/fields";
import { formatParams, useBalanceFormat } from "./format";

/** What the control needs to belong to its label, hint and problem. */
export interface FieldWiring {
  id: string;
  invalid: true | undefined;
  describedBy: string | undefined;
}

export function BalanceField({
  id: givenId,
  label,
  hint,
  required = false,
  problem,
  children,
}: {
  /** A stable id where the page links to the field; otherwise one of React's. */
  id?: string;
  label: string;
  hint?: string | undefined;
  /** Marks the label; whether the control itself is `required` is the control's business. */
  required?: boolean;
  problem: Problem | undefined;
  children: (wiring: FieldWiring) => ReactNode;
}) {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="required">{t("balances.form.required")}</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, invalid: problem ? true : undefined, describedBy: describedBy || undefined })}
      <ProblemText problem={problem} id={`${id}-error`} />
    </div>
  );
}

function ProblemText({ problem, id }: { problem: Problem | undefined; id: string }) {
  const format = useBalanceFormat();
  if (!problem) return null;
  return (
    <p className="field-error" id={id}>
      {format.t(problem.key, formatParams(format, problem.params))}
    </p>
  );
}
