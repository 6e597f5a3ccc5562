import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidJpCode6, jpCheckDigit, jpCode6, jpCodeNormaliser } from "./jp-check-digit";

describe("the 総務省 check digit", () => {
  it("holds for codes of the published register", () => {
    for (const code of ["011002", "131016", "402036", "472018", "130001", "010006", "141003", "271004", "075469"]) {
      expect(isValidJpCode6(code), code).toBe(true);
      expect(jpCode6(code.slice(0, 5))).toBe(code);
    }
  });

  it("computes the digit from the 5-digit form (remainders 0 and 1 give 1 and 0)", () => {
    expect(jpCheckDigit("40203")).toBe(6);
    // 0·6 + 0·5 + 0·4 + 0·3 + 0·2 = 0 → 11 − 0 = 11 → 1
    expect(jpCheckDigit("00000")).toBe(1);
    // 1·6 + 3·5 + 0 + 0 + 0 = 21 → 21 mod 11 = 10 → 11 − 10 = 1
    expect(jpCheckDigit("13000")).toBe(1);
    expect(() => jpCheckDigit("4020")).toThrow(RangeError);
  });

  it("rejects a wrong digit and malformed codes", () => {
    expect(isValidJpCode6("402037")).toBe(false);
    expect(isValidJpCode6("40203")).toBe(false);
    expect(isValidJpCode6("40203x")).toBe(false);
  });

  it("makes every 5-digit code a valid 6-digit code", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{5}$/), (code5) => isValidJpCode6(jpCode6(code5))));
  });
});

describe("jpCodeNormaliser", () => {
  it("restores zeros a spreadsheet dropped from a 6-digit column", () => {
    const normalise = jpCodeNormaliser(["11002", "402036", "10006"]);
    expect(normalise("11002")).toBe("011002");
    expect(normalise("10006")).toBe("010006");
    expect(normalise("402036")).toBe("402036");
    expect(normalise("402037")).toBeNull();
  });

  it("adds the check digit in a column of 5-digit codes", () => {
    const normalise = jpCodeNormaliser(["1100", "40203", "13101"]);
    expect(normalise("40203")).toBe("402036");
    expect(normalise("1100")).toBe("011002");
    expect(normalise("")).toBeNull();
  });
});
