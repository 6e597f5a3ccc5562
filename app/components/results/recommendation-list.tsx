/**
 * Recommended measures of one field of action: each with its place, the reasons for it
 * in plain words (sentences from the locale's templates), how many comparable cities
 * implemented it and which may be named, how its score is computed, and – for the
 * municipality's own staff – a form to mark it.
 */
import { Link, useFetcher } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage } from "#app/components/form-field";
import type { RankReason } from "#app/domain/results";
import { markLimits, recommendationMarks } from "#app/domain/results/marks";
import type { BalanceShares, RecommendationView } from "#app/server/results/recommendations.server";
import { type Formats, useFormats } from "./format";

export type MarkActionData =
  | { ok: true; measureId: string; result: "saved" | "cleared" }
  | { ok: false; measureId: string | null; error: string };

type Translate = ReturnType<typeof useTranslation>["t"];

export function reasonSentence(
  t: Translate,
  formats: Formats,
  reason: RankReason,
  context: { depthWeight: number; balanceYear: number | null },
): string {
  switch (reason.code) {
    case "legal_obligation":
      return t("profile.recommendations.reasons.legal_obligation");
    case "potential_effort":
      return t("profile.recommendations.reasons.potential_effort", {
        potential: t(`profile.recommendations.potential.${reason.potential}`),
        effort: t(`profile.recommendations.effort.${reason.effort}`),
      });
    case "sector_share":
      return t("profile.recommendations.reasons.sector_share", {
        sector: t(`profile.recommendations.sectors.${reason.sector}`),
        share: formats.percent(reason.share),
        year: context.balanceYear ?? "",
      });
    case "depth":
      return t(`profile.recommendations.reasons.depth.${reason.depth}`, {
        weight: formats.number(context.depthWeight),
      });
    case "started":
      return t(`profile.recommendations.reasons.started.${reason.status}`, {
        remaining: formats.percent(reason.remainingShare),
      });
    case "limited_scope":
      return t(
        reason.practical
          ? "profile.recommendations.reasons.limited_scope_practical"
          : "profile.recommendations.reasons.limited_scope_legal",
        { factor: formats.number(reason.scopeFactor) },
      );
    case "peer_uptake":
      return t("profile.recommendations.reasons.peer_uptake", {
        count: reason.implementedCount,
        n: reason.peerCount,
      });
  }
}

export function RecommendationList({
  items,
  balance,
  canMark,
  marksShown,
  actionData,
}: {
  items: readonly RecommendationView[];
  balance: BalanceShares | null;
  canMark: boolean;
  marksShown: boolean;
  actionData: MarkActionData | undefined;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t("profile.recommendations.empty")}</p>;
  return (
    <ol className="recommendation-list">
      {items.map((item) => (
        <RecommendationCard
          key={item.measureId}
          item={item}
          balance={balance}
          canMark={canMark}
          marksShown={marksShown}
          actionData={actionData?.measureId === item.measureId ? actionData : undefined}
        />
      ))}
    </ol>
  );
}

function RecommendationCard({
  item,
  balance,
  canMark,
  marksShown,
  actionData,
}: {
  item: RecommendationView;
  balance: BalanceShares | null;
  canMark: boolean;
  marksShown: boolean;
  actionData: MarkActionData | undefined;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const headingId = useId();
  const x = item.explanation;
  return (
    <li
      className={`recommendation${item.legalObligation ? " recommendation-obligation" : ""}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {item.title}{" "}
        {item.legalObligation ? (
          <span className="badge badge-obligation">{t("profile.recommendations.legalBadge")}</span>
        ) : null}{" "}
        {marksShown && item.mark ? (
          <span className="badge badge-mark">{t(`profile.recommendations.marks.options.${item.mark.mark}`)}</span>
        ) : null}
      </h3>
      <p className="recommendation-place">
        {item.measureId} · {t("profile.recommendations.place", { position: item.position, count: item.fieldCount })}
      </p>
      <p className="recommendation-why">
        <strong>{t("profile.recommendations.why")}</strong>
      </p>
      <ul className="recommendation-reasons">
        {item.reasons.map((reason) => (
          <li key={reason.code}>
            {reasonSentence(t, formats, reason, { depthWeight: x.depthWeight, balanceYear: balance?.year ?? null })}
          </li>
        ))}
      </ul>
      {item.examples.length > 0 ? (
        <div className="recommendation-peers">
          {t("profile.recommendations.examples")}{" "}
          <ul>
            {item.examples.map((example) => (
              <li key={example.municipalityId}>
                <Link to={`/municipalities/${example.municipalityId}`}>{example.name}</Link> (
                {t(`country.${example.country}`)}
                {example.partner ? `, ${t("profile.recommendations.partner")}` : ""})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="recommendation-score">
        <summary>{t("profile.recommendations.score.open")}</summary>
        <table className="table">
          <caption>{t("profile.recommendations.score.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("profile.recommendations.score.factor")}</th>
              <th scope="col" className="numeric">
                {t("profile.recommendations.score.value")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                {t("profile.recommendations.score.potential", { level: t(`catalogue.classes.${x.potential}`) })}
              </th>
              <td className="numeric">{formats.number(x.potentialValue)}</td>
            </tr>
            <tr>
              <th scope="row">
                {t("profile.recommendations.score.depthWeight", { depth: t(`catalogue.depths.${x.depth}.label`) })}
              </th>
              <td className="numeric">{formats.number(x.depthWeight)}</td>
            </tr>
            <tr>
              <th scope="row">
                {t("profile.recommendations.score.scopeFactor", {
                  legal: formats.number(x.legalFactor),
                  practical: formats.number(x.practicalFactor),
                })}
              </th>
              <td className="numeric">{formats.number(x.scopeFactor)}</td>
            </tr>
            <tr>
              <th scope="row">
                {t("profile.recommendations.score.remaining", {
                  status: t(`questionnaire.survey.statuses.${x.status}`),
                })}
              </th>
              <td className="numeric">{formats.number(x.remainingShare)}</td>
            </tr>
            <tr>
              <th scope="row">{t("profile.recommendations.score.sectorWeight")}</th>
              <td className="numeric">{formats.number(x.sectorWeight)}</td>
            </tr>
            <tr>
              <th scope="row">
                {t("profile.recommendations.score.effort", { level: t(`catalogue.classes.${x.effort}`) })}
              </th>
              <td className="numeric">{formats.number(x.effortValue)}</td>
            </tr>
            <tr className="profile-total">
              <th scope="row">{t("profile.recommendations.score.score")}</th>
              <td className="numeric">{formats.number(item.efficiency)}</td>
            </tr>
          </tbody>
        </table>
        <p className="recommendation-formula">
          {t("profile.recommendations.score.formula", {
            potential: formats.number(x.potentialValue),
            depth: formats.number(x.depthWeight),
            scope: formats.number(x.scopeFactor),
            remaining: formats.number(x.remainingShare),
            sector: formats.number(x.sectorWeight),
            effort: formats.number(x.effortValue),
            score: formats.number(item.efficiency),
          })}
        </p>
        <p className="muted">{t("profile.recommendations.score.order")}</p>
      </details>
      {marksShown ? <MarkBlock item={item} canMark={canMark} actionData={actionData} /> : null}
    </li>
  );
}

function MarkBlock({
  item,
  canMark,
  actionData,
}: {
  item: RecommendationView;
  canMark: boolean;
  actionData: MarkActionData | undefined;
}) {
  const { t } = useTranslation();
  const { date } = useFormats();
  const fetcher = useFetcher<MarkActionData>();
  const result = fetcher.data ?? actionData;
  const id = useId();
  const current = item.mark;
  return (
    <div className="recommendation-mark">
      {current ? (
        <p>
          {current.setBy
            ? t("profile.recommendations.marks.currentBy", {
                mark: t(`profile.recommendations.marks.options.${current.mark}`),
                name: current.setBy,
                date: date(current.updatedAt),
              })
            : t("profile.recommendations.marks.current", {
                mark: t(`profile.recommendations.marks.options.${current.mark}`),
                date: date(current.updatedAt),
              })}
          {current.reason ? (
            <>
              <br />
              {t("profile.recommendations.marks.reasonShown", { reason: current.reason })}
            </>
          ) : null}
        </p>
      ) : null}
      {result?.ok === true ? (
        <FormMessage tone="success">
          {t(
            result.result === "saved" ? "profile.recommendations.marks.saved" : "profile.recommendations.marks.cleared",
          )}
        </FormMessage>
      ) : null}
      {result?.ok === false ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
      {canMark ? (
        <details className="recommendation-mark-form" open={result?.ok === false}>
          <summary>{t("profile.recommendations.marks.legend")}</summary>
          <fetcher.Form method="post" preventScrollReset>
            <input type="hidden" name="measureId" value={item.measureId} />
            <fieldset>
              <legend>{t("profile.recommendations.marks.legend")}</legend>
              {[...recommendationMarks, "none" as const].map((mark) => (
                <label key={mark} className="choice">
                  <input type="radio" name="mark" value={mark} defaultChecked={(current?.mark ?? "none") === mark} />
                  <span>{t(`profile.recommendations.marks.options.${mark}`)}</span>
                </label>
              ))}
            </fieldset>
            <div className="recommendation-mark-row">
              <div className="field">
                <label htmlFor={`${id}-reason`}>{t("profile.recommendations.marks.reason")}</label>
                <textarea
                  id={`${id}-reason`}
                  name="reason"
                  maxLength={markLimits.reasonLength}
                  defaultValue={current?.reason ?? ""}
                />
              </div>
              <button type="submit" className="button button-small" disabled={fetcher.state !== "idle"}>
                {t("profile.recommendations.marks.save")}
              </button>
            </div>
          </fetcher.Form>
        </details>
      ) : null}
    </div>
  );
}
