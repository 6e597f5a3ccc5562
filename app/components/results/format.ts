/** Number formats of the profile pages, in the page's language. */
import { useTranslation } from "react-i18next";

export interface Formats {
  /** 0.386 → "39 %" (de), "39%" (en, ja); null → "–". */
  percent: (value: number | null | undefined) => string;
  /** Points and factors: up to two decimals. */
  number: (value: number | null | undefined) => string;
  date: (iso: string) => string;
}

export function useFormats(): Formats {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  const none = t("profile.none");
  return {
    percent: (value) =>
      value === null || value === undefined || !Number.isFinite(value) ? none : percent.format(value),
    number: (value) => (value === null || value === undefined || !Number.isFinite(value) ? none : number.format(value)),
    date: (iso) => date.format(new Date(iso)),
  };
}
