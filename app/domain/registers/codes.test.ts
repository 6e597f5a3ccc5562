import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureSheet, fixtureText } from "#tests/support/registers-fixtures";
import { codeCandidates, findByCode, indexCodes, nameMatches, normaliseUnitCode, searchKey } from "./codes";
import { mergeFacts } from "./facts";
import { readGv100ad } from "./gv100ad";
import { readAbrNames } from "./jp-abr";
import { readJpCodes } from "./jp-codes";
import { registerLevels } from "./unit";
import { readUsGazetteer } from "./us-gazetteer";

const jp = mergeFacts(
  readJpCodes(fixtureSheet("jp-codes-sheet1.csv"), fixtureSheet("jp-codes-sheet2.csv")).units,
  readAbrNames(fixtureText("abr_mt_city_excerpt.csv")),
).units;
const units = [
  ...readGv100ad(fixtureText("GV100AD_excerpt.txt")).units,
  ...jp,
  ...readUsGazetteer(fixtureText("gaz_counties_excerpt.txt")).units,
  ...readUsGazetteer(fixtureText("gaz_place_excerpt.txt")).units,
];
const index = indexCodes(units);
const found = (query: string) => findByCode(index, query).map((m) => `${m.unit.country}:${m.unit.code}`);

describe("findByCode", () => {
  it("finds Heidelberg by its AGS with or without the leading zero, and by its ARS", () => {
    expect(found("08221000")).toEqual(["DE:08221000"]);
    expect(found("8221000")).toEqual(["DE:08221000"]);
    expect(found("082210000000")).toEqual(["DE:08221000"]);
    expect(found("08 221 000")).toEqual(["DE:08221000"]);
    expect(findByCode(index, "8221000")[0]?.candidate).toMatchObject({ system: "de_ags", restoredZero: true });
    expect(findByCode(index, "082210000000")[0]?.candidate.system).toBe("de_ars");
  });

  it("finds 久留米市 with and without the check digit", () => {
    expect(found("402036")).toEqual(["JP:402036"]);
    expect(found("40203")).toEqual(["JP:402036"]);
    expect(found("４０２０３")).toEqual(["JP:402036"]);
  });

  it("finds Seattle by its GEOID and by its place code alone, among the states that have one", () => {
    expect(found("5363000")).toEqual(["US:5363000"]);
    expect(found("53-63000")).toEqual(["US:5363000"]);
    const byPlace = found("63000");
    expect(byPlace).toContain("US:5363000");
    expect(byPlace).toEqual(["US:1263000", "US:1363000", "US:3463000", "US:3663000", "US:5363000"]);
    expect(found("WA 63000")).toEqual(["US:5363000"]);
    expect(codeCandidates("63000").filter((c) => c.system === "us_place_without_state")).toHaveLength(51);
  });

  it("finds a unit by its ANSI code", () => {
    expect(found("02411856")).toEqual(["US:5363000"]);
  });

  it("returns every reading of an ambiguous code", () => {
    const systems = codeCandidates("08221").map((c) => `${c.country}:${c.system}:${c.code}`);
    expect(systems).toEqual(["DE:de_kreis:08221", "JP:jp_jis5:082210", "US:us_county:08221", ...systems.slice(3)]);
    expect(codeCandidates("Heidelberg")).toEqual([]);
  });
});

describe("normaliseUnitCode", () => {
  it("pads lost zeros and takes an ARS for an AGS", () => {
    expect(normaliseUnitCode("DE", "municipality", "8221000")).toBe("08221000");
    expect(normaliseUnitCode("DE", "municipality", "82210000000")).toBe("08221000");
    expect(normaliseUnitCode("DE", "county", "8221")).toBe("08221");
    expect(normaliseUnitCode("JP", "municipality", "40203")).toBe("402036");
    expect(normaliseUnitCode("JP", "municipality", "11002")).toBe("011002");
    expect(normaliseUnitCode("US", "municipality", "667000")).toBe("0667000");
    expect(normaliseUnitCode("US", "municipality", "502507000")).toBe("0502507000");
    expect(normaliseUnitCode("DE", "municipality", "123")).toBeNull();
  });

  it("is idempotent", () => {
    const countries = fc.constantFrom("DE" as const, "JP" as const, "US" as const);
    fc.assert(
      fc.property(countries, fc.constantFrom(...registerLevels), fc.stringMatching(/^[\d -]{1,14}$/), (c, l, raw) => {
        const once = normaliseUnitCode(c, l, raw);
        return once === null || normaliseUnitCode(c, l, once) === once;
      }),
    );
  });

  it("offers a normalised code among its own candidates", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,12}$/), (raw) => {
        for (const candidate of codeCandidates(raw)) {
          if (candidate.system === "us_ansi") continue;
          expect(codeCandidates(candidate.code).some((again) => again.code === candidate.code)).toBe(true);
        }
      }),
    );
  });
});

describe("searchKey", () => {
  it("matches names however people write them", () => {
    const pairs: [string, string][] = [
      ["Heidelberg, Stadt", "Heidelberg"],
      ["Heidelberg, Stadt", "heidelberg stadt"],
      ["Heidelberg, Stadt", "Stadt Heidelberg"],
      ["Kurume-shi", "Kurume"],
      ["Kurume-shi", "kurume-shi"],
      ["久留米市", "久留米"],
      ["久留米市", "久留米市"],
      ["Seattle city", "Seattle"],
      ["Seattle city", "City of Seattle"],
      ["München, Landeshauptstadt", "Muenchen"],
      ["München, Landeshauptstadt", "munchen"],
      ["Düsseldorf, Stadt", "DÜSSELDORF"],
      ["Nashville-Davidson metropolitan government (balance)", "Nashville-Davidson"],
      ["Hastings charter township", "Hastings"],
      ["Juneau city and borough", "Juneau"],
      ["東京都", "東京"],
      ["青ヶ島村", "青ケ島"],
    ];
    for (const [a, b] of pairs) expect(searchKey(a), `${a} / ${b}`).toBe(searchKey(b));
  });

  it("keeps a kind word that is the whole name, and the part that tells names apart", () => {
    expect(searchKey("Stadt")).toBe("stadt");
    expect(searchKey("市")).toBe("市");
    expect(searchKey("Hamm (Sieg), Raiffeisengemeinde")).toBe("hamm sieg");
    expect(searchKey("Georgetown")).toBe("georgetown");
  });

  it("finds units by native or English name, by prefix", () => {
    const kurume = jp.find((u) => u.code === "402036");
    expect(kurume && nameMatches(kurume, "Kurume")).toBe(true);
    expect(kurume && nameMatches(kurume, "久留米")).toBe(true);
    expect(kurume && nameMatches(kurume, "kuru")).toBe(true);
    expect(kurume && nameMatches(kurume, "Kyoto")).toBe(false);
    expect(kurume && nameMatches(kurume, "")).toBe(false);
  });
});
