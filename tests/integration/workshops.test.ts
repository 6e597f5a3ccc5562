/**
 * Workshops and partnerships against real databases: the "workshops" rung of the
 * sharing ladder, who may open which workshop, the dossier within each city's consent,
 * comments and marks, and partnerships with suggestions and interest.
 */
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PartnershipForm } from "#app/domain/partnerships/partnership";
import { CommentBody } from "#app/domain/workshops/workshop";
import { createInvitation, findUsableLink, redeemLink } from "#app/server/access/invitations.server";
import { type Actor, whereResultsVisible } from "#app/server/access/permissions.server";
import { validate } from "#app/server/core/forms.server";
import { demoWorkshopTitle } from "#app/server/demo/workshops.server";
import { findVisibleMunicipality } from "#app/server/municipalities/municipalities.server";
import { prepareDatabase } from "#app/server/operations/prepare.server";
import { interestsOf, setInterest } from "#app/server/partnerships/interests.server";
import { createPartnership, updatePartnership } from "#app/server/partnerships/partnerships.server";
import { suggestionsFor } from "#app/server/partnerships/suggestions.server";
import { addComment, editComment, setMark, workshopDiscussion } from "#app/server/workshops/discussion.server";
import { buildDossier } from "#app/server/workshops/dossier.server";
import { createWorkshop, findWorkshop, listWorkshops, updateWorkshop } from "#app/server/workshops/workshops.server";
import { actorByEmail, municipalityIdByName } from "#tests/support/assessment-fixtures";
import { createTestDatabase, type TestDatabase, testDialects } from "#tests/support/databases";

describe("form validation", () => {
  it("keeps each feature's message keys and turn zod's own messages into a generic one", () => {
    expect(
      validate(PartnershipForm, {
        municipalityAId: "a",
        municipalityBId: "a",
        kind: "sister_city",
        status: "active",
      }),
    ).toEqual({ ok: false, errors: { municipalityBId: "partnerships.validation.sameMunicipality" } });
    expect(validate(CommentBody, " ")).toEqual({
      ok: false,
      errors: { form: "workshops.validation.commentRequired" },
    });
    expect(validate(PartnershipForm, 42)).toEqual({
      ok: false,
      errors: { form: "validation.invalidValue" },
    });
  });
});

describe.each(testDialects)("workshops on %s", (dialect) => {
  let database: TestDatabase;
  let ids: Record<string, string>;
  let researcher: Actor;
  let admin: Actor;
  let demoParticipant: Actor;
  let respondent: Actor;

  /** A participant invited to the given workshop only (a fresh account through an invitation). */
  async function participantOf(workshopId: string, email: string): Promise<Actor> {
    const invitation = await createInvitation(database.db, researcher, { email, role: "participant", workshopId });
    if (invitation.outcome !== "created") throw new Error(invitation.outcome);
    const link = await findUsableLink(database.db, invitation.token);
    if (!link) throw new Error("invitation not usable");
    await redeemLink(database.db, link, { password: "a long test password", displayName: email });
    return actorByEmail(database.db, email);
  }

  async function workshopWith(names: string[], title = "Test workshop"): Promise<string> {
    const result = await createWorkshop(database.db, researcher, {
      title,
      heldOn: "2026-09-01",
      place: "Online",
      languages: ["ja", "en"],
      municipalityIds: names.map((name) => ids[name] as string),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.id;
  }

  async function visibleNames(actor: Actor): Promise<string[]> {
    const rows = await database.db
      .selectFrom("municipality")
      .select("name_native")
      .where("is_demo", "=", 1)
      .where(whereResultsVisible(actor))
      .orderBy("name_native")
      .execute();
    return rows.map((r) => r.name_native).filter((n) => Object.hasOwn(ids, n));
  }

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await prepareDatabase(database.db, { seedDemo: true });
    ids = {};
    for (const name of [
      "Klimhausen",
      "Grünwalde an der Aue",
      "Sonnbach",
      "みどり野市",
      "青浜市",
      "風ヶ丘町",
      "Riverton Bay",
      "Lakeshore Heights",
      "Prairie Glen",
    ])
      ids[name] = await municipalityIdByName(database.db, name);
    researcher = await actorByEmail(database.db, "researcher@demo.test");
    admin = await actorByEmail(database.db, "admin@demo.test");
    demoParticipant = await actorByEmail(database.db, "participant@demo.test");
    respondent = await actorByEmail(database.db, "de.city@demo.test");
  });
  afterEach(async () => {
    await database.destroy();
  });

  describe("the sharing ladder's workshop rung", () => {
    it("lets a participant of W see a consenting city in W, not a non-consenting one in W, nothing of a city not in W", async () => {
      const w = await workshopWith(["Klimhausen", "Sonnbach"]);
      const participant = await participantOf(w, "w.participant@example.test");
      expect(participant.workshopIds).toEqual([w]);
      // Klimhausen shares with workshops and is in W; Sonnbach is in W but shares with nobody;
      // みどり野市 shares with workshops but is not in W; 青浜市 shares with partners, not in W.
      // Grünwalde and Lakeshore Heights share with everyone signed in.
      expect(await visibleNames(participant)).toEqual(["Grünwalde an der Aue", "Klimhausen", "Lakeshore Heights"]);
      expect(await findVisibleMunicipality(database.db, participant, ids.Sonnbach as string)).toBeUndefined();
      expect(await findVisibleMunicipality(database.db, participant, ids.みどり野市 as string)).toBeUndefined();
      expect((await findVisibleMunicipality(database.db, participant, ids.Klimhausen as string))?.id).toBe(
        ids.Klimhausen,
      );
    });

    it("covers the partners level too, and a participant without workshops sees only what everyone sees", async () => {
      const w = await workshopWith(["青浜市", "風ヶ丘町"]);
      const participant = await participantOf(w, "w2.participant@example.test");
      expect(await visibleNames(participant)).toEqual(["Grünwalde an der Aue", "Lakeshore Heights", "青浜市"]);
      const nobody = await participantOf(await workshopWith([]), "empty@example.test");
      expect(await visibleNames(nobody)).toEqual(["Grünwalde an der Aue", "Lakeshore Heights"]);
    });

    it("follows the demo: participant@demo.test sees the three workshop cities", async () => {
      expect(await visibleNames(demoParticipant)).toEqual(
        ["Grünwalde an der Aue", "Klimhausen", "Lakeshore Heights", "Riverton Bay", "みどり野市"].sort(),
      );
    });
  });

  describe("who may open a workshop", () => {
    it("researchers and admins all, participants their own, respondents none", async () => {
      const [demo] = await listWorkshops(database.db, demoParticipant);
      expect(demo?.title).toBe(demoWorkshopTitle);
      const other = await workshopWith(["Sonnbach"], "Another workshop");
      expect(await findWorkshop(database.db, demoParticipant, other)).toBeNull();
      expect((await findWorkshop(database.db, researcher, other))?.id).toBe(other);
      expect((await findWorkshop(database.db, admin, other))?.canManage).toBe(true);
      expect(await findWorkshop(database.db, respondent, other)).toBeNull();
      expect(await findWorkshop(database.db, respondent, demo?.id ?? "")).toBeNull();
      expect(await listWorkshops(database.db, respondent)).toEqual([]);
      expect((await listWorkshops(database.db, researcher)).map((w) => w.title).sort()).toEqual(
        ["Another workshop", demoWorkshopTitle].sort(),
      );
      expect(await findWorkshop(database.db, researcher, "no-such-workshop")).toBeNull();
    });

    it("only staff create and change workshops; unknown municipalities are refused; both are audited", async () => {
      const input = {
        title: "X",
        heldOn: "2026-01-01",
        place: "Y",
        languages: ["en" as const],
        municipalityIds: [ids.Sonnbach as string],
      };
      expect((await createWorkshop(database.db, demoParticipant, input)).ok).toBe(false);
      expect(await createWorkshop(database.db, researcher, { ...input, municipalityIds: ["nope"] })).toEqual({
        ok: false,
        errors: { municipalityIds: "workshops.validation.unknownMunicipality" },
      });
      const created = await createWorkshop(database.db, researcher, input);
      if (!created.ok) throw new Error("not created");
      expect(await updateWorkshop(database.db, demoParticipant, created.id, input)).toBeNull();
      await updateWorkshop(database.db, researcher, created.id, {
        ...input,
        title: "Renamed",
        municipalityIds: [ids.Klimhausen as string, ids["Riverton Bay"] as string],
      });
      const workshop = await findWorkshop(database.db, researcher, created.id);
      expect(workshop?.title).toBe("Renamed");
      expect(workshop?.municipalities.map((m) => m.name).sort()).toEqual(["Klimhausen", "Riverton Bay"]);
      const actions = await database.db
        .selectFrom("audit_log")
        .select("action")
        .where("subject_id", "=", created.id)
        .orderBy("created_at")
        .execute();
      expect(actions.map((a) => a.action)).toEqual(["workshop_created", "workshop_updated"]);
    });
  });

  describe("the dossier", () => {
    it("shows a non-consenting city by name only, everywhere in the dossier", async () => {
      const w = await workshopWith(["Klimhausen", "Sonnbach", "みどり野市", "Riverton Bay"]);
      const participant = await participantOf(w, "dossier@example.test");
      const workshop = await findWorkshop(database.db, participant, w);
      if (!workshop) throw new Error("workshop not found");
      const dossier = await buildDossier(database.db, participant, workshop, "ja");
      const sonnbach = dossier.cities.find((c) => c.name === "Sonnbach");
      expect(sonnbach).toMatchObject({
        shared: false,
        hasResults: false,
        fields: null,
        topByField: null,
        overall: null,
      });
      const shared = dossier.cities.filter((c) => c.shared);
      expect(shared.map((c) => c.name).sort()).toEqual(["Klimhausen", "Riverton Bay", "みどり野市"].sort());
      for (const city of shared) {
        expect(city.hasResults).toBe(true);
        expect(city.fields?.mobility.activity).not.toBeNull();
      }
      const sonnbachId = ids.Sonnbach as string;
      expect(Object.keys(dossier.suggestions)).not.toContain(sonnbachId);
      for (const topic of dossier.topics) expect(topic.municipalityIds).not.toContain(sonnbachId);
      // Suggested partners: consenting workshop cities and cities that share with everyone, never others.
      const allowed = new Set([
        ids.Klimhausen,
        ids.みどり野市,
        ids["Riverton Bay"],
        ids["Grünwalde an der Aue"],
        ids["Lakeshore Heights"],
      ]);
      const suggested = Object.values(dossier.suggestions).flatMap((list) => list.map((s) => s.municipalityId));
      expect(suggested.length).toBeGreaterThan(0);
      for (const id of suggested) expect(allowed.has(id)).toBe(true);
      // Measure titles in the requested language.
      expect(Object.values(dossier.measureTitles).some((title) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(title))).toBe(
        true,
      );
      // The researcher's dossier is the same (no more than participants see).
      const asResearcher = await buildDossier(database.db, researcher, workshop, "ja");
      expect(asResearcher.cities).toEqual(dossier.cities);
    });

    it("withdrawing consent removes a city's results and its discussion from the dossier", async () => {
      const [demo] = await listWorkshops(database.db, demoParticipant);
      const workshop = await findWorkshop(database.db, demoParticipant, demo?.id ?? "");
      if (!workshop) throw new Error("workshop not found");
      const before = await workshopDiscussion(database.db, demoParticipant, workshop);
      const klimhausenKeys = () => Object.keys(before.threads).filter((k) => k.startsWith(`${ids.Klimhausen}:`));
      expect(klimhausenKeys().length).toBeGreaterThan(0);
      await database.db
        .updateTable("municipality")
        .set({ sharing: "none" })
        .where("id", "=", ids.Klimhausen as string)
        .execute();
      const after = await workshopDiscussion(database.db, demoParticipant, workshop);
      expect(Object.keys(after.threads).filter((k) => k.startsWith(`${ids.Klimhausen}:`))).toEqual([]);
      const dossier = await buildDossier(database.db, demoParticipant, workshop, "en");
      expect(dossier.cities.find((c) => c.name === "Klimhausen")?.shared).toBe(false);
    });
  });

  describe("comments and marks", () => {
    async function setup() {
      const w = await workshopWith(["Klimhausen", "Sonnbach"]);
      const alice = await participantOf(w, "alice@example.test");
      const bob = await participantOf(w, "bob@example.test");
      const outsider = await participantOf(await workshopWith(["Riverton Bay"], "Elsewhere"), "eve@example.test");
      const workshop = await findWorkshop(database.db, alice, w);
      if (!workshop) throw new Error("workshop not found");
      const dossier = await buildDossier(database.db, alice, workshop, "en");
      const measureId = dossier.cities.find((c) => c.name === "Klimhausen")?.topByField?.mobility[0]?.measureId;
      if (!measureId) throw new Error("no recommendation");
      return { w, alice, bob, outsider, workshop, item: { municipalityId: ids.Klimhausen as string, measureId } };
    }

    it("threads comments, keeps markup as text, lets only the author edit", async () => {
      const { w, alice, bob, workshop, item } = await setup();
      expect(
        await addComment(database.db, alice, w, { ...item, body: "<script>alert(1)</script>", parentId: null }),
      ).toEqual({ ok: true });
      let discussion = await workshopDiscussion(database.db, bob, workshop);
      const [thread] = discussion.threads[`${item.municipalityId}:${item.measureId}`] ?? [];
      expect(thread?.root.body).toBe("<script>alert(1)</script>");
      const rootId = thread?.root.id ?? "";
      expect(await addComment(database.db, bob, w, { ...item, body: "A reply", parentId: rootId })).toEqual({
        ok: true,
      });
      // A reply must belong to the same item.
      expect(
        await addComment(database.db, bob, w, {
          municipalityId: null,
          measureId: item.measureId,
          body: "x",
          parentId: rootId,
        }),
      ).toMatchObject({ ok: false, status: 400 });
      expect(await editComment(database.db, bob, w, rootId, "Bob was here")).toMatchObject({ ok: false, status: 404 });
      expect(await editComment(database.db, alice, w, rootId, "Edited by Alice")).toEqual({ ok: true });
      discussion = await workshopDiscussion(database.db, bob, workshop);
      const [edited] = discussion.threads[`${item.municipalityId}:${item.measureId}`] ?? [];
      expect(edited?.root).toMatchObject({ body: "Edited by Alice", authorName: "alice@example.test" });
      expect(edited?.root.editedAt).not.toBeNull();
      expect(edited?.replies.map((r) => r.body)).toEqual(["A reply"]);
      const audited = await database.db
        .selectFrom("audit_log")
        .select("action")
        .where("action", "in", ["comment_added", "comment_edited"])
        .execute();
      expect(audited.map((a) => a.action).sort()).toEqual(["comment_added", "comment_added", "comment_edited"]);
    });

    it("refuses items of a non-consenting city, unknown measures, outsiders and over-long bodies", async () => {
      const { w, alice, outsider, item } = await setup();
      expect(
        await addComment(database.db, alice, w, {
          municipalityId: ids.Sonnbach as string,
          measureId: item.measureId,
          body: "x",
          parentId: null,
        }),
      ).toMatchObject({ ok: false, status: 400 });
      expect(
        await addComment(database.db, alice, w, { ...item, measureId: "<b>", body: "x", parentId: null }),
      ).toMatchObject({ ok: false, status: 400 });
      expect(await addComment(database.db, outsider, w, { ...item, body: "x", parentId: null })).toMatchObject({
        ok: false,
        status: 404,
      });
      expect(await setMark(database.db, outsider, w, item, true)).toMatchObject({ ok: false, status: 404 });
      // The table refuses an over-long body even if a caller skipped validation.
      await expect(
        addComment(database.db, alice, w, { ...item, body: "x".repeat(2001), parentId: null }),
      ).rejects.toThrow();
      const count = await database.db
        .selectFrom("workshop_comment")
        .select(sql<number>`count(*)`.as("n"))
        .where("workshop_id", "=", w)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    });

    it("counts marks once per person and shows the agenda to researchers only", async () => {
      const { w, alice, bob, workshop, item } = await setup();
      await setMark(database.db, alice, w, item, true);
      await setMark(database.db, alice, w, item, true);
      await setMark(database.db, bob, w, item, true);
      const group = { municipalityId: null, measureId: item.measureId };
      await setMark(database.db, bob, w, group, true);
      await setMark(database.db, bob, w, group, false);
      const key = `${item.municipalityId}:${item.measureId}`;
      const forAlice = await workshopDiscussion(database.db, alice, workshop);
      expect(forAlice.marks[key]).toEqual({ count: 2, mine: true });
      expect(forAlice.marks[`group:${item.measureId}`]).toBeUndefined();
      expect(forAlice.agenda).toBeNull();
      const forResearcher = await workshopDiscussion(database.db, researcher, workshop);
      expect(forResearcher.marks[key]).toEqual({ count: 2, mine: false });
      expect(forResearcher.agenda).toEqual([{ key, ...item, marks: 2, comments: 0 }]);
    });
  });

  describe("partnerships", () => {
    const input = (a: string, b: string) => ({
      municipalityAId: a,
      municipalityBId: b,
      kind: "sister_city" as const,
      status: "planned" as const,
      sinceYear: 2024,
      contact: "Climate office",
    });

    it("are recorded and changed by staff only, with an audit entry", async () => {
      const a = ids["Riverton Bay"] as string;
      const b = ids["Grünwalde an der Aue"] as string;
      expect(await createPartnership(database.db, respondent, input(a, b))).toBeNull();
      const created = await createPartnership(database.db, researcher, input(a, b));
      if (!created?.ok) throw new Error("not created");
      expect(
        await updatePartnership(database.db, demoParticipant, created.id, { ...input(a, b), status: "active" }),
      ).toBeNull();
      expect((await updatePartnership(database.db, admin, created.id, { ...input(a, b), status: "active" }))?.ok).toBe(
        true,
      );
      expect(await updatePartnership(database.db, admin, "missing", input(a, b))).toBeNull();
      expect((await createPartnership(database.db, admin, input(a, "missing")))?.ok).toBe(false);
      const row = await database.db
        .selectFrom("partnership")
        .selectAll()
        .where("id", "=", created.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: "active", since_year: 2024, contact: "Climate office" });
      const actions = await database.db
        .selectFrom("audit_log")
        .select("action")
        .where("subject_id", "=", created.id)
        .execute();
      expect(actions.map((x) => x.action).sort()).toEqual(["partnership_created", "partnership_updated"]);
    });

    it("suggest only cities in other countries that allow it, to their own staff and researchers", async () => {
      const klimhausen = ids.Klimhausen as string;
      const result = await suggestionsFor(database.db, respondent, klimhausen, "de");
      expect(result?.hasResults).toBe(true);
      const allowed = new Set([ids.青浜市, ids["Lakeshore Heights"]]);
      expect(result?.suggestions.length).toBeGreaterThan(0);
      for (const s of result?.suggestions ?? []) expect(allowed.has(s.municipalityId)).toBe(true);
      expect(await suggestionsFor(database.db, respondent, ids.Sonnbach as string, "de")).toBeNull();
      expect(await suggestionsFor(database.db, demoParticipant, klimhausen, "de")).toBeNull();
      expect((await suggestionsFor(database.db, researcher, ids.Sonnbach as string, "de"))?.municipality.name).toBe(
        "Sonnbach",
      );
    });

    it("record interest; both sides see a mutual interest", async () => {
      const klimhausen = ids.Klimhausen as string;
      const lakeshore = ids["Lakeshore Heights"] as string;
      const prairie = ids["Prairie Glen"] as string;
      expect(
        await setInterest(database.db, respondent, { fromId: klimhausen, toId: lakeshore, interested: true }),
      ).toBe("saved");
      // Same country, a city that does not allow suggestions, or someone else's municipality: refused.
      expect(
        await setInterest(database.db, respondent, {
          fromId: klimhausen,
          toId: ids.Sonnbach as string,
          interested: true,
        }),
      ).toBe("not_found");
      expect(await setInterest(database.db, respondent, { fromId: klimhausen, toId: prairie, interested: true })).toBe(
        "not_found",
      );
      expect(
        await setInterest(database.db, researcher, { fromId: klimhausen, toId: lakeshore, interested: true }),
      ).toBe("not_found");
      expect(await interestsOf(database.db, klimhausen)).toMatchObject({ outgoing: [lakeshore], mutual: [] });
      expect((await interestsOf(database.db, lakeshore)).incoming.map((c) => c.name)).toEqual(["Klimhausen"]);

      // Lakeshore Heights answers (Klimhausen only shares with workshops, but asked first).
      await database.db
        .insertInto("role_membership")
        .values({
          id: "lakeshore-staff",
          user_id: (await actorByEmail(database.db, "us.city@demo.test")).userId,
          role: "respondent",
          municipality_id: lakeshore,
          workshop_id: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const lakeshoreStaff = await actorByEmail(database.db, "us.city@demo.test");
      expect(
        await setInterest(database.db, lakeshoreStaff, { fromId: lakeshore, toId: klimhausen, interested: true }),
      ).toBe("saved");
      expect((await interestsOf(database.db, klimhausen)).mutual.map((c) => c.name)).toEqual(["Lakeshore Heights"]);
      expect((await interestsOf(database.db, lakeshore)).mutual.map((c) => c.name)).toEqual(["Klimhausen"]);
      await setInterest(database.db, respondent, { fromId: klimhausen, toId: lakeshore, interested: false });
      expect((await interestsOf(database.db, lakeshore)).mutual).toEqual([]);
    });
  });
});
