import type { DeepStrings } from "../types";

/** The research workspace: submissions, cross-city analysis, exports with codebooks, API tokens. */
const research = {
  nav: {
    label: "Research workspace",
    questionnaires: "Questionnaires",
    submissions: "Submissions",
    analysis: "Analysis",
    exports: "Exports",
    balances: "CO2 balances",
    tokens: "API tokens",
  },
  filters: {
    label: "Filters",
    country: "Country",
    allCountries: "All countries",
    round: "Round",
    allRounds: "All rounds",
    status: "Status",
    allStatuses: "Any status",
    version: "Questionnaire version",
    allVersions: "All versions",
    versionNumber: "Version {{number}}",
    apply: "Apply filters",
    reset: "Reset",
  },
  submissions: {
    title: "Submissions",
    intro:
      "Every assessment of every municipality, in progress or submitted. Open one to read it (read-only), or reopen a submitted assessment for changes – with a reason, which is kept in the audit log.",
    matching_one: "{{count}} assessment matches",
    matching_other: "{{count}} assessments match",
    submittedCount_one: "{{count}} submitted",
    submittedCount_other: "{{count}} submitted",
    inProgressCount_one: "{{count}} in progress",
    inProgressCount_other: "{{count}} in progress",
    none: "No assessment matches these filters.",
    caption: "Assessments, page {{page}} of {{pages}}",
    municipality: "Municipality",
    round: "Round",
    version: "Version",
    missing: "Missing answers",
    complete: "none",
    lastChange: "Submitted / last change",
    submittedOn: "submitted {{date}}",
    actions: "Actions",
    open: "Open",
    openLabel: "Open the assessment of {{municipality}}, round {{year}}",
    reopen: "Reopen …",
    reopenLabel: "Reopen the assessment of {{municipality}}, round {{year}}",
    reason: "Reason for reopening (kept in the audit log)",
    reopenButton: "Reopen for changes",
    reasonRequired: "Please give a reason for reopening.",
    reasonTooLong: "The reason may have at most 1,000 characters.",
    reopenInvalid: "The request could not be read. Please reload the page and try again.",
    reopenRefused:
      "This assessment could not be reopened: it is no longer submitted, or the municipality has already started a newer round.",
    reopened: "The assessment has been reopened. The municipality can change its answers again.",
    pages: "Pages of the list",
    previous: "Previous page",
    next: "Next page",
    pageOf: "Page {{page}} of {{pages}}",
  },
  analysis: {
    title: "Cross-city analysis",
    intro:
      "Submitted assessments of one round, compared across countries: which measures cities have implemented, how active they are in each field of action relative to their scope, and whether they use measures where the law lets them.",
    noRanks:
      "Figures are shown as shares and distributions. Cities are never ranked, and a distribution of fewer than five cities is not shown.",
    noSubmissions: "No assessment has been submitted yet. The analysis appears once cities submit.",
    figure: "Figure for the distributions",
    figures: {
      activity: "Activity (share of own scope used)",
      absoluteActivity: "Absolute activity (regardless of scope)",
    },
    figureHelp: {
      activity: "Activity is the share of the points a city could reach within its own legal and practical scope.",
      absoluteActivity: "Absolute activity is the share of all points of the field, whatever the city's powers.",
    },
    cities_one: "{{count}} submitted assessment in round {{year}}",
    cities_other: "{{count}} submitted assessments in round {{year}}",
    citiesIn_one: "{{country}}: {{count}}",
    citiesIn_other: "{{country}}: {{count}}",
    versions: "Questionnaire versions: {{versions}}",
    measure: "Measure",
    ofCities: "{{k}} of {{n}} ({{share}})",
    implementation: {
      title: "Implementation by measure",
      intro:
        "For each measure and country: how many of the cities that answered have implemented it. Cities that marked a measure as not applicable, or were not asked because their country gives no legal scope for it, are not counted.",
      chartTitle: "{{field}}: share of cities that implemented each measure, by country",
      chartSummary_one:
        "Bar chart of {{count}} measure in {{field}}. For each country a bar shows the share of answering cities that implemented it; the table below gives the counts.",
      chartSummary_other:
        "Bar chart of {{count}} measures in {{field}}. For each measure one bar per country shows the share of answering cities that implemented it; the table below gives the counts.",
      caption: "{{field}}: cities that implemented each measure, of the cities that answered",
      axis: "Share of answering cities that implemented the measure",
    },
    distributions: {
      title: "{{figure}} by field of action and country",
      intro:
        "Distribution across cities: lowest value, lower quartile, median, upper quartile and highest value. Groups of fewer than {{minimum}} cities are not shown.",
      chartTitle: "{{figure}}: distribution across cities, by field of action and country",
      chartSummary:
        "Box plots of {{figure}} from 0 to 100 per cent: for each field of action one box per country from the lower to the upper quartile, with the median as a bold line and whiskers to the lowest and highest value. Groups of fewer than {{minimum}} cities are left out; the table below gives every figure.",
      caption: "{{figure}}: distribution across cities",
      group: "Field of action",
      overall: "All fields",
      min: "Lowest",
      q1: "Lower quartile",
      median: "Median",
      q3: "Upper quartile",
      max: "Highest",
      hidden: "not shown: {{n}} cities",
      hiddenRow: "Not shown: fewer than {{minimum}} cities",
    },
    uptake: {
      title: "Uptake by legal scope",
      intro:
        "Do cities use measures when they may? For each level of legal scope that applies to a city (after the conditions of its state, prefecture or size), the share of its answers that say “implemented”.",
      chartTitle: "Share of measures implemented, by level of legal scope and country",
      chartSummary:
        "Grouped bar chart: for each level of legal scope (mandatory, full, partial, none) one bar per country shows the share of city-and-measure answers that say implemented. The table below gives the counts.",
      levelCaption: "Measures implemented, of the answers at each level of legal scope",
      level: "Legal scope",
      byMeasure: "By measure",
      byMeasureIntro:
        "For each measure: of the cities for which it has this level of legal scope, how many implemented it. A dash means no city answered at that level.",
      measureCaption: "Cities that implemented each measure, by the level of legal scope that applies to them",
    },
  },
  exports: {
    title: "Exports",
    intro:
      "Download answers, activity profiles or CO2 balances for analysis in R, Python or a spreadsheet. Every row carries the questionnaire version; the codebook describes every column.",
    dataset: "Data",
    datasets: {
      answers: {
        label: "Answers",
        description: "The answers of each assessment: general questions, scope for action, status of each measure.",
      },
      profiles: {
        label: "Activity profiles",
        description: "Activity, absolute activity and scope per field of action, impact approach, sector and overall.",
      },
      balances: {
        label: "CO2 balances",
        description:
          "Emissions by sector, final energy and method of each balance, with the version of the municipality's round of that year.",
      },
    },
    form: "Layout",
    forms: {
      wide: {
        label: "Wide",
        description: "One row per assessment (balances: per balance), one column per question or figure.",
      },
      long: {
        label: "Long",
        description: "One row per answer (profiles: per group; balances: per figure), ready for tidy analysis.",
      },
    },
    format: "File format",
    formats: {
      xlsx: {
        label: "Excel workbook (XLSX)",
        description: "Sheets “data”, “codebook” and “about”; numbers are number cells.",
      },
      csv: {
        label: "CSV (UTF-8 with byte order mark)",
        description: "Comma-separated; opens with Japanese and German characters intact in Excel.",
      },
    },
    filters: "Which assessments",
    statusHint: "Profiles are only meaningful for submitted assessments. The status does not apply to balances.",
    download: "Download",
    codebookCsv: "Codebook only (CSV)",
    codebookJson: "Codebook only (JSON)",
    notesTitle: "Good to know",
    noteVersion:
      "Question names are stable across questionnaire versions. The codebook lists every column with its label, type, unit and codes, in the language of this page.",
    noteFormula:
      "Text that a spreadsheet would run as a formula (starting with =, +, - or @) is written with an apostrophe in front. Numbers stay numbers.",
    noteAudit: "Each download is recorded in the audit log with its filters.",
    noteApi: "Scripts can read the same data as JSON through the API with a personal API token.",
    about: {
      dataset: "Data",
      form: "Layout",
      versions: "Questionnaire versions",
      generated: "Generated (UTC)",
      note: "Note",
      noteText:
        "Fictional demo data where marked as demo. Cells starting with an apostrophe were neutralised so that no spreadsheet runs them as a formula.",
    },
  },
  codebook: {
    columns: {
      questionnaire_version: {
        label: "Questionnaire version",
        description: "The number of the questionnaire version the assessment was answered with.",
      },
      questionnaire_version_id: {
        label: "Questionnaire version id",
        description: "The id of that questionnaire version (as in /api/v1/questionnaires).",
      },
      balance_questionnaire_version: {
        label: "Questionnaire version",
        description:
          "The questionnaire version of the municipality's assessment round in the balance's year; empty when the municipality had no round that year.",
      },
      balance_questionnaire_version_id: {
        label: "Questionnaire version id",
        description: "The id of that questionnaire version; empty when the municipality had no round that year.",
      },
      assessment_id: { label: "Assessment id", description: "The assessment (one municipality, one round)." },
      municipality_id: { label: "Municipality id", description: "The municipality's id in the benchmark." },
      municipality_name: { label: "Municipality", description: "The municipality's name in its own language." },
      municipality_name_en: { label: "Municipality (English)", description: "The municipality's name in English." },
      official_code: {
        label: "Official code",
        description: "The official municipality code (AGS, 地方公共団体コード, FIPS), where known.",
      },
      country: { label: "Country", description: "The country of the municipality." },
      region: { label: "Region", description: "The Land, prefecture or state." },
      size_class: { label: "Size class", description: "Size class by population, the same in all three countries." },
      municipality_population: {
        label: "Population (register)",
        description: "Population as recorded for the municipality in the benchmark (not the answer of the round).",
      },
      reporting_year: { label: "Round", description: "The year of the assessment round." },
      status: { label: "Status", description: "Whether the assessment was submitted or is still in progress." },
      submitted_at: {
        label: "Submitted at",
        description: "When it was submitted (ISO 8601, UTC); empty while in progress.",
      },
      updated_at: { label: "Last change", description: "When it was last changed (ISO 8601, UTC)." },
      question: {
        label: "Question",
        description: "The question's stable name (see the rows “question” of this codebook for its wording and codes).",
      },
      measure_id: { label: "Measure", description: "The measure the question belongs to; empty for other questions." },
      page: { label: "Page", description: "The questionnaire page of the question, in the language of the export." },
      question_text: { label: "Question text", description: "The question's wording in the language of the export." },
      value: {
        label: "Value",
        description:
          "The stored value: a code, a number or a text (answers), or the figure in the row's unit (balances).",
      },
      value_text: {
        label: "Answer in words",
        description: "The answer as the respondent saw it, in the language of the export.",
      },
      group_kind: { label: "Kind of group", description: "Overall, field of action, impact approach or sector." },
      group_key: { label: "Group", description: "The field of action, impact approach or sector." },
      measure_count: { label: "Measures", description: "Measures of the group in the questionnaire version." },
      not_applicable_count: {
        label: "Not applicable",
        description: "Measures of the group the municipality marked as not applicable (left out of every figure).",
      },
      depth_mix_1: {
        label: "Depth mix: preparatory",
        description: "Share of the achieved points that come from preparatory measures (impact depth 1).",
      },
      depth_mix_2: {
        label: "Depth mix: enabling",
        description: "Share of the achieved points that come from enabling measures (impact depth 2).",
      },
      depth_mix_3: {
        label: "Depth mix: structural",
        description: "Share of the achieved points that come from structural measures (impact depth 3).",
      },
      year: { label: "Year", description: "The year of the balance (Japan: fiscal year)." },
      standard: { label: "Accounting standard", description: "The standard the balance was made with." },
      variable: { label: "Figure", description: "Which figure of the balance the row holds." },
      unit: { label: "Unit", description: "The unit of the row's value." },
      electricity_method: { label: "Electricity", description: "How electricity was counted." },
      data_quality: { label: "Data quality", description: "How much of the balance rests on local data." },
      source: { label: "Source", description: "Title or address of the source document." },
    },
    figures: {
      activity: {
        label: "{{group}}: activity",
        unit: "share 0–1",
        description:
          "{{group}}: achieved points divided by possible points, i.e. the share of its own scope for action the municipality uses. Empty when it had no scope there.",
      },
      absolute_activity: {
        label: "{{group}}: absolute activity",
        unit: "share 0–1",
        description:
          "{{group}}: achieved points divided by the points of all applicable measures, whatever the municipality's powers.",
      },
      scope: {
        label: "{{group}}: scope",
        unit: "share 0–1",
        description: "{{group}}: possible points divided by the points of all applicable measures.",
      },
      possible: {
        label: "{{group}}: possible points",
        unit: "points",
        description: "{{group}}: sum over the measures of depth weight × scope factor (σ).",
      },
      achieved: {
        label: "{{group}}: achieved points",
        unit: "points",
        description: "{{group}}: sum over the measures of possible points × status weight.",
      },
      maximum: {
        label: "{{group}}: maximum points",
        unit: "points",
        description: "{{group}}: sum of the depth weights of the applicable measures.",
      },
    },
    groups: {
      overall: "All measures",
      row: "The row's group",
    },
    groupKinds: {
      overall: "Overall",
      field: "Field of action",
      approach: "Impact approach",
      sector: "Sector",
    },
    units: {
      inhabitants: "inhabitants",
      fte: "full-time equivalents",
      tonnes: "t CO2e",
      tonnesPerCapita: "t CO2e per inhabitant",
      mwh: "MWh",
      share: "share 0–1",
    },
    balance: {
      population: "Population in the balance year",
      perCapita: "Emissions per inhabitant",
      finalEnergy: "Final energy: {{sector}}",
      figureDescription: "Empty when the balance does not report this figure.",
    },
    questionGeneral: "General question about the municipality.",
    questionUnit: "General question about the municipality, in {{unit}}.",
    questionScope: "Practical scope for action, asked of municipalities in {{country}} only.",
    questionMeasure: "Legal scope of the measure by country: {{levels}}.",
  },
  tokens: {
    title: "API tokens",
    intro:
      "Personal tokens let your scripts (R, Python, curl) read the JSON API under /api/v1 with your permissions. Send a token in the Authorization header.",
    readOnly:
      "A token can only read. It cannot save, submit, reopen or change anything, and it stops working as soon as you revoke it or it expires.",
    createTitle: "New token",
    name: "Name",
    nameHint: "What the token is for, e.g. “R analysis laptop”.",
    nameRequired: "Please give the token a name.",
    nameTooLong: "The name may have at most 80 characters.",
    lifetime: "Valid for",
    lifetimeInvalid: "Please choose how long the token is valid.",
    days_one: "{{count}} day",
    days_other: "{{count}} days",
    noExpiry: "Until revoked",
    create: "Create token",
    created: "Token “{{name}}” created. Copy it now:",
    shownOnce:
      "This is the only time the token is shown. Only a fingerprint of it is stored, so it cannot be shown again; if you lose it, revoke it and create a new one.",
    tooMany: "You have too many active tokens. Revoke one you no longer use first.",
    notAllowed: "You may not create API tokens.",
    listTitle: "Your tokens",
    none: "You have no tokens yet.",
    prefix: "Begins with",
    createdAt: "Created",
    lastUsed: "Last used",
    never: "never",
    expires: "Expires",
    status: "Status",
    statuses: {
      active: "Active",
      revoked: "Revoked",
      expired: "Expired",
    },
    actions: "Actions",
    revoke: "Revoke",
    revokeLabel: "Revoke the token “{{name}}”",
    revoked: "The token has been revoked. Scripts using it now get 401 Unauthorized.",
    revokeFailed: "This token could not be revoked: it does not exist or has already been revoked.",
  },
};

export default research;
export type ResearchMessages = DeepStrings<typeof research>;
