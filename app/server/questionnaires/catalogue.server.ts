/**
 * The public measure catalogue: the latest published questionnaire version, read from
 * the database and reduced to one language for the page. A published version never
 * changes, so its parsed content (and each language's projection) is cached per id.
 */
import type { Kysely } from "kysely";
import { QuestionnaireVersion } from "#app/domain/questionnaires/schema";
import {
  type ClassLevel,
  type Country,
  countries,
  type FieldOfAction,
  type ImpactApproach,
  type ImpactDepth,
  type LegalScopeLevel,
  type Locale,
  type Sector,
} from "#app/domain/vocabulary";
import type { Database } from "#db/schema";

export interface PublishedVersion {
  id: string;
  publishedAt: string | null;
  version: QuestionnaireVersion;
}

const parsedVersions = new Map<string, QuestionnaireVersion>();

/** The published version with the highest number, or null when none is published yet. */
export async function latestPublishedVersion(db: Kysely<Database>): Promise<PublishedVersion | null> {
  const latest = await db
    .selectFrom("questionnaire_version")
    .select(["id", "published_at"])
    .where("status", "=", "published")
    .where("version_number", "is not", null)
    .orderBy("version_number", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  let version = parsedVersions.get(latest.id);
  if (!version) {
    const { content } = await db
      .selectFrom("questionnaire_version")
      .select("content")
      .where("id", "=", latest.id)
      .executeTakeFirstOrThrow();
    version = QuestionnaireVersion.parse(JSON.parse(content));
    parsedVersions.set(latest.id, version);
  }
  return { id: latest.id, publishedAt: latest.published_at, version };
}

export interface CatalogueScope {
  level: LegalScopeLevel;
  /** The citation in its official wording (in the country's language). */
  basis: string;
  reason: string;
  uncertain: boolean;
}

export interface CatalogueMeasure {
  id: string;
  field: FieldOfAction;
  approach: ImpactApproach;
  depth: ImpactDepth;
  sector: Sector;
  effort: ClassLevel;
  potential: ClassLevel;
  title: string;
  description: string;
  example: string;
  legalScope: Record<Country, CatalogueScope>;
}

export interface Catalogue {
  versionNumber: number;
  title: string;
  publishedAt: string | null;
  measures: CatalogueMeasure[];
}

const localizedCatalogues = new Map<string, Catalogue>();

/** The latest published catalogue with its researcher-written texts in one language. */
export async function latestCatalogue(db: Kysely<Database>, locale: Locale): Promise<Catalogue | null> {
  const published = await latestPublishedVersion(db);
  if (!published) return null;
  const key = `${published.id}:${locale}`;
  let catalogue = localizedCatalogues.get(key);
  if (!catalogue) {
    catalogue = localize(published, locale);
    localizedCatalogues.set(key, catalogue);
  }
  return catalogue;
}

function localize({ version, publishedAt }: PublishedVersion, locale: Locale): Catalogue {
  return {
    versionNumber: version.version,
    title: version.title[locale],
    publishedAt,
    measures: version.measures.map((measure) => ({
      id: measure.id,
      field: measure.field,
      approach: measure.approach,
      depth: measure.depth,
      sector: measure.sector,
      effort: measure.effort,
      potential: measure.potential,
      title: measure.title[locale],
      description: measure.description[locale],
      example: measure.example[locale],
      legalScope: Object.fromEntries(
        countries.map((country) => {
          const scope = measure.legalScope[country];
          return [
            country,
            { level: scope.level, basis: scope.basis, reason: scope.reason[locale], uncertain: scope.uncertain },
          ];
        }),
      ) as Record<Country, CatalogueScope>,
    })),
  };
}
