/**
 * Official codes as people type them, and names as people search for them.
 *
 * Codes arrive from spreadsheets without their leading zeros (AGS 08221000 → 8221000),
 * from statistics without the Japanese check digit (402036 → 40203), as a German ARS
 * instead of the AGS, or as a US place code without its state. `codeCandidates` returns
 * every normalised code a query could mean, with the code system it was read as; a
 * register then keeps those it holds.
 */
import { jpCode6 } from "./jp-check-digit";
import type { RegisterCountry, RegisterLevel, RegisterUnit } from "./unit";
import { usStateFipsByUsps, usStates } from "./us-states";

export type CodeSystem =
  | "de_land"
  | "de_kreis"
  | "de_ags"
  | "de_ars"
  | "jp_code"
  | "jp_jis5"
  | "us_state"
  | "us_county"
  | "us_place"
  | "us_place_without_state"
  | "us_cousub"
  | "us_ansi";

export interface CodeCandidate {
  readonly country: RegisterCountry;
  readonly system: CodeSystem;
  /** The unit code to look up; for `us_ansi` the ANSI code (altCodes.ansi). */
  readonly code: string;
  /** True when a leading zero had to be restored. */
  readonly restoredZero: boolean;
}

/** Digits of a query with spaces, dashes, dots and slashes removed and full-width digits folded. */
export function codeDigits(query: string): string | null {
  const compact = query.normalize("NFKC").replace(/[\s\-‐‑–—./_]/g, "");
  return /^\d+$/.test(compact) ? compact : null;
}

/** ARS (Kreis 5 + Verband 4 + Gemeinde 3) → AGS (Kreis 5 + Gemeinde 3). */
export function arsToAgs(ars: string): string {
  return `${ars.slice(0, 5)}${ars.slice(9, 12)}`;
}

export function codeCandidates(query: string): CodeCandidate[] {
  const trimmed = query.normalize("NFKC").trim();
  // "WA 63000", "wa-5363000": a USPS state abbreviation in front narrows a US code to that state.
  const usps = trimmed.match(/^([A-Za-z]{2})[\s-]*(\d[\d\s-]*)$/);
  if (usps?.[1] && usps[2]) {
    const state = usStateFipsByUsps.get(usps[1].toUpperCase());
    const digits = codeDigits(usps[2]);
    if (!state || !digits) return [];
    const inState = [...usCandidates(digits), ...usCandidates(`${state}${digits}`)].filter((c) =>
      c.code.startsWith(state),
    );
    return inState.filter((c, i) => inState.findIndex((o) => o.code === c.code) === i);
  }
  const digits = codeDigits(trimmed);
  if (!digits) return [];
  return [...deCandidates(digits), ...jpCandidates(digits), ...usCandidates(digits)];
}

function deCandidates(d: string): CodeCandidate[] {
  const out: CodeCandidate[] = [];
  const add = (system: CodeSystem, code: string, restoredZero: boolean) =>
    out.push({ country: "DE", system, code, restoredZero });
  // Länder run 01–16; a code for 01–09 written without its zero loses one digit.
  if (d.length === 2) add("de_land", d, false);
  if (d.length === 1) add("de_land", `0${d}`, true);
  if (d.length === 5) add("de_kreis", d, false);
  if (d.length === 4) add("de_kreis", `0${d}`, true);
  if (d.length === 8) add("de_ags", d, false);
  if (d.length === 7) add("de_ags", `0${d}`, true);
  if (d.length === 12) add("de_ars", arsToAgs(d), false);
  if (d.length === 11) add("de_ars", arsToAgs(`0${d}`), true);
  return out.filter((c) => isDeLand(c.code.slice(0, 2)));
}

function isDeLand(two: string): boolean {
  const n = Number(two);
  return n >= 1 && n <= 16;
}

function jpCandidates(d: string): CodeCandidate[] {
  const out: CodeCandidate[] = [];
  const add = (system: CodeSystem, code: string, restoredZero: boolean) => {
    // Prefectures run 01–47.
    const prefecture = Number(code.slice(0, 2));
    if (prefecture >= 1 && prefecture <= 47) out.push({ country: "JP", system, code, restoredZero });
  };
  if (d.length === 6 && jpCode6(d.slice(0, 5)) === d) add("jp_code", d, false);
  if (d.length === 5) {
    // Either the 5-digit form, or a 6-digit code that lost its zero: keep both when the check digit allows.
    add("jp_jis5", jpCode6(d), false);
    const padded = `0${d}`;
    if (jpCode6(padded.slice(0, 5)) === padded) add("jp_code", padded, true);
  }
  if (d.length === 4) add("jp_jis5", jpCode6(`0${d}`), true);
  return out;
}

function usCandidates(d: string): CodeCandidate[] {
  const out: CodeCandidate[] = [];
  const add = (system: CodeSystem, code: string, restoredZero: boolean) => {
    if (system === "us_ansi" || usStateFips.has(code.slice(0, 2)))
      out.push({ country: "US", system, code, restoredZero });
  };
  if (d.length === 2) add("us_state", d, false);
  if (d.length === 1) add("us_state", `0${d}`, true);
  if (d.length === 5) add("us_county", d, false);
  if (d.length === 4) add("us_county", `0${d}`, true);
  if (d.length === 7) add("us_place", d, false);
  if (d.length === 6) add("us_place", `0${d}`, true);
  if (d.length === 10) add("us_cousub", d, false);
  if (d.length === 9) add("us_cousub", `0${d}`, true);
  // A place code alone (5 digits) is unique only within its state: every state is a candidate.
  if (d.length === 5) for (const [fips] of usStates) add("us_place_without_state", `${fips}${d}`, false);
  if (d.length === 8) add("us_ansi", d, false);
  return out;
}

const usStateFips = new Set<string>(usStates.map(([fips]) => fips));

/**
 * The normalised code of a unit of a known country and level, from a value a file or a
 * person wrote (leading zeros lost, ARS for AGS, 5-digit JP code); null when it cannot be one.
 */
export function normaliseUnitCode(country: RegisterCountry, level: RegisterLevel, raw: string): string | null {
  const d = codeDigits(raw);
  if (!d) return null;
  const pad = (width: number) => (d.length <= width && d.length >= width - 1 ? d.padStart(width, "0") : null);
  switch (country) {
    case "DE":
      if (level === "state") return pad(2);
      if (level === "county") return pad(5);
      if (d.length >= 11) return d.length <= 12 ? arsToAgs(d.padStart(12, "0")) : null;
      return pad(8);
    case "JP": {
      if (d.length === 6) return jpCode6(d.slice(0, 5)) === d ? d : null;
      if (d.length === 4) return jpCode6(`0${d}`);
      if (d.length !== 5) return null;
      // A 6-digit code that lost its zero is only taken for it when its check digit fits.
      const padded = `0${d}`;
      return jpCode6(padded.slice(0, 5)) === padded ? padded : jpCode6(d);
    }
    case "US":
      if (level === "state") return pad(2);
      if (level === "county") return pad(5);
      return d.length <= 7 ? pad(7) : pad(10);
  }
}

export interface CodeIndex {
  readonly byCode: ReadonlyMap<string, RegisterUnit>;
  readonly byAnsi: ReadonlyMap<string, RegisterUnit>;
}

export function indexCodes(units: readonly RegisterUnit[]): CodeIndex {
  const byCode = new Map<string, RegisterUnit>();
  const byAnsi = new Map<string, RegisterUnit>();
  for (const unit of units) {
    byCode.set(`${unit.country}:${unit.code}`, unit);
    if (unit.altCodes.ansi) byAnsi.set(unit.altCodes.ansi, unit);
  }
  return { byCode, byAnsi };
}

export interface CodeMatch {
  readonly unit: RegisterUnit;
  readonly candidate: CodeCandidate;
}

/** The units of a register that a typed code may mean, each once, in the order of the candidates. */
export function findByCode(index: CodeIndex, query: string): CodeMatch[] {
  const seen = new Set<RegisterUnit>();
  const matches: CodeMatch[] = [];
  for (const candidate of codeCandidates(query)) {
    const unit =
      candidate.system === "us_ansi"
        ? index.byAnsi.get(candidate.code)
        : index.byCode.get(`${candidate.country}:${candidate.code}`);
    if (unit && !seen.has(unit)) {
      seen.add(unit);
      matches.push({ unit, candidate });
    }
  }
  return matches;
}

/**
 * Leading and trailing words that say what kind of government a name belongs to rather
 * than which one ("Stadt Heidelberg", "Kurume-shi", "Seattle city", "City of Seattle").
 * Matched as whole words after folding, longest first.
 */
const leadingWords = [
  "charter township of",
  "city and county of",
  "city of",
  "town of",
  "township of",
  "village of",
  "borough of",
  "county of",
  "landeshauptstadt",
  "kreisfreie stadt",
  "hansestadt",
  "landkreis",
  "gemeinde",
  "stadt",
  "kreis",
].map((w) => w.split(" "));
const trailingWords = [
  "consolidated government",
  "metropolitan government",
  "unified government",
  "metro government",
  "city and borough",
  "charter township",
  "urban county",
  "balance",
  "township",
  "village",
  "borough",
  "county",
  "parish",
  "municipality",
  "plantation",
  "city",
  "town",
  "landeshauptstadt",
  "stadt",
  "landkreis",
  "kreis",
  "machi",
  "mura",
  "chou",
  "cho",
  "shi",
  "son",
  "ku",
  "ken",
  "fu",
  "to",
].map((w) => w.split(" "));
const japaneseSuffix = /^(.+?)[市町村区都府県]$/u;

/**
 * A name folded for search: NFKC, lower case, diacritics removed with German umlauts also
 * matching their ae/oe/ue spelling (both fold to the plain vowel), the register's
 * descriptions after a comma dropped ("Heidelberg, Stadt"), kind words dropped, and one
 * trailing 市/町/村/区/都/府/県 dropped when something remains. Two names match when one
 * key starts with the other's (so "四日" also finds 四日市市, whose key is "四日市").
 */
export function searchKey(name: string): string {
  let text = name.normalize("NFKC").toLowerCase();
  const comma = text.search(/[,、，]/u);
  if (comma > 0) text = text.slice(0, comma);
  text = text
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(/([aou])e+/g, "$1")
    .replace(/ヶ/g, "ケ")
    .replace(/ヵ/g, "カ");
  let words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  words = dropWords(words, leadingWords, "leading");
  words = dropWords(words, trailingWords, "trailing");
  const key = words.join(" ");
  return key.match(japaneseSuffix)?.[1] ?? key;
}

function dropWords(words: string[], phrases: readonly string[][], where: "leading" | "trailing"): string[] {
  let rest = words;
  let changed = true;
  while (changed) {
    changed = false;
    for (const phrase of phrases) {
      if (rest.length <= phrase.length) continue;
      const part = where === "leading" ? rest.slice(0, phrase.length) : rest.slice(rest.length - phrase.length);
      if (part.every((w, i) => w === phrase[i])) {
        rest = where === "leading" ? rest.slice(phrase.length) : rest.slice(0, rest.length - phrase.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** True when a unit's name (native or English) matches a query by search key. */
export function nameMatches(unit: Pick<RegisterUnit, "nameNative" | "nameEn">, query: string): boolean {
  const key = searchKey(query);
  if (key === "") return false;
  return [unit.nameNative, unit.nameEn].some((name) => name !== null && searchKey(name).startsWith(key));
}
