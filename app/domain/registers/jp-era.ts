/** Dates written in the Japanese era calendar, as titles of official tables state their reference date. */
const eras: ReadonlyArray<readonly [string, number]> = [
  ["令和", 2018],
  ["平成", 1988],
  ["昭和", 1925],
];

/** The Gregorian year of the first era year in the text ("令和２年国勢調査" → 2020), or null. */
export function eraYear(text: string): number | null {
  const normal = text.normalize("NFKC");
  for (const [era, offset] of eras) {
    const match = normal.match(new RegExp(`${era}(\\d+|元)年`));
    if (match?.[1]) return offset + (match[1] === "元" ? 1 : Number(match[1]));
  }
  return null;
}

/** The first full era date in the text ("令和7年1月1日" → "2025-01-01"), or null. */
export function eraDate(text: string): string | null {
  const normal = text.normalize("NFKC");
  for (const [era, offset] of eras) {
    const match = normal.match(new RegExp(`${era}(\\d+|元)年(\\d+)月(\\d+)日`));
    if (match?.[1] && match[2] && match[3]) {
      const year = offset + (match[1] === "元" ? 1 : Number(match[1]));
      return `${year}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
    }
  }
  return null;
}
