/**
 * Research downloads: answers, activity profiles and CO2 balances as CSV (UTF-8 with
 * byte order mark) or XLSX (data sheet and codebook sheet), wide or long, and their
 * codebooks as CSV or JSON. Records are read in batches and written as they come, so
 * an export of every municipality never sits in memory as a whole.
 */
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { toCsv } from "#app/domain/balances/csv";
import { answersLongTable, answersWideTable } from "#app/domain/research/answer-tables";
import { balancesLongTable, balancesWideTable } from "#app/domain/research/balance-tables";
import { csvLines, spreadsheetValue } from "#app/domain/research/cells";
import {
  type AssessmentRecord,
  type BalanceRecord,
  type Cell,
  codebookHeader,
  codebookRows,
  type ExportTable,
  exportFileName,
  type LabelContext,
} from "#app/domain/research/exports";
import type { CodebookQuery, ExportQuery } from "#app/domain/research/filters";
import { profilesLongTable, profilesWideTable } from "#app/domain/research/profile-tables";
import { audit } from "#app/server/access/audit.server";
import { type Actor, isStaff } from "#app/server/access/permissions.server";
import { surveyFrameTexts } from "#app/server/assessments/survey-texts.server";
import { balanceFromRow } from "#app/server/balances/balances.server";
import { notFound } from "#app/server/core/errors.server";
import { getLocale, getTranslator } from "#app/server/core/i18n.server";
import { outcomeAnswer } from "#app/server/core/outcomes.server";
import type { Database } from "#db/schema";
import { researchOutcomes } from "./outcomes.server";
import {
  type AssessmentBatchRow,
  type AssessmentFilter,
  assessmentBatches,
  versionsInFilter,
} from "./submissions.server";

type Source =
  | { kind: "assessments"; table: ExportTable<AssessmentRecord>; batches: () => AsyncGenerator<AssessmentRecord[]> }
  | { kind: "balances"; table: ExportTable<BalanceRecord>; batches: () => AsyncGenerator<BalanceRecord[]> };

interface Prepared {
  table: ExportTable<AssessmentRecord> | ExportTable<BalanceRecord>;
  versions: Array<{ id: string; number: number }>;
  rows: () => AsyncGenerator<Cell[][]>;
}

function toRecord(row: AssessmentBatchRow): AssessmentRecord {
  return {
    assessmentId: row.id,
    municipalityId: row.municipalityId,
    municipalityName: row.municipalityName,
    municipalityNameEn: row.municipalityNameEn,
    officialCode: row.officialCode,
    country: row.country,
    region: row.region,
    sizeClass: row.sizeClass,
    population: row.population,
    reportingYear: row.reportingYear,
    status: row.status,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    versionId: row.versionId,
    version: row.version,
    answers: row.answers,
  };
}

function assessmentFilter(query: ExportQuery | CodebookQuery): AssessmentFilter {
  return { country: query.country, year: query.year, status: query.status, version: query.version };
}

async function prepare(
  db: Kysely<Database>,
  actor: Actor,
  query: ExportQuery | CodebookQuery,
  context: LabelContext,
): Promise<Prepared> {
  // Exports hold every municipality's data: only researchers and admins, whatever the caller checked.
  if (!isStaff(actor)) notFound();
  let source: Source;
  let versions: Array<{ id: string; number: number }>;
  if (query.dataset === "balances") {
    versions = (await balanceVersions(db, query)).map((v) => ({ id: v.id, number: v.number }));
    source = {
      kind: "balances",
      table: query.form === "wide" ? balancesWideTable(context) : balancesLongTable(context),
      batches: () => balanceBatches(db, query),
    };
  } else {
    const filter = assessmentFilter(query);
    const inFilter = await versionsInFilter(db, actor, filter);
    versions = inFilter.map((v) => ({ id: v.id, number: v.version.version }));
    const parsed = inFilter.map((v) => v.version);
    const table =
      query.dataset === "answers"
        ? query.form === "wide"
          ? answersWideTable(parsed, context)
          : answersLongTable(parsed, context)
        : query.form === "wide"
          ? profilesWideTable(context)
          : profilesLongTable(context);
    source = {
      kind: "assessments",
      table,
      batches: async function* () {
        for await (const batch of assessmentBatches(db, actor, filter)) yield batch.map(toRecord);
      },
    };
  }
  const rows = async function* () {
    if (source.kind === "assessments") {
      for await (const batch of source.batches()) yield batch.flatMap((r) => source.table.rowsOf(r));
    } else {
      for await (const batch of source.batches()) yield batch.flatMap((r) => source.table.rowsOf(r));
    }
  };
  return { table: source.table, versions, rows };
}

export interface Download {
  fileName: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/** A download as a stream; the audit log records who downloaded what, with which filters. */
export async function exportDownload(
  db: Kysely<Database>,
  actor: Actor,
  query: ExportQuery,
  context: LabelContext,
): Promise<Download> {
  const prepared = await prepare(db, actor, query, context);
  await audit(db, {
    actorUserId: actor.userId,
    action: "export_downloaded",
    subjectType: "export",
    details: {
      dataset: query.dataset,
      form: query.form,
      format: query.format,
      filters: { country: query.country, year: query.year, status: query.status, version: query.version },
    },
  });
  const fileName = exportFileName(query, query.format, new Date());
  if (query.format === "csv") {
    return { fileName, contentType: "text/csv; charset=utf-8", body: csvStream(prepared) };
  }
  return {
    fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: xlsxStream(prepared, context),
  };
}

function csvStream(prepared: Prepared): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = prepared.rows();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsv([prepared.table.header])));
    },
    // Pulled: the next batch is read only when the client has taken the previous one.
    async pull(controller) {
      const next = await rows.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(csvLines(next.value)));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}

function xlsxStream(prepared: Prepared, context: LabelContext): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
    // Fast compression: at national scale the time goes into deflate, the files stay small.
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = "Municipal Climate Benchmark";
  const write = async () => {
    const data = workbook.addWorksheet("data", { views: [{ state: "frozen", ySplit: 1 }] });
    const header = data.addRow(prepared.table.header);
    header.font = { bold: true };
    header.commit();
    for await (const rows of prepared.rows()) {
      for (const row of rows) data.addRow(row.map(spreadsheetValue)).commit();
      // Coarse back-pressure: wait for a slow client before reading the next batch.
      if (output.writableNeedDrain) await once(output, "drain");
    }
    data.commit();
    const codebook = workbook.addWorksheet("codebook", { views: [{ state: "frozen", ySplit: 1 }] });
    const codebookTitle = codebook.addRow([...codebookHeader]);
    codebookTitle.font = { bold: true };
    codebookTitle.commit();
    for (const row of codebookRows(prepared.table.codebook)) codebook.addRow(row.map(spreadsheetValue)).commit();
    codebook.commit();
    const about = workbook.addWorksheet("about");
    for (const row of aboutRows(prepared, context)) about.addRow(row.map(spreadsheetValue)).commit();
    about.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    console.error("XLSX export failed", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

function aboutRows(prepared: Prepared, context: LabelContext): Cell[][] {
  const { t } = context;
  return [
    [t("research.exports.about.dataset"), t(`research.exports.datasets.${prepared.table.dataset}.label`)],
    [t("research.exports.about.form"), t(`research.exports.forms.${prepared.table.form}.label`)],
    [t("research.exports.about.versions"), prepared.versions.map((v) => v.number).join(", ")],
    [t("research.exports.about.generated"), new Date().toISOString()],
    [t("research.exports.about.note"), t("research.exports.about.noteText")],
  ];
}

/** The codebook of a download, without its data. */
export async function codebookDownload(
  db: Kysely<Database>,
  actor: Actor,
  query: CodebookQuery,
  context: LabelContext,
): Promise<{ fileName: string; contentType: string; body: string }> {
  const prepared = await prepare(db, actor, query, context);
  const fileName = exportFileName(query, `codebook.${query.codebook}`, new Date());
  if (query.codebook === "json") {
    const body = JSON.stringify(
      {
        dataset: query.dataset,
        form: query.form,
        language: context.locale,
        questionnaireVersions: prepared.versions,
        generatedAt: new Date().toISOString(),
        columns: prepared.table.codebook,
      },
      null,
      2,
    );
    return { fileName, contentType: "application/json; charset=utf-8", body };
  }
  const body = toCsv([[...codebookHeader], ...codebookRows(prepared.table.codebook)]);
  return { fileName, contentType: "text/csv; charset=utf-8", body };
}

/**
 * The query of a download. A wrong parameter is refused naming it, as plain text: the
 * browser shows it in place of the file, never a partial or different export.
 */
export function readDownloadQuery<S extends z.ZodType>(
  request: Request,
  schema: S,
  what: "export" | "codebook",
): { ok: true; query: z.output<S> } | { ok: false; response: Response } {
  const query = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (query.success) return { ok: true, query: query.data };
  const names = query.error.issues.map((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.join(",") : issue.path.join("."),
  );
  const response = new Response(`Invalid ${what} parameters: ${names.join(", ")}\n`, {
    status: outcomeAnswer(researchOutcomes, "invalid_query").status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
  return { ok: false, response };
}

/** A file the browser saves under its name, never cached and never sniffed as something else. */
export function downloadResponse(file: { fileName: string; contentType: string; body: BodyInit }): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Labels in the request's language: the app's translations and the questionnaire frame. */
export async function labelContext(request: Request): Promise<LabelContext> {
  const t = await getTranslator(request);
  return {
    locale: await getLocale(request),
    t: (key, options) => t(key, options ?? {}),
    frameTexts: surveyFrameTexts(),
  };
}

// --- balances --------------------------------------------------------------------------

/**
 * Balances with the questionnaire version of the municipality's round in the balance's
 * year (null when it had none), filtered by country, year and that version.
 */
function balanceQuery(db: Kysely<Database>, query: ExportQuery | CodebookQuery) {
  let builder = db
    .selectFrom("co2_balance as b")
    .innerJoin("municipality as m", "m.id", "b.municipality_id")
    .leftJoin("assessment as a", (join) =>
      join.onRef("a.municipality_id", "=", "b.municipality_id").onRef("a.reporting_year", "=", "b.year"),
    )
    .leftJoin("questionnaire_version as qv", "qv.id", "a.questionnaire_version_id");
  if (query.country !== undefined) builder = builder.where("m.country", "=", query.country);
  if (query.year !== undefined) builder = builder.where("b.year", "=", query.year);
  if (query.version !== undefined) builder = builder.where("qv.version_number", "=", query.version);
  return builder;
}

async function balanceVersions(db: Kysely<Database>, query: ExportQuery | CodebookQuery) {
  const rows = await balanceQuery(db, query)
    .select(["qv.id", "qv.version_number"])
    .distinct()
    .where("qv.id", "is not", null)
    .orderBy("qv.version_number")
    .execute();
  return rows.flatMap((row) =>
    row.id !== null && row.version_number !== null ? [{ id: row.id, number: row.version_number }] : [],
  );
}

async function* balanceBatches(
  db: Kysely<Database>,
  query: ExportQuery | CodebookQuery,
  batchSize = 1000,
): AsyncGenerator<BalanceRecord[]> {
  let after = "";
  for (;;) {
    const rows = await balanceQuery(db, query)
      .selectAll("b")
      .select([
        "m.name_native as m_name",
        "m.name_en as m_name_en",
        "m.country as m_country",
        "m.official_code as m_official_code",
        "qv.id as version_id",
        "qv.version_number as version_number",
      ])
      .where("b.id", ">", after)
      .orderBy("b.id")
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      municipalityId: row.municipality_id,
      municipalityName: row.m_name,
      municipalityNameEn: row.m_name_en,
      officialCode: row.m_official_code,
      country: row.m_country,
      versionId: row.version_id,
      versionNumber: row.version_number,
      balance: balanceFromRow(row),
      updatedAt: row.updated_at,
    }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]?.id ?? after;
  }
}
