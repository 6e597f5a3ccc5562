/**
 * The workshop dossier as a PDF, generated on the server in the workshop's language
 * (the first of its languages): a cover page with the side-by-side figures and the common
 * topics, then one section per city starting on a new page, each with an outline entry
 * (bookmark) named after the city. Texts come from the locale files; names and titles
 * written by people are drawn as plain text. Noto Sans JP covers Latin and Japanese.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { PeerBand } from "#app/domain/results/peers";
import { fieldsOfAction, type Locale } from "#app/domain/vocabulary";
import type { DossierCity, FieldFigure } from "#app/domain/workshops/dossier";
import { i18nServer } from "#app/server/core/i18n.server";
import type { Dossier } from "./dossier.server";
import type { LoadedWorkshop } from "./workshops.server";

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
} as const;

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The font files, read once (about 5 MB each; PDFKit embeds only the glyphs used). */
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve(fontFiles.regular)),
    bold: readFileSync(require.resolve(fontFiles.bold)),
  };
  return fonts;
}

const page = { margin: 50, width: 595.28, height: 841.89 };
const contentWidth = page.width - 2 * page.margin;
const colours = { ink: "#1d2521", muted: "#4a5550", accent: "#1f6b4f", line: "#d5ddd8" };

type T = (key: string, options?: Record<string, unknown>) => string;

export async function renderDossierPdf(
  workshop: LoadedWorkshop,
  dossier: Dossier,
  locale: Locale,
  now: Date = new Date(),
): Promise<Buffer> {
  const translate = await i18nServer.getFixedT(locale);
  const t: T = (key, options) => String(translate(key, options as never));
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin },
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: workshop.title,
      Subject: t("workshops.pdf.subtitle"),
      Keywords: dossier.cities.map((c) => c.name).join(", "),
      Creator: t("app.name"),
    },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const pct = (value: number | null | undefined) =>
    value === null || value === undefined ? "–" : percent.format(value);
  const band = (value: PeerBand | null | undefined) => t(`workshops.dossier.bands.${value ?? "none"}`);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const separator = t("workshops.dossier.listSeparator");
  const title = (id: string) => {
    const text = dossier.measureTitles[id];
    return text ? `${text} (${id})` : id;
  };

  const ensureSpace = (height: number) => {
    if (doc.y + height > page.height - page.margin - 20) doc.addPage();
  };
  const heading = (text: string, size: number) => {
    ensureSpace(size * 3);
    doc.moveDown(0.6);
    doc.font("bold").fontSize(size).fillColor(colours.ink).text(text, page.margin, doc.y, { width: contentWidth });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, options: { muted?: boolean; size?: number } = {}) => {
    doc
      .font("regular")
      .fontSize(options.size ?? 10)
      .fillColor(options.muted ? colours.muted : colours.ink)
      .text(text, page.margin, doc.y, { width: contentWidth });
    doc.moveDown(0.3);
  };
  const bullets = (items: readonly string[], size = 10) => {
    for (const item of items) {
      ensureSpace(size * 2);
      doc
        .font("regular")
        .fontSize(size)
        .fillColor(colours.ink)
        .text(`• ${item}`, page.margin + 8, doc.y, { width: contentWidth - 8 });
    }
    doc.moveDown(0.3);
  };

  /** A simple table: header row in bold, rows wrapped within their column widths. */
  const table = (columns: ReadonlyArray<{ label: string; width: number }>, rows: ReadonlyArray<readonly string[]>) => {
    const size = 8.5;
    const padding = 3;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * contentWidth);
    const drawRow = (cells: readonly string[], font: "regular" | "bold", shaded: boolean) => {
      doc.font(font).fontSize(size);
      const height =
        Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 50) - 2 * padding }))) +
        2 * padding;
      ensureSpace(height);
      const top = doc.y;
      if (shaded) doc.rect(page.margin, top, contentWidth, height).fill("#eef3f0");
      let x = page.margin;
      cells.forEach((cell, i) => {
        const width = widths[i] ?? 50;
        doc
          .font(font)
          .fontSize(size)
          .fillColor(colours.ink)
          .text(cell, x + padding, top + padding, { width: width - 2 * padding });
        x += width;
      });
      doc
        .moveTo(page.margin, top + height)
        .lineTo(page.margin + contentWidth, top + height)
        .lineWidth(0.5)
        .strokeColor(colours.line)
        .stroke();
      doc.x = page.margin;
      doc.y = top + height;
    };
    drawRow(
      columns.map((c) => c.label),
      "bold",
      true,
    );
    for (const row of rows) drawRow(row, "regular", false);
    doc.moveDown(0.6);
  };

  // --- cover: facts, side by side, common topics ---------------------------------------
  doc.font("regular").fontSize(10).fillColor(colours.accent).text(t("workshops.pdf.subtitle"));
  doc.font("bold").fontSize(20).fillColor(colours.ink).text(workshop.title, { width: contentWidth });
  doc.moveDown(0.5);
  paragraph(
    [
      [t("workshops.dossier.date"), dateFormat.format(new Date(`${workshop.heldOn}T00:00:00Z`))],
      [t("workshops.dossier.place"), workshop.place],
      [t("workshops.dossier.languages"), workshop.languages.map((l) => t(`language.${l}`)).join(separator)],
    ]
      .map(([label, value]) => t("workshops.pdf.fact", { label, value }))
      .join("\n"),
  );
  paragraph(t("workshops.dossier.intro"));
  paragraph(t("workshops.pdf.generated", { date: dateFormat.format(now) }), { muted: true, size: 8.5 });

  heading(t("workshops.dossier.participating"), 13);
  bullets(
    dossier.cities.map((city) => t("workshops.pdf.city", { name: city.name, country: t(`country.${city.country}`) })),
  );

  heading(t("workshops.dossier.sideBySideTitle"), 13);
  paragraph(t("workshops.dossier.sideBySideIntro"), { size: 9 });
  const cellOf = (city: DossierCity, figure: FieldFigure | null | undefined) => {
    if (!city.shared) return t("workshops.dossier.notSharedCell");
    if (!figure) return t("workshops.dossier.noResultsCell");
    return `${pct(figure.activity)}\n${band(figure.band)}`;
  };
  table(
    [{ label: t("workshops.dossier.field"), width: 2 }, ...dossier.cities.map((c) => ({ label: c.name, width: 1.4 }))],
    fieldsOfAction.map((field) => [
      t(`catalogue.fields.${field}`),
      ...dossier.cities.map((city) => cellOf(city, city.fields?.[field])),
    ]),
  );

  heading(t("workshops.dossier.topicsTitle"), 13);
  paragraph(t("workshops.dossier.topicsIntro"), { size: 9 });
  if (dossier.topics.length === 0) paragraph(t("workshops.dossier.noTopics"));
  else {
    const names = new Map(dossier.cities.map((c) => [c.municipalityId, c.name]));
    bullets(
      dossier.topics.map(
        (topic) =>
          `${title(topic.measureId)} – ${t("workshops.dossier.topicCities", {
            cities: topic.municipalityIds.map((id) => names.get(id) ?? id).join(separator),
          })}`,
      ),
    );
  }

  // --- one section per city, each on a new page with its own bookmark --------------------
  for (const city of dossier.cities) {
    doc.addPage();
    const cityTitle = t("workshops.pdf.city", { name: city.name, country: t(`country.${city.country}`) });
    doc.outline.addItem(city.name);
    doc
      .font("bold")
      .fontSize(18)
      .fillColor(colours.accent)
      .text(cityTitle, page.margin, doc.y, { width: contentWidth });
    doc.moveDown(0.4);
    if (!city.shared) {
      paragraph(t("workshops.dossier.notShared", { name: city.name }));
      continue;
    }
    if (!city.hasResults || !city.fields) {
      paragraph(t("workshops.dossier.noResults", { name: city.name }));
      continue;
    }
    if (city.reportingYear) paragraph(t("workshops.dossier.round", { year: city.reportingYear }), { muted: true });

    heading(t("workshops.dossier.profileTitle"), 13);
    table(
      [
        { label: t("workshops.dossier.field"), width: 2.2 },
        { label: t("workshops.dossier.activity"), width: 0.9 },
        { label: t("workshops.dossier.absoluteActivity"), width: 1 },
        { label: t("workshops.dossier.scope"), width: 1.3 },
        { label: t("workshops.dossier.band"), width: 1.4 },
      ],
      [
        ...fieldsOfAction.map((field) => {
          const figure = city.fields?.[field];
          return [
            t(`catalogue.fields.${field}`),
            pct(figure?.activity),
            pct(figure?.absoluteActivity),
            pct(figure?.scope),
            band(figure?.band),
          ];
        }),
        [
          t("workshops.dossier.overall"),
          pct(city.overall?.activity),
          pct(city.overall?.absoluteActivity),
          pct(city.overall?.scope),
          t("workshops.dossier.none"),
        ],
      ],
    );

    heading(t("workshops.dossier.recommendationsTitle"), 13);
    for (const field of fieldsOfAction) {
      ensureSpace(40);
      doc
        .font("bold")
        .fontSize(10)
        .fillColor(colours.ink)
        .text(t(`catalogue.fields.${field}`), page.margin, doc.y);
      const recommendations = city.topByField?.[field] ?? [];
      if (recommendations.length === 0) paragraph(t("workshops.dossier.noRecommendations"), { muted: true, size: 9 });
      else
        bullets(
          recommendations.map(
            (r) => `${title(r.measureId)}${r.legalObligation ? ` – ${t("workshops.dossier.obligation")}` : ""}`,
          ),
          9,
        );
    }

    heading(t("workshops.dossier.suggestionsTitle"), 13);
    paragraph(t("workshops.dossier.suggestionsIntro", { name: city.name }), { size: 9 });
    const suggestions = dossier.suggestions[city.municipalityId] ?? [];
    if (suggestions.length === 0) paragraph(t("workshops.dossier.noSuggestions"), { muted: true, size: 9 });
    for (const suggestion of suggestions) {
      ensureSpace(80);
      doc
        .font("bold")
        .fontSize(10.5)
        .fillColor(colours.ink)
        .text(
          t("workshops.pdf.city", { name: suggestion.name, country: t(`country.${suggestion.country}`) }),
          page.margin,
          doc.y,
          { width: contentWidth },
        );
      if (suggestion.theirStrengths.length > 0)
        paragraph(
          t("workshops.dossier.theirStrengths", {
            fields: suggestion.theirStrengths.map((f) => t(`catalogue.fields.${f}`)).join(separator),
          }),
          { size: 9 },
        );
      if (suggestion.learnFromThem.length > 0) {
        ensureSpace(45);
        paragraph(t("workshops.dossier.learnFromThem", { name: city.name, partner: suggestion.name }), { size: 9 });
        bullets(suggestion.learnFromThem.map(title), 8.5);
      }
      if (suggestion.learnFromUs.length > 0) {
        ensureSpace(45);
        paragraph(t("workshops.dossier.learnFromUs", { name: city.name, partner: suggestion.name }), { size: 9 });
        bullets(suggestion.learnFromUs.map(title), 8.5);
      }
    }
  }

  // Page numbers, drawn once every page exists.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // The footer sits in the bottom margin: without this PDFKit would start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(colours.muted)
      .text(`${workshop.title} · ${t("workshops.pdf.page", { page: index + 1 })}`, page.margin, page.height - 35, {
        width: contentWidth,
        align: "center",
        lineBreak: false,
      });
  }
  doc.end();
  return finished;
}
