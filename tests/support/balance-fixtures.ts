/** Municipalities, people and balances for the balance integration tests. */
import type { Kysely } from "kysely";
import type { Role } from "#app/domain/access/accounts";
import { type Balance, emptyFinalEnergy, emptySectors } from "#app/domain/balances/model";
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import type { Actor } from "#app/server/access/permissions.server";
import { newId } from "#app/server/core/ids.server";
import type { Database } from "#db/schema";

export async function insertMunicipality(
  db: Kysely<Database>,
  options: {
    name: string;
    country?: "DE" | "JP" | "US";
    population?: number;
    sharing?: string;
    officialCode?: string | null;
  },
): Promise<string> {
  const id = newId();
  const population = options.population ?? 100_000;
  await db
    .insertInto("municipality")
    .values({
      id,
      country: options.country ?? "DE",
      region: "Test",
      name_native: options.name,
      name_en: options.name,
      population,
      size_class: sizeClassOf(population),
      kind: "municipality",
      official_code: options.officialCode ?? null,
      sharing: options.sharing ?? "none",
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function insertPartnership(db: Kysely<Database>, a: string, b: string) {
  await db
    .insertInto("partnership")
    .values({
      id: newId(),
      municipality_a_id: a,
      municipality_b_id: b,
      kind: "climate_partnership",
      since_year: 2020,
      status: "active",
      contact: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** An actor as the permission module builds it, without a session. */
export function actorWith(roles: Role[], municipalityIds: string[] = []): Actor {
  return {
    userId: newId(),
    email: `${roles.join("-")}@example.test`,
    displayName: roles.join(", "),
    isDemo: false,
    sessionId: "test",
    roles: new Set(roles),
    municipalityIds,
    workshopIds: [],
  };
}

/** A balance of 8 t per inhabitant for 100,000 inhabitants: 500,000 t energy + 300,000 t transport. */
export function sampleBalance(year: number, overrides: Partial<Balance> = {}): Balance {
  return {
    year,
    population: 100_000,
    sectors: { ...emptySectors(), households: 300_000, industry: 200_000, transport_road: 300_000 },
    total: 800_000,
    finalEnergy: emptyFinalEnergy(),
    method: { standard: "bisko", electricity: "national_mix", dataQuality: "medium", source: "Bericht" },
    ...overrides,
  };
}
