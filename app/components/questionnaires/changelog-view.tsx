/** A changelog as researchers read it: added, retired and changed items, with comparability. */
import { useTranslation } from "react-i18next";
import type { ChangedItem, Changelog } from "#app/domain/questionnaires/changelog";

export function ChangelogView({
  changelog,
  headingLevel = 2,
  titleOf,
  linkOf,
}: {
  changelog: Changelog;
  headingLevel?: 2 | 3;
  /** The measure's or question's title in the page language, shown as plain text. */
  titleOf?: (id: string) => string | undefined;
  linkOf?: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h3" : "h4";
  const label = (id: string) => {
    const title = titleOf?.(id);
    const href = linkOf?.(id);
    const text = (
      <>
        <code>{id}</code>
        {title ? ` ${title}` : null}
      </>
    );
    return href ? <a href={href}>{text}</a> : text;
  };
  const list = (ids: readonly string[]) =>
    ids.length === 0 ? (
      <p className="muted">{t("versions.changelog.none")}</p>
    ) : (
      <ul className="changelog-list">
        {ids.map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </ul>
    );
  const changed = (items: readonly ChangedItem[]) =>
    items.length === 0 ? (
      <p className="muted">{t("versions.changelog.none")}</p>
    ) : (
      <ul className="changelog-list">
        {items.map((item) => (
          <li key={item.id}>
            {label(item.id)}
            <br />
            <span className="muted">
              {t("versions.changelog.parts", {
                parts: item.parts
                  .map((part) => t(`versions.changelog.partNames.${part}`, { defaultValue: part }))
                  .join(t("versions.changelog.partSeparator")),
              })}
            </span>{" "}
            <ComparabilityBadge value={item.comparability} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="changelog">
      <Heading>{t("versions.changelog.added")}</Heading>
      {list(changelog.measures.added)}
      <Heading>{t("versions.changelog.retired")}</Heading>
      {list(changelog.measures.retired)}
      <Heading>{t("versions.changelog.changed")}</Heading>
      {changed(changelog.measures.changed)}
      {changelog.scopeQuestions.added.length > 0 ? (
        <>
          <Heading>{t("versions.changelog.questionsAdded")}</Heading>
          {list(changelog.scopeQuestions.added)}
        </>
      ) : null}
      {changelog.scopeQuestions.removed.length > 0 ? (
        <>
          <Heading>{t("versions.changelog.questionsRemoved")}</Heading>
          {list(changelog.scopeQuestions.removed)}
        </>
      ) : null}
      {changelog.scopeQuestions.changed.length > 0 ? (
        <>
          <Heading>{t("versions.changelog.questionsChanged")}</Heading>
          {changed(changelog.scopeQuestions.changed)}
        </>
      ) : null}
      {changelog.scoring.length > 0 ? (
        <>
          <Heading>{t("versions.changelog.scoring")}</Heading>
          <ul className="changelog-list">
            {changelog.scoring.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changelog.meta.length > 0 ? (
        <>
          <Heading>{t("versions.changelog.meta")}</Heading>
          <p>
            {changelog.meta
              .map((part) => t(`versions.changelog.partNames.${part}`))
              .join(t("versions.changelog.partSeparator"))}
          </p>
        </>
      ) : null}
    </div>
  );
}

export function ComparabilityBadge({ value }: { value: "comparable" | "not_comparable" | null }) {
  const { t } = useTranslation();
  if (value === "comparable") {
    return (
      <span className="badge badge-comparable">
        <span aria-hidden="true">= </span>
        {t("versions.changelog.comparable")}
      </span>
    );
  }
  if (value === "not_comparable") {
    return (
      <span className="badge badge-not-comparable">
        <span aria-hidden="true">≠ </span>
        {t("versions.changelog.notComparable")}
      </span>
    );
  }
  return (
    <span className="badge badge-undecided">
      <span aria-hidden="true">? </span>
      {t("versions.changelog.undecided")}
    </span>
  );
}
