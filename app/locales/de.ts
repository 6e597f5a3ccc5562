import type { Messages } from "./en";

const de = {
  app: {
    name: "Benchmark Kommunaler Klimaschutz",
    shortName: "Klima-Benchmark",
    tagline: "Wo steht Ihre Kommune im Klimaschutz – gemessen an dem, was sie darf und kann?",
    skipToContent: "Zum Inhalt springen",
    demoBadge: "Demo",
    demoNotice: "Diese Installation zeigt fiktive Demo-Kommunen. Alle Namen und Zahlen sind erfunden.",
  },
  nav: {
    main: "Hauptnavigation",
    home: "Start",
    catalogue: "Maßnahmenkatalog",
    partnerships: "Partnerschaften",
    research: "Forschung",
    admin: "Verwaltung",
    signIn: "Anmelden",
    signOut: "Abmelden",
  },
  language: {
    label: "Sprache",
    de: "Deutsch",
    en: "English",
    ja: "日本語",
  },
  home: {
    intro:
      "Kommunen in Deutschland, Japan und den USA handeln im Klimaschutz mit sehr unterschiedlichen rechtlichen Befugnissen. Der Benchmark misst, was eine Kommune im Verhältnis zu ihrem eigenen Handlungsspielraum tut, gewichtet Maßnahmen nach ihrer Wirkungstiefe und zeigt jeder Kommune ihre nächsten wirksamen Schritte – ohne Rangliste.",
    howTitle: "So funktioniert es",
    howAssess: "Erheben: Die Verwaltung beantwortet einen versionierten Fragebogen zum rechtlichen und tatsächlichen Handlungsspielraum und zum Umsetzungsstand der Klimaschutzmaßnahmen.",
    howProfile: "Verstehen: Aus den Antworten entsteht ein Aktivitätsprofil je Handlungsfeld, neben dem Handlungsspielraum der Kommune.",
    howRecommend: "Handeln: Empfehlungen ordnen die wirksamsten nächsten Maßnahmen; Vergleiche mit ähnlichen Kommunen zeigen Bandbreiten, keine Platzierungen.",
    howMeet: "Austauschen: In Workshops vergleichen deutsche, japanische und US-amerikanische Kommunen ihre Erfahrungen und gründen Klimapartnerschaften.",
    participatingTitle: "Teilnehmende Kommunen",
    participatingCount_one: "{{count}} Kommune nimmt teil.",
    participatingCount_other: "{{count}} Kommunen nehmen teil.",
    countryCount: "{{country}}: {{count}}",
    catalogueLink: "Maßnahmenkatalog und rechtlichen Handlungsspielraum je Land ansehen",
    signInPrompt: "Verwaltungsmitarbeitende, Forschende und Workshop-Teilnehmende melden sich an, um fortzufahren.",
  },
  country: {
    DE: "Deutschland",
    JP: "Japan",
    US: "USA",
  },
  error: {
    notFoundTitle: "Seite nicht gefunden",
    notFoundBody: "Die angeforderte Seite gibt es nicht, oder Sie dürfen sie nicht sehen.",
    genericTitle: "Etwas ist schiefgegangen",
    genericBody: "Die Anfrage konnte nicht abgeschlossen werden. Ihre gespeicherten Antworten sind davon nicht betroffen. Bitte versuchen Sie es erneut.",
    backHome: "Zur Startseite",
  },
} satisfies Messages;

export default de;
