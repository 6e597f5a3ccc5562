import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ComparisonGroups } from "#app/components/balances/comparison";
import { formatParams, useBalanceFormat } from "#app/components/balances/format";
import { CrosswalkTable } from "#app/components/balances/method-notes";
import { TableScroll } from "#app/components/balances/table-scroll";
import { type FigureColumn, FigureTable } from "#app/components/charts/figure-table";
import { FormMessage } from "#app/components/form-field";
import { SelectField } from "#app/components/research/filters";
import { balanceCsvColumns, requiredCsvColumns } from "#app/domain/balances/balance-csv-schema";
import { perCapitaComparison } from "#app/domain/balances/compare";
import { earliestYear, latestYear } from "#app/domain/balances/fields";
import { accountingStandards } from "#app/domain/balances/model";
import { countries } from "#app/domain/vocabulary";
import { requireRole } from "#app/server/access/permissions.server";
import { balanceYears, comparisonRows } from "#app/server/balances/comparison.server";
import { answerImportPost, type ImportPageAnswer } from "#app/server/balances/import-page.server";
import { db } from "#app/server/core/db.server";
import { getTranslator } from "#app/server/core/i18n.server";
import balanceStyles from "#app/styles/balances.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: balanceStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

/** The download's file formats, named the same in every language. */
const exportFormats = ["csv", "json"] as const;
const exportFormatNames = { csv: "CSV (UTF-8)", json: "JSON" } satisfies Record<(typeof exportFormats)[number], string>;

const Filter = z.object({
  year: z.coerce.number().int().min(earliestYear).max(latestYear).optional().catch(undefined),
  standard: z.enum(accountingStandards).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  const t = await getTranslator(request);
  const database = await db();
  const filter = Filter.parse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    title: `${t("balances.research.title")} – ${t("app.shortName")}`,
    filter,
    years: await balanceYears(database, actor),
    comparison: perCapitaComparison(await comparisonRows(database, actor, filter)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "admin", "researcher");
  return answerImportPost(await db(), actor, request);
}

export default function ResearchBalances() {
  const { filter, years, comparison } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const busy = navigation.state === "submitting";
  return (
    <>
      <h1>{t("balances.research.title")}</h1>
      <p className="lead">{t("balances.research.intro")}</p>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t("balances.import.title")}</h2>
        <p>{t("balances.import.intro")}</p>
        <p>
          <a href="/research/balances/template" download>
            {t("balances.import.template")}
          </a>
        </p>
        <ColumnHelp />
        {result?.kind === "error" ? <FormMessage tone="error">{t(result.key)}</FormMessage> : null}
        {result?.kind === "imported" ? (
          <FormMessage tone="success">
            {t("balances.import.done", {
              new: result.counts.new,
              changed: result.counts.changed,
              unchanged: result.counts.unchanged,
            })}
          </FormMessage>
        ) : null}
        <Form method="post" encType="multipart/form-data" className="stack">
          <input type="hidden" name="intent" value="preview" />
          <div className="field">
            <label htmlFor="balance-file">{t("balances.import.file")}</label>
            <p className="field-hint" id="balance-file-hint">
              {t("balances.import.fileHint")}
            </p>
            <input
              id="balance-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="balance-file-hint"
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t("balances.import.check")}
          </button>
        </Form>
        {result?.kind === "preview" ? <ImportPreview result={result} /> : null}
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("balances.export.title")}</h2>
        <p>{t("balances.export.intro")}</p>
        <form method="get" action="/research/balances/export" className="filters">
          <SelectField
            id="export-format"
            label={t("balances.export.format")}
            name="format"
            choices={exportFormats}
            choiceLabel={(format) => exportFormatNames[format]}
            defaultValue="csv"
          />
          <SelectField
            id="export-year"
            label={t("balances.export.year")}
            name="year"
            choices={years}
            defaultValue=""
            all={t("balances.export.allYears")}
          />
          <SelectField
            id="export-country"
            label={t("balances.export.country")}
            name="country"
            choices={countries}
            choiceLabel={(country) => t(`country.${country}`)}
            defaultValue=""
            all={t("balances.export.allCountries")}
          />
          <button type="submit" className="button">
            {t("balances.export.download")}
          </button>
        </form>
      </section>

      <section aria-labelledby="comparison-heading">
        <h2 id="comparison-heading">{t("balances.comparison.title")}</h2>
        <p>{t("balances.comparison.intro")}</p>
        <Form method="get" className="filters">
          <SelectField
            id="comparison-year"
            label={t("balances.comparison.year")}
            name="year"
            choices={years}
            defaultValue={filter.year ?? ""}
            all={t("balances.comparison.latestYear")}
          />
          <SelectField
            id="comparison-standard"
            label={t("balances.comparison.standard")}
            name="standard"
            choices={accountingStandards}
            choiceLabel={(standard) => t(`balances.standards.${standard}`)}
            defaultValue={filter.standard ?? ""}
            all={t("balances.comparison.allStandards")}
          />
          <button type="submit" className="button button-secondary">
            {t("balances.comparison.apply")}
          </button>
        </Form>
        <ComparisonGroups groups={comparison} />
        <CrosswalkTable />
      </section>
    </>
  );
}

function ColumnHelp() {
  const { t } = useTranslation();
  return (
    <details className="crosswalk">
      <summary>{t("balances.import.columnsTitle")}</summary>
      <UploadTable
        caption={t("balances.import.columnsCaption")}
        columns={[{ label: t("balances.import.column") }, { label: t("balances.import.meaning") }]}
      >
        {balanceCsvColumns.map((column) => (
          <tr key={column}>
            <th scope="row">
              <code>{column}</code>
              {requiredCsvColumns.includes(column) ? (
                <span className="required">{t("balances.form.required")}</span>
              ) : null}
            </th>
            <td>{t(`balances.import.columns.${column}`)}</td>
          </tr>
        ))}
      </UploadTable>
    </details>
  );
}

function ImportPreview({ result }: { result: Extract<ImportPageAnswer, { kind: "preview" }> }) {
  const format = useBalanceFormat();
  const { t } = format;
  const { preview } = result;
  // The file's line number comes first, so that a row can be found in the uploaded file.
  const line = { label: t("balances.import.line"), numeric: true };
  const municipality = { label: t("balances.import.municipality") };
  const year = { label: t("balances.charts.yearColumn") };
  return (
    <section aria-labelledby="preview-heading" className="card">
      <h3 id="preview-heading">{t("balances.import.previewTitle")}</h3>
      <p>{t("balances.import.records", { count: preview.recordCount })}</p>
      {preview.problemCount > 0 ? (
        <>
          <FormMessage tone="error">{t("balances.import.problems", { count: preview.problemCount })}</FormMessage>
          <UploadTable
            caption={t("balances.import.problemsCaption")}
            columns={[line, { label: t("balances.import.column") }, { label: t("balances.import.problem") }]}
          >
            {preview.problems.map((problem) => (
              <tr key={`${problem.line}-${problem.field}-${problem.key}`}>
                <td className="numeric">{problem.line}</td>
                <td>
                  <code>{problem.field}</code>
                </td>
                <td>{t(problem.key, formatParams(format, problem.params))}</td>
              </tr>
            ))}
          </UploadTable>
          {preview.problemCount > preview.problems.length ? (
            <p className="muted">
              {t("balances.import.moreProblems", { count: preview.problemCount - preview.problems.length })}
            </p>
          ) : null}
        </>
      ) : (
        <ul className="counts">
          <li>{t("balances.import.countNew", { count: preview.counts.new })}</li>
          <li>{t("balances.import.countChanged", { count: preview.counts.changed })}</li>
          <li>{t("balances.import.countUnchanged", { count: preview.counts.unchanged })}</li>
        </ul>
      )}

      {preview.warnings.length > 0 ? (
        <div className="warning-box">
          <h4>{t("balances.warnings.title")}</h4>
          <UploadTable
            caption={t("balances.import.warningsCaption", { count: preview.warningRows })}
            columns={[line, municipality, year, { label: t("balances.import.warning") }]}
          >
            {preview.warnings.map((row) => (
              <tr key={row.line}>
                <td className="numeric">{row.line}</td>
                <td>{row.municipalityName}</td>
                <td>{row.year}</td>
                <td>
                  {row.warnings.map((w) => (
                    <p key={w.code}>{t(`balances.warnings.${w.code}`, formatParams(format, w.params))}</p>
                  ))}
                </td>
              </tr>
            ))}
          </UploadTable>
        </div>
      ) : null}

      {preview.problemCount === 0 && preview.rows.length > 0 ? (
        <>
          <UploadTable
            caption={t("balances.import.rowsCaption", { shown: preview.rows.length, count: preview.recordCount })}
            columns={[
              line,
              municipality,
              year,
              { label: t("balances.list.total"), numeric: true },
              { label: t("balances.import.status") },
            ]}
          >
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <td className="numeric">{row.line}</td>
                <td>{row.municipalityName}</td>
                <td>{row.year}</td>
                <td className="numeric">{format.whole(row.total)}</td>
                <td>{t(`balances.import.statuses.${row.status}`)}</td>
              </tr>
            ))}
          </UploadTable>
          {result.importId ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="importId" value={result.importId} />
              {preview.warningRows > 0 ? (
                <label className="choice">
                  <input type="checkbox" name="confirm" value="on" />
                  <span>{t("balances.import.confirmWarnings", { count: preview.warningRows })}</span>
                </label>
              ) : null}
              <button type="submit" className="button">
                {t("balances.import.confirm", { count: preview.counts.new + preview.counts.changed })}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** A table about the CSV upload, scrolling on its own and named by its caption. */
function UploadTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly FigureColumn[];
  children: ReactNode;
}) {
  return (
    <TableScroll label={caption}>
      <FigureTable caption={caption} columns={columns}>
        {children}
      </FigureTable>
    </TableScroll>
  );
}
