import type { ResearchMessages } from "../en/research";

const research = {
  nav: {
    label: "Forschungsbereich",
    questionnaires: "Fragebögen",
    submissions: "Erhebungen",
    analysis: "Auswertung",
    exports: "Export",
    balances: "CO2-Bilanzen",
    tokens: "API-Token",
  },
  filters: {
    label: "Filter",
    country: "Land",
    allCountries: "Alle Länder",
    round: "Erhebungsrunde",
    allRounds: "Alle Runden",
    status: "Stand",
    allStatuses: "Jeder Stand",
    version: "Fragebogenversion",
    allVersions: "Alle Versionen",
    versionNumber: "Version {{number}}",
    apply: "Filter anwenden",
    reset: "Zurücksetzen",
  },
  submissions: {
    title: "Erhebungen",
    intro:
      "Alle Erhebungen aller Kommunen, in Bearbeitung oder eingereicht. Öffnen Sie eine Erhebung zum Lesen (ohne Bearbeitung) oder geben Sie eine eingereichte Erhebung zur Bearbeitung zurück – mit Begründung, die im Protokoll festgehalten wird.",
    matching_one: "{{count}} Erhebung entspricht den Filtern",
    matching_other: "{{count}} Erhebungen entsprechen den Filtern",
    submittedCount_one: "{{count}} eingereicht",
    submittedCount_other: "{{count}} eingereicht",
    inProgressCount_one: "{{count}} in Bearbeitung",
    inProgressCount_other: "{{count}} in Bearbeitung",
    none: "Keine Erhebung entspricht diesen Filtern.",
    caption: "Erhebungen, Seite {{page}} von {{pages}}",
    municipality: "Kommune",
    round: "Runde",
    version: "Version",
    missing: "Fehlende Pflichtangaben",
    complete: "keine",
    lastChange: "Eingereicht / letzte Änderung",
    submittedOn: "eingereicht am {{date}}",
    actions: "Aktionen",
    open: "Öffnen",
    openLabel: "Erhebung von {{municipality}}, Runde {{year}}, öffnen",
    reopen: "Zurückgeben …",
    reopenLabel: "Erhebung von {{municipality}}, Runde {{year}}, zur Bearbeitung zurückgeben",
    reason: "Begründung (wird im Protokoll festgehalten)",
    reopenButton: "Zur Bearbeitung zurückgeben",
    reasonRequired: "Bitte geben Sie eine Begründung an.",
    reasonTooLong: "Die Begründung darf höchstens 1.000 Zeichen lang sein.",
    reopenInvalid:
      "Die Anfrage konnte nicht gelesen werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
    reopenRefused:
      "Diese Erhebung konnte nicht zurückgegeben werden: Sie ist nicht mehr eingereicht, oder die Kommune hat bereits eine neuere Runde begonnen.",
    reopened: "Die Erhebung wurde zur Bearbeitung zurückgegeben. Die Kommune kann ihre Angaben wieder ändern.",
    pages: "Seiten der Liste",
    previous: "Vorherige Seite",
    next: "Nächste Seite",
    pageOf: "Seite {{page}} von {{pages}}",
  },
  analysis: {
    title: "Auswertung über Kommunen hinweg",
    intro:
      "Eingereichte Erhebungen einer Runde im Ländervergleich: welche Maßnahmen Kommunen umgesetzt haben, wie aktiv sie in jedem Handlungsfeld im Verhältnis zu ihrem Handlungsspielraum sind und ob sie Maßnahmen dort ergreifen, wo das Recht es ihnen erlaubt.",
    noRanks:
      "Die Zahlen erscheinen als Anteile und Verteilungen. Kommunen werden nie in eine Rangfolge gebracht, und eine Verteilung aus weniger als fünf Kommunen wird nicht gezeigt.",
    noSubmissions: "Bisher wurde keine Erhebung eingereicht. Die Auswertung erscheint, sobald Kommunen einreichen.",
    figure: "Kennzahl der Verteilungen",
    figures: {
      activity: "Aktivität (genutzter Anteil des eigenen Spielraums)",
      absoluteActivity: "Absolute Aktivität (unabhängig vom Spielraum)",
    },
    figureHelp: {
      activity:
        "Die Aktivität ist der Anteil der Punkte, den eine Kommune innerhalb ihres rechtlichen und tatsächlichen Handlungsspielraums erreichen könnte.",
      absoluteActivity:
        "Die absolute Aktivität ist der Anteil an allen Punkten des Handlungsfelds, unabhängig von den Befugnissen der Kommune.",
    },
    cities_one: "{{count}} eingereichte Erhebung in der Runde {{year}}",
    cities_other: "{{count}} eingereichte Erhebungen in der Runde {{year}}",
    citiesIn_one: "{{country}}: {{count}}",
    citiesIn_other: "{{country}}: {{count}}",
    versions: "Fragebogenversionen: {{versions}}",
    measure: "Maßnahme",
    ofCities: "{{k}} von {{n}} ({{share}})",
    implementation: {
      title: "Umsetzung je Maßnahme",
      intro:
        "Für jede Maßnahme und jedes Land: wie viele der antwortenden Kommunen sie umgesetzt haben. Kommunen, die eine Maßnahme als nicht zutreffend markiert haben oder nicht gefragt wurden, weil ihr Land ihnen dafür keinen rechtlichen Spielraum gibt, zählen nicht mit.",
      chartTitle: "{{field}}: Anteil der Kommunen, die die Maßnahme umgesetzt haben, nach Ländern",
      chartSummary_one:
        "Balkendiagramm zu {{count}} Maßnahme im Handlungsfeld {{field}}. Je Land zeigt ein Balken den Anteil der antwortenden Kommunen, die sie umgesetzt haben; die Tabelle darunter enthält die Zahlen.",
      chartSummary_other:
        "Balkendiagramm zu {{count}} Maßnahmen im Handlungsfeld {{field}}. Je Maßnahme zeigt ein Balken pro Land den Anteil der antwortenden Kommunen, die sie umgesetzt haben; die Tabelle darunter enthält die Zahlen.",
      caption: "{{field}}: Kommunen, die die Maßnahme umgesetzt haben, von den antwortenden Kommunen",
      axis: "Anteil der antwortenden Kommunen, die die Maßnahme umgesetzt haben",
    },
    distributions: {
      title: "{{figure}} nach Handlungsfeld und Land",
      intro:
        "Verteilung über die Kommunen: niedrigster Wert, unteres Quartil, Median, oberes Quartil und höchster Wert. Gruppen mit weniger als {{minimum}} Kommunen werden nicht gezeigt.",
      chartTitle: "{{figure}}: Verteilung über die Kommunen, nach Handlungsfeld und Land",
      chartSummary:
        "Boxplots der Kennzahl {{figure}} von 0 bis 100 Prozent: je Handlungsfeld eine Box pro Land vom unteren bis zum oberen Quartil, der Median als fette Linie, die Antennen bis zum niedrigsten und höchsten Wert. Gruppen mit weniger als {{minimum}} Kommunen fehlen; die Tabelle darunter enthält alle Werte.",
      caption: "{{figure}}: Verteilung über die Kommunen",
      group: "Handlungsfeld",
      overall: "Alle Handlungsfelder",
      min: "Niedrigster Wert",
      q1: "Unteres Quartil",
      median: "Median",
      q3: "Oberes Quartil",
      max: "Höchster Wert",
      hidden: "nicht gezeigt: {{n}} Kommunen",
      hiddenRow: "Nicht gezeigt: weniger als {{minimum}} Kommunen",
    },
    uptake: {
      title: "Nutzung nach rechtlichem Handlungsspielraum",
      intro:
        "Handeln Kommunen, wo sie dürfen? Für jede Stufe des rechtlichen Handlungsspielraums, die für eine Kommune gilt (nach den Bedingungen ihres Landes, ihrer Präfektur oder ihres Bundesstaats und ihrer Größe): der Anteil ihrer Angaben mit dem Stand „umgesetzt“.",
      chartTitle: "Anteil umgesetzter Maßnahmen nach Stufe des rechtlichen Handlungsspielraums und Land",
      chartSummary:
        "Gruppiertes Balkendiagramm: Für jede Stufe des rechtlichen Handlungsspielraums (Pflichtaufgabe, voller Spielraum, eingeschränkt, kein Spielraum) zeigt ein Balken pro Land den Anteil der Angaben je Kommune und Maßnahme mit dem Stand umgesetzt. Die Tabelle darunter enthält die Zahlen.",
      levelCaption: "Umgesetzte Maßnahmen, von den Angaben auf jeder Stufe des rechtlichen Handlungsspielraums",
      level: "Rechtlicher Handlungsspielraum",
      byMeasure: "Nach Maßnahmen",
      byMeasureIntro:
        "Für jede Maßnahme: Von den Kommunen, für die diese Stufe des rechtlichen Handlungsspielraums gilt, wie viele sie umgesetzt haben. Ein Strich bedeutet, dass auf dieser Stufe keine Kommune geantwortet hat.",
      measureCaption:
        "Kommunen, die die Maßnahme umgesetzt haben, nach der für sie geltenden Stufe des rechtlichen Handlungsspielraums",
    },
  },
  exports: {
    title: "Export",
    intro:
      "Laden Sie Antworten, Aktivitätsprofile oder CO2-Bilanzen zur Auswertung in R, Python oder einer Tabellenkalkulation herunter. Jede Zeile nennt die Fragebogenversion; das Codebuch beschreibt jede Spalte.",
    dataset: "Daten",
    datasets: {
      answers: {
        label: "Antworten",
        description:
          "Die Antworten jeder Erhebung: allgemeine Fragen, Handlungsspielraum, Umsetzungsstand jeder Maßnahme.",
      },
      profiles: {
        label: "Aktivitätsprofile",
        description:
          "Aktivität, absolute Aktivität und Handlungsspielraum je Handlungsfeld, Wirkungsansatz, Sektor und insgesamt.",
      },
      balances: {
        label: "CO2-Bilanzen",
        description:
          "Emissionen nach Sektoren, Endenergie und Methode jeder Bilanz, mit der Fragebogenversion der Erhebungsrunde der Kommune in diesem Jahr.",
      },
    },
    form: "Aufbau",
    forms: {
      wide: {
        label: "Breit",
        description: "Eine Zeile je Erhebung (Bilanzen: je Bilanz), eine Spalte je Frage oder Kennzahl.",
      },
      long: {
        label: "Lang",
        description:
          "Eine Zeile je Antwort (Profile: je Gruppe; Bilanzen: je Kennzahl), bereit für „tidy“ Auswertungen.",
      },
    },
    format: "Dateiformat",
    formats: {
      xlsx: {
        label: "Excel-Arbeitsmappe (XLSX)",
        description: "Tabellenblätter „data“, „codebook“ und „about“; Zahlen sind Zahlenzellen.",
      },
      csv: {
        label: "CSV (UTF-8 mit Byte-Order-Mark)",
        description: "Kommagetrennt; japanische Schriftzeichen und Umlaute bleiben in Excel erhalten.",
      },
    },
    filters: "Welche Erhebungen",
    statusHint: "Profile sind nur für eingereichte Erhebungen aussagekräftig. Für Bilanzen gilt der Stand nicht.",
    download: "Herunterladen",
    codebookCsv: "Nur Codebuch (CSV)",
    codebookJson: "Nur Codebuch (JSON)",
    notesTitle: "Gut zu wissen",
    noteVersion:
      "Die Namen der Fragen bleiben über Fragebogenversionen hinweg gleich. Das Codebuch nennt jede Spalte mit Bezeichnung, Typ, Einheit und Codes, in der Sprache dieser Seite.",
    noteFormula:
      "Text, den eine Tabellenkalkulation als Formel ausführen würde (beginnend mit =, +, - oder @), erhält ein vorangestelltes Apostroph. Zahlen bleiben Zahlen.",
    noteAudit: "Jeder Download wird mit seinen Filtern im Protokoll festgehalten.",
    noteApi: "Skripte können dieselben Daten mit einem persönlichen API-Token als JSON über die API lesen.",
    about: {
      dataset: "Daten",
      form: "Aufbau",
      versions: "Fragebogenversionen",
      generated: "Erstellt (UTC)",
      note: "Hinweis",
      noteText:
        "Als Demo gekennzeichnete Daten sind erfunden. Zellen mit vorangestelltem Apostroph wurden entschärft, damit keine Tabellenkalkulation sie als Formel ausführt.",
    },
  },
  codebook: {
    columns: {
      questionnaire_version: {
        label: "Fragebogenversion",
        description: "Die Nummer der Fragebogenversion, mit der die Erhebung beantwortet wurde.",
      },
      questionnaire_version_id: {
        label: "Kennung der Fragebogenversion",
        description: "Die Kennung dieser Fragebogenversion (wie in /api/v1/questionnaires).",
      },
      balance_questionnaire_version: {
        label: "Fragebogenversion",
        description:
          "Die Fragebogenversion der Erhebungsrunde der Kommune im Jahr der Bilanz; leer, wenn die Kommune in diesem Jahr keine Runde hatte.",
      },
      balance_questionnaire_version_id: {
        label: "Kennung der Fragebogenversion",
        description: "Die Kennung dieser Fragebogenversion; leer, wenn die Kommune in diesem Jahr keine Runde hatte.",
      },
      assessment_id: { label: "Kennung der Erhebung", description: "Die Erhebung (eine Kommune, eine Runde)." },
      municipality_id: { label: "Kennung der Kommune", description: "Die Kennung der Kommune im Benchmark." },
      municipality_name: { label: "Kommune", description: "Der Name der Kommune in ihrer Landessprache." },
      municipality_name_en: { label: "Kommune (englisch)", description: "Der Name der Kommune auf Englisch." },
      official_code: {
        label: "Amtlicher Schlüssel",
        description: "Der amtliche Gemeindeschlüssel (AGS, 地方公共団体コード, FIPS), soweit bekannt.",
      },
      country: { label: "Land", description: "Das Land der Kommune." },
      region: { label: "Region", description: "Das Land, die Präfektur oder der US-Bundesstaat." },
      size_class: {
        label: "Größenklasse",
        description: "Größenklasse nach Einwohnerzahl, in allen drei Ländern gleich.",
      },
      municipality_population: {
        label: "Einwohnerzahl (Stammdaten)",
        description: "Die im Benchmark für die Kommune hinterlegte Einwohnerzahl (nicht die Angabe der Runde).",
      },
      reporting_year: { label: "Erhebungsrunde", description: "Das Jahr der Erhebungsrunde." },
      status: { label: "Stand", description: "Ob die Erhebung eingereicht wurde oder noch in Bearbeitung ist." },
      submitted_at: {
        label: "Eingereicht am",
        description: "Zeitpunkt der Einreichung (ISO 8601, UTC); leer, solange in Bearbeitung.",
      },
      updated_at: { label: "Letzte Änderung", description: "Zeitpunkt der letzten Änderung (ISO 8601, UTC)." },
      question: {
        label: "Frage",
        description: "Der feste Name der Frage (Wortlaut und Codes siehe die Zeilen „question“ dieses Codebuchs).",
      },
      measure_id: { label: "Maßnahme", description: "Die Maßnahme, zu der die Frage gehört; leer bei anderen Fragen." },
      page: { label: "Seite", description: "Die Seite des Fragebogens, in der Sprache des Exports." },
      question_text: { label: "Fragetext", description: "Der Wortlaut der Frage in der Sprache des Exports." },
      value: {
        label: "Wert",
        description:
          "Der gespeicherte Wert: ein Code, eine Zahl oder ein Text (Antworten) bzw. die Kennzahl in der Einheit der Zeile (Bilanzen).",
      },
      value_text: {
        label: "Antwort im Wortlaut",
        description: "Die Antwort, wie die Kommune sie gesehen hat, in der Sprache des Exports.",
      },
      group_kind: {
        label: "Art der Gruppe",
        description: "Insgesamt, Handlungsfeld, Wirkungsansatz oder Sektor.",
      },
      group_key: { label: "Gruppe", description: "Das Handlungsfeld, der Wirkungsansatz oder der Sektor." },
      measure_count: { label: "Maßnahmen", description: "Maßnahmen der Gruppe in der Fragebogenversion." },
      not_applicable_count: {
        label: "Nicht zutreffend",
        description:
          "Maßnahmen der Gruppe, die die Kommune als nicht zutreffend markiert hat (in keiner Kennzahl enthalten).",
      },
      depth_mix_1: {
        label: "Tiefenmix: vorbereitend",
        description: "Anteil der erreichten Punkte aus vorbereitenden Maßnahmen (Wirkungstiefe 1).",
      },
      depth_mix_2: {
        label: "Tiefenmix: ermöglichend",
        description: "Anteil der erreichten Punkte aus ermöglichenden Maßnahmen (Wirkungstiefe 2).",
      },
      depth_mix_3: {
        label: "Tiefenmix: strukturell",
        description: "Anteil der erreichten Punkte aus strukturellen Maßnahmen (Wirkungstiefe 3).",
      },
      year: { label: "Jahr", description: "Das Bilanzjahr (Japan: Fiskaljahr)." },
      standard: { label: "Bilanzierungsstandard", description: "Der Standard, nach dem die Bilanz erstellt wurde." },
      variable: { label: "Kennzahl", description: "Welche Kennzahl der Bilanz die Zeile enthält." },
      unit: { label: "Einheit", description: "Die Einheit des Werts der Zeile." },
      electricity_method: { label: "Strom", description: "Wie Strom bilanziert wurde." },
      data_quality: { label: "Datengüte", description: "Wie weit die Bilanz auf lokalen Daten beruht." },
      source: { label: "Quelle", description: "Titel oder Adresse des Quelldokuments." },
    },
    figures: {
      activity: {
        label: "{{group}}: Aktivität",
        unit: "Anteil 0–1",
        description:
          "{{group}}: erreichte Punkte geteilt durch mögliche Punkte, also der genutzte Anteil des eigenen Handlungsspielraums. Leer, wenn die Kommune dort keinen Spielraum hatte.",
      },
      absolute_activity: {
        label: "{{group}}: absolute Aktivität",
        unit: "Anteil 0–1",
        description:
          "{{group}}: erreichte Punkte geteilt durch die Punkte aller zutreffenden Maßnahmen, unabhängig von den Befugnissen der Kommune.",
      },
      scope: {
        label: "{{group}}: Handlungsspielraum",
        unit: "Anteil 0–1",
        description: "{{group}}: mögliche Punkte geteilt durch die Punkte aller zutreffenden Maßnahmen.",
      },
      possible: {
        label: "{{group}}: mögliche Punkte",
        unit: "Punkte",
        description: "{{group}}: Summe über die Maßnahmen aus Tiefengewicht × Spielraumfaktor (σ).",
      },
      achieved: {
        label: "{{group}}: erreichte Punkte",
        unit: "Punkte",
        description: "{{group}}: Summe über die Maßnahmen aus möglichen Punkten × Gewicht des Umsetzungsstands.",
      },
      maximum: {
        label: "{{group}}: Höchstpunktzahl",
        unit: "Punkte",
        description: "{{group}}: Summe der Tiefengewichte der zutreffenden Maßnahmen.",
      },
    },
    groups: {
      overall: "Alle Maßnahmen",
      row: "Gruppe der Zeile",
    },
    groupKinds: {
      overall: "Insgesamt",
      field: "Handlungsfeld",
      approach: "Wirkungsansatz",
      sector: "Sektor",
    },
    units: {
      inhabitants: "Einwohner*innen",
      fte: "Vollzeitäquivalente",
      tonnes: "t CO2e",
      tonnesPerCapita: "t CO2e je Einwohner*in",
      mwh: "MWh",
      share: "Anteil 0–1",
    },
    balance: {
      population: "Einwohnerzahl im Bilanzjahr",
      perCapita: "Emissionen je Einwohner*in",
      finalEnergy: "Endenergie: {{sector}}",
      figureDescription: "Leer, wenn die Bilanz diese Kennzahl nicht ausweist.",
    },
    questionGeneral: "Allgemeine Frage zur Kommune.",
    questionUnit: "Allgemeine Frage zur Kommune, in {{unit}}.",
    questionScope: "Tatsächlicher Handlungsspielraum; nur Kommunen in {{country}} werden gefragt.",
    questionMeasure: "Rechtlicher Handlungsspielraum der Maßnahme nach Ländern: {{levels}}.",
  },
  tokens: {
    title: "API-Token",
    intro:
      "Mit persönlichen Token lesen Ihre Skripte (R, Python, curl) die JSON-API unter /api/v1 mit Ihren Berechtigungen. Senden Sie das Token im Authorization-Header.",
    readOnly:
      "Ein Token kann nur lesen. Es kann nichts speichern, einreichen, zurückgeben oder ändern und ist sofort ungültig, sobald Sie es widerrufen oder es abläuft.",
    createTitle: "Neues Token",
    name: "Bezeichnung",
    nameHint: "Wofür das Token dient, z. B. „R-Auswertung Laptop“.",
    nameRequired: "Bitte geben Sie dem Token eine Bezeichnung.",
    nameTooLong: "Die Bezeichnung darf höchstens 80 Zeichen lang sein.",
    lifetime: "Gültig für",
    lifetimeInvalid: "Bitte wählen Sie, wie lange das Token gültig ist.",
    days_one: "{{count}} Tag",
    days_other: "{{count}} Tage",
    noExpiry: "Bis zum Widerruf",
    create: "Token erstellen",
    created: "Token „{{name}}“ erstellt. Kopieren Sie es jetzt:",
    shownOnce:
      "Das Token wird nur dieses eine Mal angezeigt. Gespeichert wird nur ein Fingerabdruck davon; geht es verloren, widerrufen Sie es und erstellen Sie ein neues.",
    tooMany: "Sie haben zu viele aktive Token. Widerrufen Sie zuerst eines, das Sie nicht mehr brauchen.",
    notAllowed: "Sie dürfen keine API-Token erstellen.",
    listTitle: "Ihre Token",
    none: "Sie haben noch keine Token.",
    prefix: "Beginnt mit",
    createdAt: "Erstellt",
    lastUsed: "Zuletzt verwendet",
    never: "nie",
    expires: "Läuft ab",
    status: "Stand",
    statuses: {
      active: "Aktiv",
      revoked: "Widerrufen",
      expired: "Abgelaufen",
    },
    actions: "Aktionen",
    revoke: "Widerrufen",
    revokeLabel: "Token „{{name}}“ widerrufen",
    revoked: "Das Token wurde widerrufen. Skripte, die es verwenden, erhalten jetzt 401 Unauthorized.",
    revokeFailed: "Dieses Token konnte nicht widerrufen werden: Es existiert nicht oder ist bereits widerrufen.",
  },
} satisfies ResearchMessages;

export default research;
