/**
 * Bad input in every account form: empty, huge (1 MB), wrongly typed and malicious
 * values get a 4xx with a translated message, never a 500, and change nothing.
 */
import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { e2eDb, municipalityId } from "./support/db";
import { expect, test } from "./support/test";

const huge = "x".repeat(1024 * 1024);
const malicious = [
  "<script>alert(1)</script>",
  "' OR '1'='1'; DROP TABLE app_user; --",
  '=HYPERLINK("http://evil.example")',
  "\u0000\u202e\uFEFF",
  "../../etc/passwd",
];

type Form = Record<string, string>;
const badForms = (fields: readonly string[]): Array<{ name: string; form: Form | "multipart-file" | "json" }> => [
  { name: "empty", form: {} },
  { name: "empty values", form: Object.fromEntries(fields.map((f) => [f, ""])) },
  { name: "1 MB values", form: Object.fromEntries(fields.map((f) => [f, huge])) },
  ...malicious.map((value, i) => ({
    name: `malicious ${i + 1}`,
    form: Object.fromEntries(fields.map((f) => [f, value])),
  })),
  { name: "a file where text belongs", form: "multipart-file" },
  { name: "JSON instead of a form", form: "json" },
];

async function post(
  context: APIRequestContext,
  path: string,
  form: Form | "multipart-file" | "json",
  fields: readonly string[],
) {
  if (form === "multipart-file") {
    const multipart = Object.fromEntries(
      fields.map((f) => [f, { name: "evil.txt", mimeType: "text/plain", buffer: Buffer.from("<script>") }]),
    );
    return context.post(path, { multipart, maxRedirects: 0 });
  }
  if (form === "json") return context.post(path, { data: { [fields[0] ?? "x"]: ["an", "array"] }, maxRedirects: 0 });
  return context.post(path, { form, maxRedirects: 0 });
}

/**
 * What the forms under test could change: the demo accounts (password, roles), the
 * demo municipalities' sharing and the links the demo admin created. Other tests run in
 * parallel and create people of their own, so the comparison stays on these rows.
 */
async function snapshot() {
  const db = e2eDb();
  const users = await db
    .selectFrom("app_user")
    .select(["id", "email", "password_hash"])
    .where("is_demo", "=", 1)
    .orderBy("email")
    .execute();
  const memberships = await db
    .selectFrom("role_membership")
    .select(["user_id", "role", "municipality_id"])
    .where(
      "user_id",
      "in",
      users.map((u) => u.id),
    )
    .orderBy("user_id")
    .orderBy("role")
    .execute();
  const sharing = await db
    .selectFrom("municipality")
    .select(["id", "sharing"])
    .where("is_demo", "=", 1)
    .orderBy("id")
    .execute();
  const admin = users.find((u) => u.email === "admin@demo.test")?.id ?? "";
  const links = await db
    .selectFrom("one_time_link")
    .select(["email"])
    .where("created_by", "=", admin)
    .orderBy("email")
    .execute();
  return { users, memberships, sharing, links };
}

const forms: Array<{ who: string | null; path: (ids: { own: string }) => string; fields: string[]; messages: RegExp }> =
  [
    {
      who: null,
      path: () => "/login?lng=de",
      fields: ["email", "password"],
      messages: /Bitte geben Sie|E-Mail-Adresse oder Passwort|Das Formular konnte nicht|Dieser Wert|Das Passwort darf/,
    },
    {
      who: null,
      path: () => `/invite/${"A".repeat(43)}?lng=ja`,
      fields: ["password", "confirmation", "displayName"],
      messages: /このリンクは無効です/,
    },
    {
      who: "de.city@demo.test",
      path: () => "/account?lng=en",
      fields: ["currentPassword", "password", "confirmation"],
      messages: /Please enter|The password|This value|could not be read|not correct/,
    },
    {
      who: "admin@demo.test",
      path: () => "/admin/invitations?lng=en",
      fields: ["email", "role", "municipalityId"],
      messages: /Please enter|Please choose|This value|could not be read/,
    },
    {
      who: "admin@demo.test",
      path: () => "/admin/users?lng=en",
      fields: ["intent", "userId"],
      messages: /This value is not valid/,
    },
    {
      who: "de.city@demo.test",
      path: (ids) => `/municipalities/${ids.own}?lng=en`,
      fields: ["sharing"],
      messages: /This value is not valid/,
    },
  ];

for (const target of forms) {
  test(`bad input to ${target.path({ own: ":id" })} as ${target.who ?? "anonymous"}: 4xx, translated, nothing changed`, async ({
    baseURL,
  }) => {
    const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL ?? "" } });
    if (target.who) {
      const signIn = await context.post("/login", {
        form: { email: target.who, password: "demo-password" },
        maxRedirects: 0,
      });
      expect(signIn.status()).toBe(302);
    }
    const ids = { own: await municipalityId("Klimhausen") };
    const before = await snapshot();
    for (const bad of badForms(target.fields)) {
      const response = await post(context, target.path(ids), bad.form, target.fields);
      const status = response.status();
      expect(status, `${bad.name}: status`).toBeGreaterThanOrEqual(400);
      expect(status, `${bad.name}: status`).toBeLessThan(500);
      if (bad.form !== "json" && bad.form !== "multipart-file" && status !== 413) {
        expect(await response.text(), `${bad.name}: translated message`).toMatch(target.messages);
      }
    }
    expect(await snapshot()).toEqual(before);
    await context.dispose();
  });
}
