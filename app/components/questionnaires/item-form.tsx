/**
 * What the measure and scope-question forms share: the comparability decision for an item
 * changed since the last version, the problem of the form as a whole and the save button;
 * and rows (conditions, answer options) added and removed in place.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ComparabilityChoice } from "#app/domain/questionnaires/version-editing";
import { ComparabilityField } from "./fields";
import { type ProblemLike, problemMessage } from "./problems";

/** The end of an item's form; `kind` names its texts, which say "measure" or "question". */
export function ItemFormEnd({
  kind,
  readOnly,
  comparability,
  formProblem,
}: {
  kind: "measure" | "scopeQuestion";
  readOnly: boolean;
  comparability: ComparabilityChoice | null;
  formProblem: ProblemLike | undefined;
}) {
  const { t } = useTranslation();
  const texts =
    kind === "measure"
      ? { legend: t("versions.measure.comparability"), save: t("versions.measure.save") }
      : { legend: t("versions.scopeQuestion.comparability"), save: t("versions.scopeQuestion.save") };
  return (
    <>
      {comparability ? (
        <ComparabilityField
          legend={texts.legend}
          value={comparability.value}
          changedParts={comparability.changedParts}
          baseNumber={comparability.baseNumber}
        />
      ) : null}
      {formProblem ? <p className="field-error">{problemMessage(t, formProblem)}</p> : null}
      {readOnly ? null : (
        <button type="submit" name="intent" value="save" className="button">
          {texts.save}
        </button>
      )}
    </>
  );
}

let rowCounter = 0;

/**
 * Rows of a repeated group, each with a key of its own: field names follow the position,
 * so removing a row renumbers the rest, and only a stable key keeps React from mixing up
 * what was typed into them.
 */
export function useKeyedRows<Row>(initial: readonly Row[]) {
  const [rows, setRows] = useState(() => initial.map((row) => ({ key: `row-${++rowCounter}`, row })));
  return {
    rows,
    add: (row: Row) => setRows((current) => [...current, { key: `row-${++rowCounter}`, row }]),
    remove: (key: string) => setRows((current) => current.filter((r) => r.key !== key)),
  };
}
