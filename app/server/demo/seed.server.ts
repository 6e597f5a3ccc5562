/**
 * The demo: clearly fictional municipalities in each country, one German–Japanese
 * climate partnership, and an assessment in progress for every demo municipality,
 * so that a newcomer sees a living app at once.
 */
import type { Kysely } from "kysely";
import { demoPassword, type Role } from "#app/domain/access/accounts";
import { sizeClassOf } from "#app/domain/municipalities/municipality";
import { hashPassword } from "#app/server/access/passwords.server";
import { newId } from "#app/server/core/ids.server";
import type { Database, NewMunicipality } from "#db/schema";
import { seedDemoBalances } from "./balances.server";
import { seedDemoResults } from "./profiles.server";
import { seedDemoWorkshop } from "./workshops.server";

type DemoMunicipality = Omit<NewMunicipality, "id" | "size_class" | "created_at" | "is_demo"> & {
  key: string;
};

export const demoMunicipalities: readonly DemoMunicipality[] = [
  {
    key: "de-klimhausen",
    country: "DE",
    region: "Nordrhein-Westfalen",
    name_native: "Klimhausen",
    name_en: "Klimhausen",
    population: 248_300,
    kind: "district_free_city",
    official_code: null,
    sharing: "workshops",
  },
  {
    key: "de-gruenwalde",
    country: "DE",
    region: "Niedersachsen",
    name_native: "Grünwalde an der Aue",
    name_en: "Gruenwalde an der Aue",
    population: 38_450,
    kind: "county_town",
    official_code: null,
    sharing: "signed_in",
  },
  {
    key: "de-sonnbach",
    country: "DE",
    region: "Bayern",
    name_native: "Sonnbach",
    name_en: "Sonnbach",
    population: 6_180,
    kind: "municipality",
    official_code: null,
    sharing: "none",
  },
  {
    key: "jp-midorino",
    country: "JP",
    region: "静岡県",
    name_native: "みどり野市",
    name_en: "Midorino City",
    population: 312_400,
    kind: "core_city",
    official_code: null,
    sharing: "workshops",
  },
  {
    key: "jp-aohama",
    country: "JP",
    region: "新潟県",
    name_native: "青浜市",
    name_en: "Aohama City",
    population: 86_900,
    kind: "city",
    official_code: null,
    sharing: "partners",
  },
  {
    key: "jp-kazegaoka",
    country: "JP",
    region: "長野県",
    name_native: "風ヶ丘町",
    name_en: "Kazegaoka Town",
    population: 14_750,
    kind: "town",
    official_code: null,
    sharing: "none",
  },
  {
    key: "us-riverton-bay",
    country: "US",
    region: "California",
    name_native: "Riverton Bay",
    name_en: "Riverton Bay",
    population: 182_600,
    kind: "city",
    official_code: null,
    sharing: "workshops",
  },
  {
    key: "us-lakeshore-heights",
    country: "US",
    region: "Michigan",
    name_native: "Lakeshore Heights",
    name_en: "Lakeshore Heights",
    population: 64_200,
    kind: "city",
    official_code: null,
    sharing: "signed_in",
  },
  {
    key: "us-prairie-glen",
    country: "US",
    region: "Kansas",
    name_native: "Prairie Glen",
    name_en: "Prairie Glen",
    population: 9_830,
    kind: "city",
    official_code: null,
    sharing: "none",
  },
];

/** The demo accounts (password "demo-password"), by role and, for respondents, municipality. */
export const demoAccounts: ReadonlyArray<{ email: string; displayName: string; role: Role; municipalityKey?: string }> =
  [
    { email: "admin@demo.test", displayName: "Demo Admin", role: "admin" },
    { email: "researcher@demo.test", displayName: "Demo Researcher", role: "researcher" },
    { email: "participant@demo.test", displayName: "Demo Participant", role: "participant" },
    {
      email: "de.city@demo.test",
      displayName: "Klimaschutzmanagement Klimhausen",
      role: "respondent",
      municipalityKey: "de-klimhausen",
    },
    {
      email: "jp.city@demo.test",
      displayName: "みどり野市 環境政策課",
      role: "respondent",
      municipalityKey: "jp-midorino",
    },
    {
      email: "us.city@demo.test",
      displayName: "Riverton Bay Sustainability Office",
      role: "respondent",
      municipalityKey: "us-riverton-bay",
    },
  ];

/** The reporting year of the demo round. */
export const demoReportingYear = 2026;

export async function seedDemoIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom("municipality").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  await seedDemo(db);
  return true;
}

export async function seedDemo(db: Kysely<Database>): Promise<void> {
  const now = new Date().toISOString();
  // Hashed once, outside the transaction: argon2id is deliberately slow.
  const passwordHash = await hashPassword(demoPassword);
  const latestVersion = await db
    .selectFrom("questionnaire_version")
    .select("id")
    .where("status", "=", "published")
    .orderBy("version_number", "desc")
    .executeTakeFirst();

  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    for (const { key, ...municipality } of demoMunicipalities) {
      const id = newId();
      ids.set(key, id);
      await trx
        .insertInto("municipality")
        .values({ ...municipality, id, size_class: sizeClassOf(municipality.population), is_demo: 1, created_at: now })
        .execute();
      if (latestVersion) {
        await trx
          .insertInto("assessment")
          .values({
            id: newId(),
            municipality_id: id,
            questionnaire_version_id: latestVersion.id,
            reporting_year: demoReportingYear,
            status: "in_progress",
            answers: "{}",
            created_at: now,
            updated_at: now,
            submitted_at: null,
          })
          .execute();
      }
    }
    for (const account of demoAccounts) {
      const userId = newId();
      await trx
        .insertInto("app_user")
        .values({
          id: userId,
          email: account.email,
          display_name: account.displayName,
          password_hash: passwordHash,
          locale: null,
          is_demo: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto("role_membership")
        .values({
          id: newId(),
          user_id: userId,
          role: account.role,
          municipality_id: account.municipalityKey ? demoId(ids, account.municipalityKey) : null,
          workshop_id: null,
          created_at: now,
        })
        .execute();
    }
    await trx
      .insertInto("partnership")
      .values({
        id: newId(),
        municipality_a_id: demoId(ids, "de-klimhausen"),
        municipality_b_id: demoId(ids, "jp-midorino"),
        kind: "climate_partnership",
        since_year: 2019,
        status: "active",
        contact: null,
        created_at: now,
      })
      .execute();
    await seedDemoBalances(trx, ids);
    await seedDemoWorkshop(trx, ids);
    await seedDemoResults(trx, ids);
  });
}

function demoId(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo municipality ${key} was not seeded`);
  return id;
}
