/**
 * The questionnaire in the browser: SurveyJS renders the compiled model; this
 * component wires autosave, page navigation with completion per page, conflicts and
 * submitting. Loaded lazily on the questionnaire page only.
 */
import { type ComponentProps, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Model, type Question } from "survey-core";
import "survey-core/i18n/german";
import "survey-core/i18n/japanese";
import "survey-core/survey-core.fontless.css";
import { Survey } from "survey-react-ui";
import { type Answers, AnswerValue, SubmitResponse } from "#app/domain/assessments/protocol";
import type { SurveyModel } from "#app/domain/questionnaires/compile-survey";
import { Autosave, type SaveState } from "./autosave";
import { ConflictPanel } from "./conflict-panel";
import { SaveStatus } from "./save-status";

export interface QuestionnaireAssessment {
  id: string;
  revision: number;
  answers: Answers;
  currentPage: string | null;
  editable: boolean;
  status: "in_progress" | "submitted";
}

// Our colours (AA contrast) instead of SurveyJS's default green.
const theme = {
  cssVariables: {
    "--sjs-primary-backcolor": "#1f6b4f",
    "--sjs-primary-backcolor-dark": "#174d39",
    "--sjs-primary-backcolor-light": "rgba(31, 107, 79, 0.1)",
    "--sjs-general-backcolor-dim": "#fbfcfa",
    "--sjs-font-family": "inherit",
  },
};

export default function QuestionnaireSurvey({
  assessment,
  model,
}: {
  assessment: QuestionnaireAssessment;
  model: SurveyModel;
}) {
  const { t } = useTranslation();
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [missing, setMissing] = useState<string[] | null>(null);
  // Answers the server refused stay listed until the person changes them.
  const [rejected, setRejected] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [, setRevisionOfView] = useState(0);
  const applyingServerAnswers = useRef(false);

  const survey = useMemo(() => {
    const instance = new Model(model);
    instance.applyTheme(theme);
    instance.data = assessment.answers;
    instance.readOnly = !assessment.editable;
    const page = assessment.currentPage ? instance.getPageByName(assessment.currentPage) : null;
    if (page) instance.currentPage = page;
    return instance;
  }, [model, assessment]);

  const autosave = useMemo(() => {
    if (!assessment.editable || typeof window === "undefined") return null;
    return new Autosave({
      assessmentId: assessment.id,
      revision: assessment.revision,
      endpoint: `/api/v1/assessments/${assessment.id}/answers`,
      storage: window.localStorage,
      fetch: window.fetch.bind(window),
      onState: (state) => {
        setSaveState(state);
        if (state.kind === "invalid") {
          setRejected((current) => ({
            ...current,
            ...Object.fromEntries(state.problems.map((problem) => [problem.question, problem.message])),
          }));
        }
      },
      onServerAnswers: (serverAnswers) => {
        applyingServerAnswers.current = true;
        const unsaved = autosaveRef.current?.unsaved() ?? {};
        const names = new Set([...Object.keys(survey.data as Answers), ...Object.keys(serverAnswers)]);
        for (const name of names) {
          if (name in unsaved) continue;
          survey.setValue(name, serverAnswers[name]);
        }
        applyingServerAnswers.current = false;
        setRevisionOfView((n) => n + 1);
      },
    });
  }, [assessment, survey]);
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  useEffect(() => {
    if (!autosave) return;
    // Answers typed earlier but never acknowledged (offline, signed out) come back first.
    applyingServerAnswers.current = true;
    for (const [name, value] of Object.entries(autosave.unsaved())) survey.setValue(name, value ?? undefined);
    applyingServerAnswers.current = false;

    const onValueChanged = (_: unknown, options: { name: string; value: unknown }) => {
      if (applyingServerAnswers.current) return;
      // Anything SurveyJS holds that is no answer value (an emptied field) clears the answer.
      const value = AnswerValue.safeParse(options.value);
      autosave.change(options.name, value.success ? value.data : null);
      setRejected(({ [options.name]: _, ...rest }) => rest);
      setRevisionOfView((n) => n + 1);
    };
    const onPageChanged = () => autosave.setPage(survey.currentPage.name);
    const onOnline = () => void autosave.flushNow();
    survey.onValueChanged.add(onValueChanged);
    survey.onCurrentPageChanged.add(onPageChanged);
    window.addEventListener("online", onOnline);
    if (autosave.hasUnsaved()) void autosave.flushNow();
    return () => {
      survey.onValueChanged.remove(onValueChanged);
      survey.onCurrentPageChanged.remove(onPageChanged);
      window.removeEventListener("online", onOnline);
    };
  }, [autosave, survey]);

  async function submit() {
    if (!autosave || submitting) return;
    if (!window.confirm(t("questionnaire.submit.confirm"))) return;
    setSubmitting(true);
    setMissing(null);
    try {
      await autosave.flushNow();
      if (autosave.hasUnsaved()) return;
      const response = await fetch(`/api/v1/assessments/${assessment.id}/submit`, {
        method: "POST",
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.status === 401) {
        setSaveState({ kind: "signed_out" });
        return;
      }
      const parsed = SubmitResponse.safeParse(await response.json().catch(() => undefined));
      const answer = parsed.success ? parsed.data : undefined;
      if (answer && !("error" in answer)) window.location.reload();
      else if (answer?.error === "incomplete") setMissing(answer.missing);
    } catch {
      setSaveState({ kind: "offline" });
    } finally {
      setSubmitting(false);
    }
  }

  useEffect(() => {
    const onCompleting = (_: unknown, options: { allow: boolean }) => {
      // Completing is submitting, which our own flow does with a completeness check.
      options.allow = false;
      void submit();
    };
    survey.onCompleting.add(onCompleting);
    return () => survey.onCompleting.remove(onCompleting);
  });

  const goTo = (pageName: string, question?: Question | null) => {
    const page = survey.getPageByName(pageName);
    if (page) survey.currentPage = page;
    setRevisionOfView((n) => n + 1);
    if (question) setTimeout(() => question.focus(), 50);
  };

  return (
    <div className="questionnaire">
      {autosave ? (
        <SaveStatus state={saveState} assessmentId={assessment.id} onRetry={() => void autosave.flushNow()} />
      ) : null}
      {saveState.kind === "conflict" && autosave ? (
        <ConflictPanel
          differences={saveState.differences}
          titleOf={(name) => survey.getQuestionByName(name)?.title ?? name}
          onApply={(keep) => {
            for (const difference of saveState.differences) {
              if (keep[difference.question] === "theirs") {
                applyingServerAnswers.current = true;
                survey.setValue(difference.question, difference.theirs ?? undefined);
                applyingServerAnswers.current = false;
              }
            }
            autosave.resolveConflict(keep, saveState.serverAnswers, saveState.serverRevision);
          }}
        />
      ) : null}
      {Object.keys(rejected).length > 0 ? (
        <QuestionList
          id="rejected-title"
          title={t("questionnaire.save.rejectedTitle")}
          items={Object.entries(rejected).map(([name, message]) => ({ name, note: t(message) }))}
          survey={survey}
          onGoTo={goTo}
        />
      ) : null}
      <PageNavigation survey={survey} onGoTo={goTo} />
      {missing ? (
        <QuestionList
          id="missing-title"
          title={t("questionnaire.submit.missingTitle")}
          intro={t("questionnaire.submit.missingIntro")}
          items={missing.map((name) => ({ name }))}
          survey={survey}
          onGoTo={goTo}
        />
      ) : null}
      <Survey model={survey} />
      {autosave ? (
        <p>
          <button type="button" className="button" onClick={() => void submit()} disabled={submitting}>
            {submitting ? t("questionnaire.submit.submitting") : t("questionnaire.submit.button")}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** Questions that need the person's attention, each with a way to get to it. */
function QuestionList({
  id,
  title,
  intro,
  items,
  survey,
  onGoTo,
}: {
  id: string;
  title: string;
  intro?: string;
  items: ReadonlyArray<{ name: string; note?: string }>;
  survey: Model;
  onGoTo: (page: string, question?: Question | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="form-message form-message-error" role="alert" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      <ul>
        {items.map(({ name, note }) => {
          const question = survey.getQuestionByName(name);
          const page = question?.page?.name;
          return (
            <li key={name}>
              {question?.title ?? name}
              {note ? `: ${note}` : null}{" "}
              {page ? (
                <button type="button" className="link-button" onClick={() => onGoTo(page, question)}>
                  {t("questionnaire.submit.goTo")}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PageNavigation({ survey, onGoTo }: { survey: Model; onGoTo: ComponentProps<typeof PageButton>["onGoTo"] }) {
  const { t } = useTranslation();
  const required = survey.getAllQuestions(true).filter((q) => q.isRequired);
  const answered = required.filter((q) => !q.isEmpty()).length;
  return (
    <nav aria-label={t("questionnaire.pages")} className="page-nav">
      <p className="overall-progress">
        <label htmlFor="overall-progress">
          {t("questionnaire.overallProgress", { answered, total: required.length })}
        </label>
        <progress id="overall-progress" max={required.length} value={answered} />
      </p>
      <ol>
        {survey.pages.map((page) => (
          <li key={page.name}>
            <PageButton survey={survey} pageName={page.name} onGoTo={onGoTo} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function PageButton({ survey, pageName, onGoTo }: { survey: Model; pageName: string; onGoTo: (page: string) => void }) {
  const { t } = useTranslation();
  const page = survey.getPageByName(pageName);
  const required = page.questions.filter((q) => q.isVisible && q.isRequired);
  const answered = required.filter((q) => !q.isEmpty()).length;
  const current = survey.currentPage?.name === pageName;
  const complete = required.length > 0 && answered === required.length;
  return (
    <button
      type="button"
      className={`page-nav-item${complete ? " complete" : ""}`}
      aria-current={current ? "step" : undefined}
      onClick={() => onGoTo(pageName)}
    >
      <span className="page-nav-title">{page.title}</span>
      <span className="page-nav-progress">{t("questionnaire.pageProgress", { answered, total: required.length })}</span>
    </button>
  );
}
