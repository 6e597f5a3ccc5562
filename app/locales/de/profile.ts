import type { ProfileMessages } from "../en/profile";

const profile = {
  nav: {
    label: "Ergebnisse dieser Erhebungsrunde",
    questionnaire: "Fragebogen",
    profile: "Aktivitätsprofil",
    recommendations: "Empfehlungen",
    municipality: "Kommune",
  },
  links: {
    title: "Ergebnisse dieser Erhebungsrunde",
    profile: "Aktivitätsprofil",
    profileHelp: "Aktivität und Handlungsspielraum je Handlungsfeld, im Vergleich mit Vergleichsgruppen",
    recommendations: "Empfohlene nächste Maßnahmen",
    recommendationsHelp: "Die wirksamsten noch nicht umgesetzten Maßnahmen im Handlungsspielraum der Kommune",
    provisional: "Solange die Runde läuft, zeigen beide vorläufige Werte.",
  },
  home: {
    results: "Ergebnisse",
    profile: "Profil",
    recommendations: "Empfehlungen",
  },
  provisional:
    "Vorläufig: Diese Erhebungsrunde ist noch nicht eingereicht. Die Werte ändern sich mit jeder gespeicherten Antwort; außerhalb der Kommune sieht sie nur das Forschungsteam.",
  submittedOn: "Eingereicht am {{date}} · Fragebogen-Version {{version}}",
  print: "Drucken",
  none: "–",
  noFigure: "kein Wert",
  profilePage: {
    title: "Aktivitätsprofil: {{municipality}}, Runde {{year}}",
    intro:
      "Das Profil setzt drei Größen zueinander ins Verhältnis: den Handlungsspielraum der Kommune (was sie darf und kann), die Wirkungstiefe ihrer Maßnahmen und ihre Aktivität – wie viel ihres eigenen Spielraums sie nutzt. Auch eine Kommune mit wenig Zuständigkeiten kann ihren Spielraum voll ausschöpfen.",
  },
  figures: {
    activity: "Aktivität",
    activityHelp: "Wie viel ihres eigenen Handlungsspielraums die Kommune nutzt: erreichte ÷ mögliche Punkte.",
    absoluteActivity: "Absolute Aktivität",
    absoluteActivityHelp:
      "Was sie unabhängig von ihren Zuständigkeiten tut: erreichte Punkte ÷ Punkte aller zutreffenden Maßnahmen bei vollem Spielraum.",
    scope: "Handlungsspielraum",
    scopeHelp: "Wie viel sie darf und kann: mögliche Punkte ÷ Punkte aller zutreffenden Maßnahmen.",
    depthMix: "Wirkungstiefe der erreichten Punkte",
    depthMixHelp:
      "Welcher Anteil der erreichten Punkte auf vorbereitende, ermöglichende und strukturelle Maßnahmen entfällt.",
    notMeasurable:
      "Hier zählt keine Maßnahme (keine im Handlungsspielraum oder alle nicht zutreffend), daher gibt es keinen Wert.",
  },
  overview: {
    title: "Auf einen Blick",
    measures: "Gezählte Maßnahmen",
    measuresValue: "{{counted}} von {{total}} ({{notApplicable}} nicht zutreffend)",
    points: "Punkte",
    pointsValue: "{{achieved}} erreicht von {{possible}} möglichen; {{maximum}} bei vollem Spielraum",
  },
  breakdown: {
    fieldTitle: "Nach Handlungsfeld",
    approachTitle: "Nach Wirkungsansatz",
    sectorTitle: "Nach Sektor",
    fieldCaption: "Werte je Handlungsfeld",
    approachCaption: "Werte je Wirkungsansatz",
    sectorCaption: "Werte je Sektor",
    overall: "Alle Maßnahmen",
    field: "Handlungsfeld",
    approach: "Wirkungsansatz",
    sector: "Sektor",
    points: "Punkte erreicht / möglich",
    pointsValue: "{{achieved}} / {{possible}}",
  },
  charts: {
    showTable: "Werte als Tabelle anzeigen",
    fieldBars: {
      title: "Aktivität und Handlungsspielraum je Handlungsfeld",
      summary:
        "Zwei Balken je Handlungsfeld, jeweils von 0 bis 100 %: die Aktivität als gefüllter Balken, der Handlungsspielraum als schraffierter Balken.",
      activity: "Aktivität",
      scope: "Handlungsspielraum",
    },
    scatter: {
      title: "Handlungsspielraum und Aktivität je Handlungsfeld",
      summary:
        "Jedes Handlungsfeld ist ein nummerierter Punkt: der Handlungsspielraum von links (0 %) nach rechts (100 %), die Aktivität von unten (0 %) nach oben (100 %). Handlungsfelder ohne Wert fehlen.",
      xAxis: "Handlungsspielraum",
      yAxis: "Aktivität",
      legend: "Nummern im Diagramm",
      point: "{{number}} – {{field}}",
    },
    depthMix: {
      title: "Wirkungstiefe des Erreichten je Handlungsfeld",
      summary:
        "Ein Balken je Handlungsfeld, 100 % breit: die Anteile der erreichten Punkte aus vorbereitenden, ermöglichenden und strukturellen Maßnahmen.",
      nothing: "noch nichts erreicht",
    },
    peers: {
      summary:
        "Eine Zeile je Handlungsfeld: Die Linie reicht vom Minimum bis zum Maximum der Gruppe, der Kasten umfasst die mittlere Hälfte (unteres bis oberes Quartil), der Strich im Kasten ist der Median, die Raute markiert diese Kommune.",
      range: "Minimum bis Maximum",
      box: "Mittlere Hälfte der Gruppe",
      median: "Median",
      own: "Diese Kommune",
    },
    trend: {
      title: "Aktivität insgesamt je Erhebungsrunde",
      summary: "Ein Punkt je Erhebungsrunde, die früheste links; die Höhe ist die Aktivität insgesamt (0 bis 100 %).",
    },
  },
  peers: {
    title: "Im Vergleich mit Vergleichsgruppen",
    intro:
      "Wo die Aktivität der Kommune unter vergleichbaren Kommunen liegt: im unteren Viertel, in der mittleren Hälfte oder im oberen Viertel der Gruppe – nie als Rangplatz. Jede Gruppe vergleicht die zuletzt eingereichte Runde ihrer Mitglieder. Eine Gruppe wird nur gezeigt, wenn ihr mindestens {{minimum}} andere Kommunen angehören.",
    provisional:
      "Die Werte dieser Runde sind vorläufig; die der Vergleichskommunen stammen aus deren zuletzt eingereichter Runde.",
    groups: {
      size_class: "Gleiches Land und gleiche Größenklasse: {{country}}, {{sizeClass}}",
      country: "Gleiches Land: {{country}}",
      all_countries: "Alle drei Länder, bezogen auf den Handlungsspielraum jeder Kommune",
      partners: "Partnerstädte, die ihre Ergebnisse teilen",
    },
    groupSize_one: "{{count}} andere Kommune",
    groupSize_other: "{{count}} andere Kommunen",
    hidden: "Weniger als {{minimum}} andere Kommunen: Diese Gruppe wird nicht gezeigt.",
    caption: "Aktivität in der Gruppe „{{group}}“",
    figure: "Wert",
    n: "Kommunen",
    min: "Minimum",
    q1: "Unteres Quartil",
    median: "Median",
    q3: "Oberes Quartil",
    max: "Maximum",
    own: "Diese Kommune",
    band: "Lage in der Gruppe",
    bands: {
      bottom_quarter: "im unteren Viertel der Gruppe",
      middle_half: "in der mittleren Hälfte der Gruppe",
      top_quarter: "über drei Vierteln der Gruppe",
    },
    fieldHidden: "nicht gezeigt (zu wenige Kommunen mit Wert)",
    summaryLine: "Insgesamt: {{band}}.",
  },
  trend: {
    title: "Frühere Erhebungsrunden",
    intro: "Aktivität insgesamt und je Handlungsfeld in jeder eingereichten Runde der Kommune.",
    caption: "Aktivität je Erhebungsrunde",
    round: "Runde",
    provisional: "{{year}} (vorläufig)",
    version: "Fragebogen-Version",
    single: "Dies ist die erste Runde der Kommune mit Ergebnissen; eine Entwicklung zeigt sich ab der zweiten.",
  },
  explain: {
    title: "Wie die Werte zustande kommen",
    intro:
      "Mögliche Punkte einer Maßnahme = Gewicht der Wirkungstiefe × Spielraumfaktor σ, mit σ = rechtlicher Faktor × tatsächlicher Faktor. Erreichte Punkte = mögliche Punkte × Gewicht des Umsetzungsstands. Eine als nicht zutreffend markierte Maßnahme zählt nicht. Es gelten die Gewichte der Fragebogen-Version {{version}}.",
    open: "{{group}}: {{achieved}} von {{possible}} Punkten – jede Maßnahme anzeigen",
    caption: "Maßnahmen in „{{group}}“ und ihre Punkte",
    measure: "Maßnahme",
    legal: "Rechtlicher Spielraum",
    legalFactor: "Rechtlicher Faktor",
    practicalFactor: "Tatsächlicher Faktor",
    scopeFactor: "σ",
    depthWeight: "Gewicht Wirkungstiefe",
    status: "Umsetzungsstand",
    statusWeight: "Gewicht Umsetzungsstand",
    possible: "Möglich",
    achieved: "Erreicht",
    missing: "keine Antwort – als nicht begonnen gezählt",
    notCounted: "zählt nicht",
    conditions: "Angewandt: {{notes}}",
  },
  recommendations: {
    title: "Empfohlene nächste Maßnahmen: {{municipality}}, Runde {{year}}",
    intro:
      "Je Handlungsfeld die noch nicht umgesetzten Maßnahmen im Handlungsspielraum der Kommune, die wirksamsten zuerst. Die Wirksamkeit wägt Minderungspotenzial, Wirkungstiefe, Handlungsspielraum und den noch offenen Teil gegen den Aufwand ab. Noch nicht erfüllte gesetzliche Pflichten stehen immer vorn.",
    fieldsNav: "Handlungsfelder",
    fieldCount: "{{field}} ({{count}})",
    empty: "In diesem Handlungsfeld ist keine Maßnahme im Handlungsspielraum der Kommune mehr offen.",
    legalBadge: "Gesetzliche Pflicht",
    place: "Nr. {{position}} von {{count}} in diesem Handlungsfeld",
    why: "Warum an dieser Stelle",
    balance: {
      used: "Gewichtet nach der CO2-Bilanz {{year}}: Energie {{energy}} und Verkehr {{transport}} der Emissionen. Je größer der Anteil eines Sektors, desto stärker zählen seine Maßnahmen.",
      none: "Es ist noch keine CO2-Bilanz erfasst; Maßnahmen in den Sektoren Energie und Verkehr zählen daher gleich.",
      link: "CO2-Bilanz erfassen",
    },
    uptake: {
      size_class:
        "„Vergleichbare Kommunen“ sind die {{n}} anderen Kommunen in {{country}} mit {{sizeClass}}, die eine Runde eingereicht haben.",
      country:
        "„Vergleichbare Kommunen“ sind die {{n}} anderen Kommunen in {{country}}, die eine Runde eingereicht haben (aus der gleichen Größenklasse sind es zu wenige).",
      none: "Bisher haben zu wenige vergleichbare Kommunen eine Runde eingereicht, um zu zeigen, wie viele eine Maßnahme umgesetzt haben.",
    },
    examples: "Kommunen, von denen Sie lernen können:",
    examplesNote: "Namentlich genannt nur, soweit ihre Freigabe es erlaubt.",
    partner: "Partnerstadt",
    sectors: {
      energy: "Energie",
      transport: "Verkehr",
    },
    potential: {
      low: "Geringes Minderungspotenzial",
      medium: "Mittleres Minderungspotenzial",
      high: "Hohes Minderungspotenzial",
    },
    effort: {
      low: "geringer Aufwand",
      medium: "mittlerer Aufwand",
      high: "hoher Aufwand",
    },
    reasons: {
      legal_obligation: "Noch nicht erfüllte gesetzliche Pflicht: Das Recht verlangt diese Maßnahme von der Kommune.",
      potential_effort: "{{potential}}, {{effort}}.",
      sector_share:
        "Der Sektor {{sector}} verursacht {{share}} der Emissionen der Kommune (CO2-Bilanz {{year}}); die Maßnahme zählt daher stärker.",
      depth: {
        "1": "Vorbereitende Maßnahme: Sie bereitet Minderungen vor (Gewicht {{weight}}).",
        "2": "Ermöglichende Maßnahme: Sie bringt andere dazu, Emissionen zu mindern (Gewicht {{weight}}).",
        "3": "Strukturelle Maßnahme: Sie mindert Emissionen direkt (Gewicht {{weight}}).",
      },
      started: {
        planned: "Bereits geplant: {{remaining}} der Wirkung stehen noch aus.",
        decided: "Bereits beschlossen: {{remaining}} der Wirkung stehen noch aus.",
        in_progress: "Bereits in Umsetzung: {{remaining}} der Wirkung stehen noch aus.",
      },
      limited_scope_legal:
        "Der rechtliche Handlungsspielraum ist hier eingeschränkt (Spielraumfaktor {{factor}}); die Maßnahme zählt daher weniger.",
      limited_scope_practical:
        "Die Gegebenheiten der Kommune begrenzen hier, was sie tun kann (Spielraumfaktor {{factor}}); die Maßnahme zählt daher weniger.",
      peer_uptake_one: "{{count}} von {{n}} vergleichbaren Kommunen hat sie umgesetzt.",
      peer_uptake_other: "{{count}} von {{n}} vergleichbaren Kommunen haben sie umgesetzt.",
    },
    score: {
      open: "So wird die Wertung berechnet",
      caption: "Faktoren der Wertung",
      factor: "Faktor",
      value: "Wert",
      potential: "Minderungspotenzial ({{level}})",
      depthWeight: "Gewicht Wirkungstiefe ({{depth}})",
      scopeFactor: "Spielraumfaktor σ = rechtlich {{legal}} × tatsächlich {{practical}}",
      remaining: "Noch offen: 1 − Gewicht des Umsetzungsstands ({{status}})",
      sectorWeight: "Sektorgewicht: 1 + Anteil des Sektors",
      effort: "Aufwand ({{level}}), teilt",
      score: "Wertung",
      formula: "{{potential}} × {{depth}} × {{scope}} × {{remaining}} × {{sector}} ÷ {{effort}} = {{score}}",
      order:
        "Noch nicht erfüllte gesetzliche Pflichten stehen vorn, dann die höhere Wertung; bei gleicher Wertung gilt die Reihenfolge des Katalogs.",
    },
    marks: {
      legend: "Ihre Einschätzung dieser Empfehlung",
      options: {
        interested: "Interessant",
        already_planned: "Bereits vorgesehen",
        not_for_us: "Nicht für uns",
        none: "Keine Markierung",
      },
      reason: "Begründung (nötig bei „Nicht für uns“)",
      save: "Speichern",
      saved: "Ihre Markierung wurde gespeichert.",
      cleared: "Die Markierung wurde entfernt.",
      current: "Markiert als „{{mark}}“ am {{date}}",
      currentBy: "Markiert als „{{mark}}“ von {{name}} am {{date}}",
      reasonShown: "Begründung: {{reason}}",
      reasonRequired: "Bitte begründen Sie, warum die Maßnahme für die Kommune nicht in Frage kommt.",
      reasonTooLong: "Die Begründung darf höchstens 500 Zeichen lang sein.",
      invalid:
        "Die Markierung konnte nicht gespeichert werden. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
      researcherNote: "Markierungen der Mitarbeitenden der Kommune stehen bei der jeweiligen Empfehlung.",
    },
  },
} satisfies ProfileMessages;

export default profile;
