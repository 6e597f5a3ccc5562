import { useTranslation } from "react-i18next";
import type { SaveState } from "./autosave";

/** The visible save state, announced politely to screen readers. */
export function SaveStatus({
  state,
  assessmentId,
  onRetry,
}: {
  state: SaveState;
  assessmentId: string;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: "short" });
  let message: string;
  switch (state.kind) {
    case "idle":
      message = t("questionnaire.save.idle");
      break;
    case "pending":
      message = t("questionnaire.save.pending");
      break;
    case "saving":
      message = t("questionnaire.save.saving");
      break;
    case "saved":
      message = t("questionnaire.save.saved", { time: time.format(new Date(state.at)) });
      break;
    case "offline":
      message = t("questionnaire.save.offline");
      break;
    case "signed_out":
      message = t("questionnaire.save.signedOut");
      break;
    case "invalid":
      message = t("questionnaire.save.invalid", { problems: state.problems.map((p) => t(p.message)).join("; ") });
      break;
    case "conflict":
      message = t("questionnaire.save.conflict");
      break;
    case "submitted":
      message = t("questionnaire.submit.submitted");
      break;
  }
  const tone = ["offline", "signed_out", "invalid", "conflict"].includes(state.kind) ? "warning" : "ok";
  return (
    <div className={`save-status save-status-${tone}`} role="status" aria-live="polite" data-state={state.kind}>
      <span>{message}</span>
      {state.kind === "signed_out" ? (
        <a href={`/login?${new URLSearchParams({ redirectTo: `/assessments/${assessmentId}` })}`}>
          {t("questionnaire.save.signInAgain")}
        </a>
      ) : null}
      {state.kind === "offline" ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {t("questionnaire.save.retry")}
        </button>
      ) : null}
    </div>
  );
}
