/** What a signed-in person's home page lists, each part scoped to what they may see. */
import type { Kysely } from "kysely";
import { type Actor, answerReadScope, hasRole, inScopeCondition, isStaff } from "#app/server/access/permissions.server";
import type { Database } from "#db/schema";

export async function homeOverview(db: Kysely<Database>, actor: Actor) {
  const municipalities =
    actor.municipalityIds.length === 0
      ? []
      : await db
          .selectFrom("municipality")
          .select(["id", "name_native", "name_en", "country", "region", "population", "is_demo"])
          .where("id", "in", actor.municipalityIds as string[])
          .orderBy("name_en")
          .execute();

  const assessments =
    actor.municipalityIds.length === 0
      ? []
      : await db
          .selectFrom("assessment")
          .innerJoin("questionnaire_version", "questionnaire_version.id", "assessment.questionnaire_version_id")
          .select([
            "assessment.id",
            "assessment.municipality_id",
            "assessment.reporting_year",
            "assessment.status",
            "assessment.updated_at",
            "questionnaire_version.version_number",
          ])
          .where(inScopeCondition(answerReadScope(actor), "assessment.municipality_id"))
          .where("assessment.municipality_id", "in", actor.municipalityIds as string[])
          .orderBy("assessment.reporting_year", "desc")
          .execute();

  const workspace = isStaff(actor) ? await workspaceSummary(db) : null;

  return {
    municipalities: municipalities.map((m) => ({
      ...m,
      assessments: assessments.filter((a) => a.municipality_id === m.id),
    })),
    isParticipant: hasRole(actor, "participant"),
    workspace,
  };
}

async function workspaceSummary(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("assessment")
    .select(["status", (eb) => eb.fn.countAll<string | number>().as("count")])
    .groupBy("status")
    .execute();
  const byStatus = { in_progress: 0, submitted: 0 };
  for (const row of rows) byStatus[row.status] = Number(row.count);
  return { assessmentsByStatus: byStatus };
}
