import { useTranslation } from "react-i18next";
import { crosswalk, type MethodDifference } from "#app/domain/balances/crosswalk";
import { accountingStandards, balanceSectors } from "#app/domain/balances/model";
import { TableScroll } from "./table-scroll";

/** One difference between two methods as a sentence. */
export function useMethodDifferenceText() {
  const { t } = useTranslation();
  const standard = (s: string) => t(`balances.standardsShort.${s}`);
  const sector = (s: string) => t(`balances.sectors.${s}`);
  return (difference: MethodDifference): string => {
    switch (difference.kind) {
      case "standard":
        return t("balances.differences.standard", { a: standard(difference.a), b: standard(difference.b) });
      case "electricity":
        return t("balances.differences.electricity", {
          a: t(`balances.electricityShort.${difference.a}`),
          b: t(`balances.electricityShort.${difference.b}`),
        });
      case "upstream_chains":
        return t("balances.differences.upstreamChains", {
          with: standard(difference.with),
          without: standard(difference.without),
        });
      case "sector_missing":
        return t(difference.optional ? "balances.differences.sectorOptional" : "balances.differences.sectorMissing", {
          sector: sector(difference.sector),
          standard: standard(difference.missingIn),
        });
      case "sector_content":
        return t("balances.differences.sectorContent", {
          sector: sector(difference.sector),
          contains: sector(difference.contains),
          standard: standard(difference.in),
        });
    }
  };
}

export function MethodDifferenceList({ differences }: { differences: readonly MethodDifference[] }) {
  const text = useMethodDifferenceText();
  return (
    <ul>
      {differences.map((difference) => (
        <li key={JSON.stringify(difference)}>{text(difference)}</li>
      ))}
    </ul>
  );
}

/**
 * The crosswalk as a table: per app sector, the source sectors of each standard. Source
 * sector names are the standards' own terms, shown in their original language.
 */
export function CrosswalkTable() {
  const { t } = useTranslation();
  const standards = accountingStandards.filter((s) => s !== "other");
  return (
    <details className="crosswalk">
      <summary>{t("balances.crosswalk.title")}</summary>
      <p>{t("balances.crosswalk.intro")}</p>
      <TableScroll label={t("balances.crosswalk.caption")}>
        <table className="table">
          <caption>{t("balances.crosswalk.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("balances.crosswalk.appSector")}</th>
              {standards.map((standard) => (
                <th scope="col" key={standard}>
                  {t(`balances.standardsShort.${standard}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {balanceSectors.map((sector) => (
              <tr key={sector}>
                <th scope="row">{t(`balances.sectors.${sector}`)}</th>
                {standards.map((standard) => {
                  const profile = crosswalk[standard];
                  const sources = profile.sectors.filter((s) => s.app === sector);
                  const contained = profile.absorbs.commerce?.includes(sector) ? "commerce" : null;
                  return (
                    <td key={standard}>
                      {sources.length === 0 ? (
                        <span className="muted">
                          {contained
                            ? t("balances.crosswalk.inSector", { sector: t(`balances.sectors.${contained}`) })
                            : t("balances.crosswalk.notReported")}
                        </span>
                      ) : (
                        <ul className="plain">
                          {sources.map((s) => (
                            <li
                              key={s.code}
                              lang={standard === "bisko" ? "de" : standard === "jp_moe_manual" ? "ja" : "en"}
                            >
                              {s.name}
                              {profile.optional.includes(sector) ? ` (${t("balances.crosswalk.optional")})` : ""}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{t("balances.crosswalk.upstream")}</p>
    </details>
  );
}
