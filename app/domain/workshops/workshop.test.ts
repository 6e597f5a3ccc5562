import { describe, expect, it } from "vitest";
import { CommentBody, isIsoDate, itemKey, normaliseCommentBody, parseLanguages, WorkshopForm } from "./workshop";

describe("workshop form", () => {
  const valid = {
    title: "  Climate partnership workshop  ",
    heldOn: "2026-06-16",
    place: "Klimhausen",
    dossierLanguage: "ja",
    languages: ["en", "ja", "de", "en"],
    municipalityIds: ["a", "b", "a"],
  };

  it("puts the dossier's language first and removes repeats", () => {
    const parsed = WorkshopForm.parse(valid);
    expect(parsed).toEqual({
      title: "Climate partnership workshop",
      heldOn: "2026-06-16",
      place: "Klimhausen",
      languages: ["ja", "en", "de"],
      municipalityIds: ["a", "b"],
    });
  });

  it.each([
    ["title", "", "workshops.validation.titleRequired"],
    ["title", "x".repeat(201), "workshops.validation.tooLong"],
    ["place", " ", "workshops.validation.placeRequired"],
    ["heldOn", "2026-02-30", "workshops.validation.dateInvalid"],
    ["heldOn", "16.06.2026", "workshops.validation.dateInvalid"],
    ["dossierLanguage", "fr", "workshops.validation.languageRequired"],
  ])("refuses %s = %j with a message key", (field, value, message) => {
    const result = WorkshopForm.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("knows real calendar dates", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
  });
});

describe("parseLanguages", () => {
  it("keeps known languages in order, drops others, and falls back to English", () => {
    expect(parseLanguages('["ja","xx","de","ja"]')).toEqual(["ja", "de"]);
    expect(parseLanguages("not json")).toEqual(["en"]);
    expect(parseLanguages("[]")).toEqual(["en"]);
    expect(parseLanguages('{"a":1}')).toEqual(["en"]);
  });
});

describe("comment bodies", () => {
  it("are plain text: markup stays as typed, control characters go, length is limited", () => {
    expect(CommentBody.parse("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(normaliseCommentBody(" a\r\nb\u0000\u0007c\t ")).toBe("a\nbc");
    expect(CommentBody.safeParse("   ").error?.issues[0]?.message).toBe("workshops.validation.commentRequired");
    expect(CommentBody.safeParse("x".repeat(2001)).error?.issues[0]?.message).toBe(
      "workshops.validation.commentTooLong",
    );
    expect(CommentBody.parse("x".repeat(2000))).toHaveLength(2000);
  });
});

describe("itemKey", () => {
  it("tells a city's item from the group's", () => {
    expect(itemKey({ municipalityId: "m1", measureId: "MOB-01" })).toBe("m1:MOB-01");
    expect(itemKey({ municipalityId: null, measureId: "MOB-01" })).toBe("group:MOB-01");
  });
});
