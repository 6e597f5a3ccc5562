/**
 * The request handling every page of the questionnaire-version workspace repeats: who may
 * open it, which version and which measure or scope question the address names, how a
 * submitted change is received, and how a save of one item is answered. The draft rules
 * themselves stay in the domain and the storage in `drafts.server.ts`.
 */
import { data, redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Difference, EditResult } from "#app/domain/questionnaires/draft-edits";
import type { Parsed } from "#app/domain/questionnaires/draft-forms";
import { type DraftProblem, problemsUnder } from "#app/domain/questionnaires/draft-problems";
import type { DraftVersion } from "#app/domain/questionnaires/drafts";
import type { ComparabilityChoice } from "#app/domain/questionnaires/version-editing";
import { type Actor, requireRole } from "#app/server/access/permissions.server";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import type { Database } from "#db/schema";
import { changeDraft, type DraftContext, type WriteOutcome } from "./drafts.server";
import { readFormData, requireVersion, revisionFrom } from "./http.server";
import { draftChangeFailure, refusal, refusedWith, refusePublished } from "./outcomes.server";
import type { LoadedVersion } from "./versions.server";

type DraftChange = (draft: DraftVersion, context: DraftContext) => EditResult;

/** A page's reading side: only researchers and admins, in their language, of an existing version. */
export async function openVersionPage(request: Request, versionId: string | undefined) {
  await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const locale = await getLocale(request);
  const loaded = await requireVersion(await db(), versionId ?? "");
  return { t, locale, loaded };
}

export type AddressedItem<Item, Group> =
  | { isNew: true; group: Group; index: -1; item: Item }
  | { isNew: false; index: number; item: Item };

/**
 * The measure or scope question an editor address names: an existing one by its id, or a
 * blank one for `new`, which only a draft can take and only in a group (field of action or
 * country) the query names. Anything else is a 404 that hints at nothing.
 */
export function addressedItem<Item extends { id: string }, Group extends string>(
  loaded: LoadedVersion,
  itemId: string | undefined,
  items: readonly Item[],
  request: Request,
  blank: { param: string; groups: readonly Group[]; create: (group: Group) => Item },
): AddressedItem<Item, Group> {
  if (itemId === "new") {
    if (loaded.status !== "draft") notFound();
    const wanted = new URL(request.url).searchParams.get(blank.param);
    const group = blank.groups.find((g) => g === wanted);
    if (!group) notFound();
    return { isNew: true, group, index: -1, item: blank.create(group) };
  }
  const index = items.findIndex((item) => item.id === itemId);
  const item = items[index];
  if (!item) notFound();
  return { isNew: false, index, item };
}

/**
 * An item editor's reading side: the item the address names, its problems, whether the
 * version the draft is compared with already had it, and for such an item the
 * comparability decision the editor offers (a new item has nothing to compare with).
 */
export async function openItemEditor<Item extends { id: string }, Group>(
  request: Request,
  versionId: string | undefined,
  address: (loaded: LoadedVersion) => AddressedItem<Item, Group>,
  part: "measures" | "scopeQuestions",
) {
  const { t, locale, loaded } = await openVersionPage(request, versionId);
  const target = address(loaded);
  const { isNew, item } = target;
  const baseItems: readonly { id: string }[] = loaded.base?.version[part] ?? [];
  const inBase = baseItems.some((b) => b.id === item.id);
  const changed = loaded.changelog?.[part].changed.find((c) => c.id === item.id);
  const comparability: ComparabilityChoice | null =
    !isNew && inBase && loaded.base
      ? {
          value: loaded.draft.comparability?.[item.id] ?? null,
          changedParts: changed?.parts ?? [],
          baseNumber: loaded.base.version.version,
        }
      : null;
  const problems: DraftProblem[] = isNew ? [] : problemsUnder(loaded.problems, `${part}.${target.index}`);
  return { t, locale, loaded, target, inBase, comparability, problems };
}

type Received<Target> =
  | { ok: false; answer: ReturnType<typeof refusal> }
  | {
      ok: true;
      actor: Actor;
      database: Kysely<Database>;
      loaded: LoadedVersion;
      target: Target;
      form: FormData;
      revision: number;
      /** Changes the draft as this person, based on the revision the form was loaded at. */
      change: (change: DraftChange, details: { part: string; item?: string }) => Promise<WriteOutcome>;
    };

/**
 * A submitted change of a version: only by researchers and admins, never of a published
 * version, and based on the revision the form was loaded at (without one, staleness could
 * not be told, so it is refused). An item page names what it changes with `address`, which
 * runs before the body is read, so an unknown item is a 404 whatever was sent.
 */
export async function receiveDraftChange(request: Request, versionId: string | undefined): Promise<Received<null>>;
export async function receiveDraftChange<Target>(
  request: Request,
  versionId: string | undefined,
  address: (loaded: LoadedVersion) => Target,
): Promise<Received<Target>>;
export async function receiveDraftChange<Target>(
  request: Request,
  versionId: string | undefined,
  address?: (loaded: LoadedVersion) => Target,
): Promise<Received<Target | null>> {
  const actor = await requireRole(request, "admin", "researcher");
  const database = await db();
  const loaded = await requireVersion(database, versionId ?? "");
  if (loaded.status === "published") refusePublished();
  const target = address ? address(loaded) : null;
  const form = await readFormData(request);
  const revision = form ? revisionFrom(form) : null;
  if (!form || revision === null) return { ok: false, answer: refusal("bad_revision") };
  return {
    ok: true,
    actor,
    database,
    loaded,
    target,
    form,
    revision,
    change: (change, details) => changeDraft(database, actor, loaded.id, revision, change, details),
  };
}

/**
 * Saves one measure or scope question from its parsed form. Refused input comes back with
 * its problems next to what was entered; a new item goes to its own address (only now does
 * it have its final id); a stale save keeps the person's entries and shows, field by field,
 * what the other person saved meanwhile.
 */
export async function saveItem<Values>(
  received: {
    change: (change: DraftChange, details: { part: string; item?: string }) => Promise<WriteOutcome>;
  },
  parsed: Parsed<Values>,
  save: {
    change: (draft: DraftVersion, context: DraftContext, values: Values) => EditResult;
    details: { part: string; item?: string };
    createdAt: () => string | null;
    differences: (theirs: DraftVersion, values: Values) => Difference[];
  },
) {
  if (!parsed.ok) {
    return refusedWith("invalid_input", { kind: "invalid" as const, problems: parsed.problems, values: parsed.value });
  }
  const values = parsed.value;
  const outcome = await received.change((draft, context) => save.change(draft, context, values), save.details);
  if (outcome.outcome === "saved") {
    const createdAt = save.createdAt();
    if (createdAt) throw redirect(createdAt);
    return data({ kind: "saved" as const });
  }
  if (outcome.outcome === "conflict") {
    return refusedWith("conflict", {
      kind: "conflict" as const,
      revision: outcome.revision,
      values,
      differences: save.differences(outcome.draft, values),
    });
  }
  return draftChangeFailure(outcome);
}
