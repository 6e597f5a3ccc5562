import type { DeepStrings } from "../types";

/** The partnership directory, partner suggestions and expressions of interest. */
const partnerships = {
  title: "Partnerships",
  intro:
    "Sister cities and climate partnerships between municipalities in Germany, Japan and the USA – and suggestions for new ones.",
  directoryTitle: "Directory",
  directoryCaption: "Recorded partnerships",
  none: "No partnerships have been recorded yet.",
  columns: {
    cities: "Municipalities",
    kind: "Kind",
    since: "Since",
    status: "Status",
    contact: "Contact person",
    actions: "Actions",
  },
  statuses: {
    active: "Active",
    planned: "Planned",
    ended: "Ended",
  },
  between: "{{a}} – {{b}}",
  edit: "Edit",
  editLabel: "Edit the partnership {{a}} – {{b}}",
  newTitle: "Record a partnership",
  create: "Record partnership",
  created: "The partnership has been recorded.",
  editTitle: "Edit partnership",
  save: "Save changes",
  saved: "The partnership has been saved.",
  back: "Back to the partnerships",
  form: {
    municipalityA: "Municipality",
    municipalityB: "Partner municipality",
    kind: "Kind of partnership",
    status: "Status",
    sinceYear: "Since (year)",
    sinceYearHint: "Optional, for example 2019.",
    contact: "Contact person",
    contactHint: "Optional: name, office and e-mail address of the person to ask.",
    choose: "– choose –",
  },
  validation: {
    municipalityRequired: "Please choose both municipalities.",
    sameMunicipality: "A municipality cannot be its own partner.",
    year: "Please enter a year between 1900 and 2100.",
    contactTooLong: "The contact may have at most 300 characters.",
  },
  suggestions: {
    title: "Partner suggestions for {{name}}",
    intro:
      "Cities in another country whose profiles complement yours: strong where yours is weaker, compared only in fields with a similar scope for action. Only cities that allow it are suggested.",
    noResults: "Suggestions appear once {{name}} has submitted an assessment.",
    none: "No suggestions yet: no city in another country that allows it complements this profile.",
    choose: "Municipality",
    show: "Show suggestions",
    staffIntro: "As a researcher or administrator you can look at the suggestions for any municipality.",
    theirStrengths: "Strong where {{name}} is weaker: {{fields}}",
    ourStrengths: "Strong where {{partner}} is weaker: {{fields}}",
    learnFromThem: "{{name}} could learn from {{partner}}",
    learnFromUs: "{{partner}} could learn from {{name}}",
    express: "Express interest",
    expressLabel: "Express interest in a partnership with {{partner}}",
    withdraw: "Withdraw interest",
    withdrawLabel: "Withdraw your interest in {{partner}}",
    interested: "You have expressed interest.",
    mutual: "Mutual interest – both cities would like to talk.",
  },
  interest: {
    saved: "Your interest has been saved.",
    withdrawn: "Your interest has been withdrawn.",
    incomingTitle: "Cities interested in a partnership with {{name}}",
    incomingNone: "No city has expressed interest yet.",
    mutualTitle: "Mutual interest",
    answer: "Express interest in return",
  },
};

export default partnerships;
export type PartnershipsMessages = DeepStrings<typeof partnerships>;
