/** English is the source locale: German and Japanese must have exactly these keys. */
const en = {
  app: {
    name: "Municipal Climate Benchmark",
    shortName: "Climate Benchmark",
    tagline: "Where does your municipality stand in climate protection, relative to what it is allowed and able to do?",
    skipToContent: "Skip to content",
    demoBadge: "Demo",
    demoNotice: "This installation shows fictional demo municipalities. All names and figures are invented.",
  },
  nav: {
    main: "Main navigation",
    home: "Home",
    catalogue: "Measure catalogue",
    partnerships: "Partnerships",
    research: "Research",
    admin: "Administration",
    signIn: "Sign in",
    signOut: "Sign out",
  },
  language: {
    label: "Language",
    de: "Deutsch",
    en: "English",
    ja: "日本語",
  },
  home: {
    intro:
      "Municipalities in Germany, Japan and the USA act on climate under very different legal powers. The benchmark measures what a city does relative to its own scope for action, weights measures by how directly they cut emissions, and shows each city its next efficient steps – without a league table.",
    howTitle: "How it works",
    howAssess: "Assess: city staff answer a versioned questionnaire on their legal and practical scope and on the status of climate measures.",
    howProfile: "Understand: the answers become an activity profile per field of action, next to the city's scope for action.",
    howRecommend: "Act: recommendations rank the most efficient next measures; peer comparisons show bands, never ranks.",
    howMeet: "Meet: in workshops, German, Japanese and US cities compare notes and form climate partnerships.",
    participatingTitle: "Participating municipalities",
    participatingCount_one: "{{count}} municipality takes part.",
    participatingCount_other: "{{count}} municipalities take part.",
    countryCount: "{{country}}: {{count}}",
    catalogueLink: "Browse the measure catalogue and the legal scope in each country",
    signInPrompt: "City staff, researchers and workshop participants sign in to continue.",
  },
  country: {
    DE: "Germany",
    JP: "Japan",
    US: "USA",
  },
  error: {
    notFoundTitle: "Page not found",
    notFoundBody: "The page you asked for does not exist, or you may not see it.",
    genericTitle: "Something went wrong",
    genericBody: "The request could not be completed. Your saved answers are not affected. Please try again.",
    backHome: "Back to the start page",
  },
};

export default en;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** The shape every locale must have: the English keys, any strings. */
export type Messages = DeepStrings<typeof en>;
