import { describe, expect, it } from "vitest";
import { PartnershipForm } from "./partnership";

const valid = {
  municipalityAId: "a",
  municipalityBId: "b",
  kind: "climate_partnership",
  status: "active",
  sinceYear: "2019",
  contact: "  Ms Example, climate office  ",
};

describe("PartnershipForm", () => {
  it("reads the year as a number and empty optional fields as null", () => {
    expect(PartnershipForm.parse(valid)).toEqual({ ...valid, sinceYear: 2019, contact: "Ms Example, climate office" });
    expect(PartnershipForm.parse({ ...valid, sinceYear: "", contact: "" })).toMatchObject({
      sinceYear: null,
      contact: null,
    });
  });

  it.each([
    [{ municipalityBId: "a" }, "partnerships.validation.sameMunicipality"],
    [{ municipalityAId: "" }, "partnerships.validation.municipalityRequired"],
    [{ sinceYear: "19a9" }, "partnerships.validation.year"],
    [{ sinceYear: "1850" }, "partnerships.validation.year"],
    [{ contact: "x".repeat(301) }, "partnerships.validation.contactTooLong"],
    [{ kind: "twin_town" }, "validation.invalidValue"],
    [{ status: "paused" }, "validation.invalidValue"],
  ])("refuses %j", (change, message) => {
    const result = PartnershipForm.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
