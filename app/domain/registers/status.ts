/**
 * The city status follows from the register's own kind label, so a unit read from any
 * format (official file, our flat CSV, the snapshot) gets the same status from the same
 * words. Labels not listed carry no status.
 */
import type { CityStatus, RegisterUnit } from "./unit";

const deStatus = new Map<string, CityStatus>(
  Object.entries({
    Stadtstaat: "stadtstaat",
    "Stadtstaat (kreisfreie Stadt)": "stadtstaat",
    "kreisfreie Stadt": "kreisfreie_stadt",
    "kreisfreie Stadt (Stadtkreis)": "kreisfreie_stadt",
    "Stadt (Große Kreisstadt)": "grosse_kreisstadt",
  } satisfies Record<string, CityStatus>),
);

const jpStatus = new Map<string, CityStatus>(
  Object.entries({
    "市 (政令指定都市)": "designated_city",
    "市 (中核市)": "core_city",
    "市 (施行時特例市)": "special_case_city",
    特別区: "special_ward",
  } satisfies Record<string, CityStatus>),
);

const usCountyStatus = new Map<string, CityStatus>(
  Object.entries({
    County: "us_county",
    Parish: "us_county",
    Borough: "us_county",
    "City and Borough": "us_county",
    Municipality: "us_county",
    "independent city (county equivalent)": "us_independent_city",
  } satisfies Record<string, CityStatus>),
);

const usConsolidatedKinds = new Set([
  "consolidated government (balance portion)",
  "consolidated government",
  "unified government",
  "metropolitan government",
  "urban county",
]);

export function cityStatusOf(unit: Pick<RegisterUnit, "country" | "level" | "code" | "kind">): CityStatus | null {
  switch (unit.country) {
    case "DE":
      return deStatus.get(unit.kind) ?? null;
    case "JP":
      return unit.level === "municipality" ? (jpStatus.get(unit.kind) ?? null) : null;
    case "US":
      if (unit.level === "county") return usCountyStatus.get(unit.kind) ?? null;
      if (unit.level !== "municipality") return null;
      // A 10-digit GEOID is a county subdivision; only governing ones (FUNCSTAT A) are in the register.
      if (unit.code.length === 10) return "us_township";
      return usConsolidatedKinds.has(unit.kind) ? "consolidated_city_county" : "us_place";
  }
}

/** The 市 kind label that carries a JP status, as jp.csv and the register show it. */
export const jpStatusKinds = {
  designated_city: "市 (政令指定都市)",
  core_city: "市 (中核市)",
  special_case_city: "市 (施行時特例市)",
} as const satisfies Partial<Record<CityStatus, string>>;
