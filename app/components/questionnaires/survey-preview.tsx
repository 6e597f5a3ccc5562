/**
 * The preview of a draft: SurveyJS renders the compiled model as a respondent sees it,
 * with answers kept in the browser only (nothing is saved, nothing is submitted).
 * Loaded lazily, after hydration, on the preview page only.
 */
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Model } from "survey-core";
import "survey-core/i18n/german";
import "survey-core/i18n/japanese";
import "survey-core/survey-core.fontless.css";
import { Survey } from "survey-react-ui";
import type { SurveyModel } from "#app/domain/questionnaires/compile-survey";

// The questionnaire page's colours (AA contrast) instead of SurveyJS's default green.
const theme = {
  cssVariables: {
    "--sjs-primary-backcolor": "#1f6b4f",
    "--sjs-primary-backcolor-dark": "#174d39",
    "--sjs-primary-backcolor-light": "rgba(31, 107, 79, 0.1)",
    "--sjs-general-backcolor-dim": "#fbfcfa",
    "--sjs-font-family": "inherit",
  },
};

export default function SurveyPreview({ model }: { model: SurveyModel }) {
  const { t } = useTranslation();
  const survey = useMemo(() => {
    const instance = new Model(model);
    instance.applyTheme(theme);
    return instance;
  }, [model]);
  const [current, setCurrent] = useState(survey.currentPage?.name ?? "");

  useEffect(() => {
    // The preview never completes: there is nothing to submit.
    const onCompleting = (_: unknown, options: { allow: boolean }) => {
      options.allow = false;
    };
    const onPageChanged = () => setCurrent(survey.currentPage?.name ?? "");
    survey.onCompleting.add(onCompleting);
    survey.onCurrentPageChanged.add(onPageChanged);
    return () => {
      survey.onCompleting.remove(onCompleting);
      survey.onCurrentPageChanged.remove(onPageChanged);
    };
  }, [survey]);

  return (
    <div className="questionnaire preview-survey" lang={model.locale}>
      <nav aria-label={t("questionnaire.pages")} className="page-nav">
        <ol>
          {survey.pages.map((page) => (
            <li key={page.name}>
              <button
                type="button"
                className="page-nav-item"
                aria-current={current === page.name ? "step" : undefined}
                onClick={() => {
                  survey.currentPage = page;
                  setCurrent(page.name);
                }}
              >
                <span className="page-nav-title">{page.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <Survey model={survey} />
    </div>
  );
}
