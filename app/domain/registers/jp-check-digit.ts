/**
 * The check digit of the 総務省 全国地方公共団体コード: the five digits weighted 6,5,4,3,2,
 * summed; the check digit is 11 minus the sum modulo 11, and its last digit when that is
 * 10 or 11 (so a remainder of 0 or 1 gives 1 or 0).
 */
const weights = [6, 5, 4, 3, 2] as const;

export function jpCheckDigit(code5: string): number {
  if (!/^\d{5}$/.test(code5)) throw new RangeError(`a 5-digit 団体コード is needed, got "${code5}"`);
  let sum = 0;
  for (let i = 0; i < 5; i += 1) sum += Number(code5[i]) * (weights[i] as number);
  return (11 - (sum % 11)) % 10;
}

/** The 6-digit form of a 5-digit code. */
export function jpCode6(code5: string): string {
  return `${code5}${jpCheckDigit(code5)}`;
}

export function isValidJpCode6(code: string): boolean {
  return /^\d{6}$/.test(code) && jpCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

/**
 * Normalises the codes of one column to the 6-digit form. Spreadsheets drop leading zeros
 * (北海道 010006 → 10006), and a file may use the 5-digit form: the longest code in the
 * column says which form the column uses, and each code is padded to that width. In a
 * 6-digit column a 5-digit value whose padded form fails the check digit is taken as a
 * 5-digit code. Returns null for a value that is no code (too long, empty).
 */
export function jpCodeNormaliser(values: Iterable<string>): (raw: string) => string | null {
  let width = 0;
  for (const value of values) {
    const digits = value.replace(/[\s-]/g, "");
    if (/^\d+$/.test(digits) && digits.length > width) width = digits.length;
  }
  return (raw) => {
    const digits = raw.replace(/[\s-]/g, "");
    if (!/^\d+$/.test(digits) || digits.length > width || (width !== 5 && width !== 6)) return null;
    const padded = digits.padStart(width, "0");
    if (width === 5) return jpCode6(padded);
    if (isValidJpCode6(padded)) return padded;
    return digits.length === 5 ? jpCode6(digits) : null;
  };
}
