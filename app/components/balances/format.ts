import { useTranslation } from "react-i18next";
import type { Country } from "#app/domain/vocabulary";

/** Number and year formats of the balance pages, in the page's language. */
export function useBalanceFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const upToOneDecimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(language, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  return {
    t,
    language,
    /** t CO2e, MWh, inhabitants: whole numbers with grouping. */
    whole: (value: number) => whole.format(value),
    /** t CO2e per inhabitant. */
    perCapita: (value: number) => oneDecimal.format(value),
    /** Percent figures typed by people (65, 46.5): no needless decimals. */
    decimal: (value: number) => upToOneDecimal.format(value),
    percent: (fraction: number) => percent.format(fraction),
    /** With a typographic minus, as the other negative figures on the page. */
    signedPercent: (fraction: number) => signedPercent.format(fraction).replace("-", "−"),
    /** Japanese inventories count fiscal years (年度), the others calendar years. */
    year: (year: number, country: Country) =>
      t(country === "JP" ? "balances.year.fiscal" : "balances.year.calendar", { year }),
    optional: (value: number | null, format: (value: number) => string) => (value === null ? "–" : format(value)),
  };
}

export type BalanceFormat = ReturnType<typeof useBalanceFormat>;

/** Message parameters as text in the page's language (figures with grouping, shares as percent). */
export function formatParams(
  format: BalanceFormat,
  params: Readonly<Record<string, string | number>> | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === "string") result[key] = key === "unit" ? format.t(`balances.units.${value}`) : value;
    else if (key === "change") result[key] = format.signedPercent(value);
    else if (key === "perCapita" || key === "limit") result[key] = format.perCapita(value);
    else if (key === "min" || key === "max" || key === "line" || key === "otherYear") result[key] = String(value);
    else result[key] = format.whole(value);
  }
  return result;
}
