/**
 * The one place that decides who may see and change what. Loaders and actions ask
 * it for the actor and for a scope; repository functions take that scope, so an id
 * from another municipality finds nothing and changes nothing.
 */
import { redirect } from "@remix-run/node";
import { type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Role } from "#app/domain/access/accounts";
import { db } from "#app/server/core/db.server";
import { notFound } from "#app/server/core/errors.server";
import { apiFailure } from "#app/server/core/outcomes.server";
import type { Database } from "#db/schema";
import { findActiveApiToken } from "./api-tokens.server";
import { accessOutcomes } from "./outcomes.server";
import { findActiveSession, readSessionToken } from "./sessions.server";

export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  isDemo: boolean;
  sessionId: string;
  roles: ReadonlySet<Role>;
  /** Municipalities this person answers for (respondent memberships). */
  municipalityIds: readonly string[];
  /** Workshops this person takes part in (participant memberships). */
  workshopIds: readonly string[];
  /** Set when the request came with a personal API token (read-only) instead of a session. */
  apiTokenId?: string;
}

const safeMethods = new Set(["GET", "HEAD"]);

/**
 * The token of an `Authorization: Bearer` header on a JSON API request (/api/...):
 * undefined when there is no such header (or the path is not /api/), the token text
 * otherwise (possibly malformed; then it matches no token). Pages never accept tokens.
 */
function apiBearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (header === null || !new URL(request.url).pathname.startsWith("/api/")) return undefined;
  const match = /^Bearer[ ]+(\S*)\s*$/i.exec(header);
  return match ? (match[1] ?? "") : undefined;
}

/**
 * The person behind a request: a signed-in browser session, or on /api/ a personal
 * API token. A token request uses the token only (a wrong token is not rescued by a
 * cookie), and a token never authenticates a state-changing request.
 */
export async function getActor(request: Request): Promise<Actor | null> {
  const bearer = apiBearerToken(request);
  if (bearer !== undefined) {
    if (!safeMethods.has(request.method.toUpperCase())) return null;
    const database = await db();
    const token = await findActiveApiToken(database, bearer);
    if (!token) return null;
    const actor = await loadActor(database, token.userId, `api-token:${token.tokenId}`);
    return actor ? { ...actor, apiTokenId: token.tokenId } : null;
  }
  const token = await readSessionToken(request);
  if (!token) return null;
  const database = await db();
  const session = await findActiveSession(database, token);
  if (!session) return null;
  return loadActor(database, session.userId, session.sessionId);
}

export async function loadActor(database: Kysely<Database>, userId: string, sessionId: string): Promise<Actor | null> {
  const user = await database
    .selectFrom("app_user")
    .select(["id", "email", "display_name", "is_demo"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) return null;
  const memberships = await database
    .selectFrom("role_membership")
    .select(["role", "municipality_id", "workshop_id"])
    .where("user_id", "=", userId)
    .execute();
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    isDemo: user.is_demo === 1,
    sessionId,
    roles: new Set(memberships.map((m) => m.role)),
    municipalityIds: unique(memberships.filter((m) => m.role === "respondent").map((m) => m.municipality_id)),
    workshopIds: unique(memberships.filter((m) => m.role === "participant").map((m) => m.workshop_id)),
  };
}

/** The signed-in person, or a redirect to sign-in that brings them back here afterwards. */
export async function requireActor(request: Request): Promise<Actor> {
  const actor = await getActor(request);
  if (actor) return actor;
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
}

/**
 * For JSON endpoints: 401 instead of a redirect. Pages that belong to one role answer
 * 404 to everyone else (the page does not exist for them).
 */
export async function requireApiActor(request: Request): Promise<Actor> {
  if (apiBearerToken(request) !== undefined && !safeMethods.has(request.method.toUpperCase())) {
    throw apiFailure(accessOutcomes, "token_read_only");
  }
  const actor = await getActor(request);
  if (!actor) {
    const refusal = apiFailure(accessOutcomes, "unauthenticated");
    refusal.headers.set("WWW-Authenticate", 'Bearer realm="api"');
    throw refusal;
  }
  return actor;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.has(role));
}

export function isStaff(actor: Actor): boolean {
  return hasRole(actor, "admin", "researcher");
}

export async function requireRole(request: Request, ...roles: Role[]): Promise<Actor> {
  const actor = await requireActor(request);
  if (!hasRole(actor, ...roles)) notFound();
  return actor;
}

/** Municipalities whose drafts and answers a person may read (and, for respondents, write). */
export type MunicipalityScope = { kind: "all" } | { kind: "only"; ids: readonly string[] };

export function answerReadScope(actor: Actor): MunicipalityScope {
  return isStaff(actor) ? { kind: "all" } : { kind: "only", ids: actor.municipalityIds };
}

/** Only a municipality's own staff change its answers; researchers review and reopen. */
export function answerWriteScope(actor: Actor): MunicipalityScope {
  return { kind: "only", ids: actor.municipalityIds };
}

/** Who may change a municipality's settings (sharing, balances): its staff and admins. */
export function municipalityManageScope(actor: Actor): MunicipalityScope {
  return hasRole(actor, "admin") ? { kind: "all" } : { kind: "only", ids: actor.municipalityIds };
}

/**
 * Who may enter, import and change CO2 balances and targets: a municipality's own staff,
 * and researchers and admins on a city's behalf (they collect balances from reports).
 */
export function balanceWriteScope(actor: Actor): MunicipalityScope {
  return isStaff(actor) ? { kind: "all" } : { kind: "only", ids: actor.municipalityIds };
}

export function inScope(scope: MunicipalityScope, municipalityId: string): boolean {
  return scope.kind === "all" || scope.ids.includes(municipalityId);
}

/** A condition restricting a municipality id column to a scope (an empty scope matches nothing). */
export function inScopeCondition(scope: MunicipalityScope, column: string): RawBuilder<SqlBool> {
  if (scope.kind === "all") return sql<SqlBool>`1 = 1`;
  if (scope.ids.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(scope.ids)})`;
}

/**
 * Whose submitted results (profile, recommendations) a person may see. Sharing is a
 * ladder: "workshops" lets participants of shared workshops see them, "partners" adds
 * partner cities, "signed_in" everyone signed in. Researchers and admins see all; a
 * municipality's own staff always see their own.
 */
export function whereResultsVisible(actor: Actor) {
  return (eb: ExpressionBuilder<Database, "municipality">) => {
    if (isStaff(actor)) return sql<SqlBool>`1 = 1`;
    const own = actor.municipalityIds as string[];
    const alternatives = [eb("municipality.sharing", "=", "signed_in")];
    if (own.length > 0) {
      alternatives.push(eb("municipality.id", "in", own));
      alternatives.push(
        eb.and([
          eb("municipality.sharing", "in", ["partners"]),
          eb.exists(
            eb
              .selectFrom("partnership")
              .select("partnership.id")
              .where("partnership.status", "=", "active")
              .where((p) =>
                p.or([
                  p.and([
                    p("partnership.municipality_a_id", "=", p.ref("municipality.id")),
                    p("partnership.municipality_b_id", "in", own),
                  ]),
                  p.and([
                    p("partnership.municipality_b_id", "=", p.ref("municipality.id")),
                    p("partnership.municipality_a_id", "in", own),
                  ]),
                ]),
              ),
          ),
        ]),
      );
    }
    const workshops = actor.workshopIds as string[];
    if (workshops.length > 0) {
      // "workshops" and above: participants of a workshop the municipality takes part in.
      alternatives.push(
        eb.and([
          eb("municipality.sharing", "in", ["workshops", "partners"]),
          eb.exists(
            eb
              .selectFrom("workshop_municipality")
              .select("workshop_municipality.municipality_id")
              .whereRef("workshop_municipality.municipality_id", "=", "municipality.id")
              .where("workshop_municipality.workshop_id", "in", workshops),
          ),
        ]),
      );
    }
    return eb.or(alternatives);
  };
}

function unique(values: ReadonlyArray<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
