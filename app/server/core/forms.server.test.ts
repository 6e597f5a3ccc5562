import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readForm, validate } from "./forms.server";

const Schema = z.object({
  title: z.string({ error: "validation.invalidValue" }).min(1, { error: "workshops.validation.titleRequired" }),
  languages: z.array(z.enum(["de", "en", "ja"])).default([]),
});

function post(form: FormData | string) {
  return new Request("http://localhost/form", { method: "POST", body: form });
}

describe("readForm", () => {
  it("reads each field once and the repeated fields as lists", async () => {
    const form = new FormData();
    form.append("title", "first");
    form.append("title", "second");
    form.append("languages", "de");
    form.append("languages", "ja");
    const result = await readForm(post(form), Schema, { repeated: ["languages"] });
    expect(result).toEqual({ ok: true, data: { title: "first", languages: ["de", "ja"] } });
  });

  it("returns what was sent with a refused form, to say which item it was about", async () => {
    const form = new FormData();
    form.append("title", "");
    form.append("measureId", "MOB-04");
    expect(await readForm(post(form), Schema)).toEqual({
      ok: false,
      errors: { title: "workshops.validation.titleRequired" },
      values: { title: "", measureId: "MOB-04" },
    });
  });

  it("gives a repeated field that was not sent an empty list", async () => {
    const form = new FormData();
    form.append("title", "only");
    expect(await readForm(post(form), Schema, { repeated: ["languages"] })).toEqual({
      ok: true,
      data: { title: "only", languages: [] },
    });
  });

  it("refuses a file where text belongs, and a body that is not a form, with a message key", async () => {
    const form = new FormData();
    form.append("title", new File(["x"], "x.txt"));
    form.append("languages", new File(["de"], "de.txt"));
    expect(await readForm(post(form), Schema, { repeated: ["languages"] })).toMatchObject({
      ok: false,
      errors: { title: "validation.invalidValue" },
      values: { languages: [] },
    });
    const notAForm = new Request("http://localhost/form", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(await readForm(notAForm, Schema)).toEqual({ ok: false, errors: { form: "validation.badForm" } });
  });
});

describe("validate", () => {
  it("keeps message keys, and replaces zod's own messages with a generic key", () => {
    expect(validate(z.string().min(3, { error: "profile.recommendations.marks.reasonTooLong" }), "ab")).toEqual({
      ok: false,
      errors: { form: "profile.recommendations.marks.reasonTooLong" },
    });
    expect(validate(Schema, { title: "" })).toEqual({
      ok: false,
      errors: { title: "workshops.validation.titleRequired" },
    });
    expect(validate(Schema, { title: "t", languages: ["fr"] })).toEqual({
      ok: false,
      errors: { "languages.0": "validation.invalidValue" },
    });
  });
});
