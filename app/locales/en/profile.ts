import type { DeepStrings } from "../types";

/** Activity profile, recommendations and peer comparison. */
const profile = {
  nav: {
    label: "Results of this round",
    questionnaire: "Questionnaire",
    profile: "Activity profile",
    recommendations: "Recommendations",
    municipality: "Municipality",
  },
  links: {
    title: "Results of this round",
    profile: "Activity profile",
    profileHelp: "Activity and scope for action per field of action, compared with peer groups",
    recommendations: "Recommended next measures",
    recommendationsHelp: "The most efficient measures within your scope that are not yet implemented",
    provisional: "While the round is in progress, both show provisional figures.",
  },
  home: {
    results: "Results",
    profile: "Profile",
    recommendations: "Recommendations",
  },
  provisional:
    "Provisional: this round is still in progress. The figures change as answers are saved, and no one outside the municipality and the research team sees them.",
  submittedOn: "Submitted on {{date}} · questionnaire version {{version}}",
  print: "Print",
  none: "–",
  noFigure: "no figure",
  profilePage: {
    title: "Activity profile: {{municipality}}, round {{year}}",
    intro:
      "The profile relates three things to each other: the scope for action the municipality has (what it may and can do), the impact depth of its measures and its activity – how much of its own scope it uses. A municipality with little power can still use all of it.",
  },
  figures: {
    activity: "Activity",
    activityHelp: "How much of its own scope for action the municipality uses: achieved ÷ possible points.",
    absoluteActivity: "Absolute activity",
    absoluteActivityHelp:
      "What it does regardless of its powers: achieved points ÷ the points all applicable measures would give with full scope.",
    scope: "Scope for action",
    scopeHelp: "How much it may and can do: possible points ÷ the points of all applicable measures.",
    depthMix: "Impact depth of achieved points",
    depthMixHelp: "Which share of the achieved points comes from preparatory, enabling and structural measures.",
    notMeasurable: "No measure counts here (none within scope, or all not applicable), so there is no figure.",
  },
  overview: {
    title: "At a glance",
    measures: "Measures counted",
    measuresValue: "{{counted}} of {{total}} ({{notApplicable}} not applicable)",
    points: "Points",
    pointsValue: "{{achieved}} achieved of {{possible}} possible; {{maximum}} with full scope",
  },
  breakdown: {
    fieldTitle: "By field of action",
    approachTitle: "By impact approach",
    sectorTitle: "By sector",
    fieldCaption: "Figures per field of action",
    approachCaption: "Figures per impact approach",
    sectorCaption: "Figures per sector",
    overall: "All measures",
    field: "Field of action",
    approach: "Impact approach",
    sector: "Sector",
    points: "Points achieved / possible",
    pointsValue: "{{achieved}} / {{possible}}",
  },
  charts: {
    showTable: "Show the figures as a table",
    fieldBars: {
      title: "Activity and scope for action by field of action",
      summary:
        "Two bars per field of action, each from 0 to 100 %: activity as a solid bar, scope for action as a hatched bar.",
      activity: "Activity",
      scope: "Scope for action",
    },
    scatter: {
      title: "Scope for action against activity, per field of action",
      summary:
        "Each field of action is one numbered point: scope for action from left (0 %) to right (100 %), activity from bottom (0 %) to top (100 %). Fields without a figure are left out.",
      xAxis: "Scope for action",
      yAxis: "Activity",
      legend: "Numbers in the chart",
      point: "{{number}} – {{field}}",
    },
    depthMix: {
      title: "Impact depth of what has been achieved, by field of action",
      summary:
        "One bar per field of action, 100 % wide: the shares of achieved points from preparatory, enabling and structural measures.",
      nothing: "nothing achieved yet",
    },
    peers: {
      summary:
        "One row per field of action: the line runs from the group's minimum to its maximum, the box covers the middle half (lower to upper quartile), the bar inside the box is the median, and the diamond marks this municipality.",
      range: "Minimum to maximum",
      box: "Middle half of the group",
      median: "Median",
      own: "This municipality",
    },
    trend: {
      title: "Overall activity by round",
      summary: "One point per round, from the earliest on the left; the height is the overall activity (0 to 100 %).",
    },
  },
  peers: {
    title: "Compared with peer groups",
    intro:
      "Where the municipality's activity falls among comparable municipalities: in the lower quarter, in the middle half or in the upper quarter of the group – never a rank. Each group compares the latest submitted round of every member. A group is shown only when at least {{minimum}} other municipalities belong to it.",
    provisional: "This round's figures are provisional; the peers' come from their latest submitted rounds.",
    groups: {
      size_class: "Same country and size class: {{country}}, {{sizeClass}}",
      country: "Same country: {{country}}",
      all_countries: "All three countries, relative to each municipality's scope for action",
      partners: "Partner cities that share their results",
    },
    groupSize_one: "{{count}} other municipality",
    groupSize_other: "{{count}} other municipalities",
    hidden: "Fewer than {{minimum}} other municipalities: this group is not shown.",
    caption: "Activity in the group “{{group}}”",
    figure: "Figure",
    n: "Municipalities",
    min: "Minimum",
    q1: "Lower quartile",
    median: "Median",
    q3: "Upper quartile",
    max: "Maximum",
    own: "This municipality",
    band: "Where it falls",
    bands: {
      bottom_quarter: "in the lower quarter of the group",
      middle_half: "in the middle half of the group",
      top_quarter: "above three quarters of the group",
    },
    fieldHidden: "not shown (too few municipalities with a figure)",
    summaryLine: "Overall: {{band}}.",
  },
  trend: {
    title: "Earlier rounds",
    intro: "Activity overall and per field of action in each submitted round of the municipality.",
    caption: "Activity by round",
    round: "Round",
    provisional: "{{year}} (provisional)",
    version: "Questionnaire version",
    single: "This is the municipality's first round with results; a trend appears from the second one.",
  },
  explain: {
    title: "How the figures come about",
    intro:
      "Possible points of a measure = depth weight × scope factor σ, where σ = legal factor × practical factor. Achieved points = possible points × the weight of the implementation status. A measure marked not applicable does not count. The weights are those of questionnaire version {{version}}.",
    open: "{{group}}: {{achieved}} of {{possible}} points – show each measure",
    caption: "Measures of “{{group}}” and their points",
    measure: "Measure",
    legal: "Legal scope",
    legalFactor: "Legal factor",
    practicalFactor: "Practical factor",
    scopeFactor: "σ",
    depthWeight: "Depth weight",
    status: "Status",
    statusWeight: "Status weight",
    possible: "Possible",
    achieved: "Achieved",
    missing: "no answer – counted as not started",
    notCounted: "not counted",
    conditions: "Applied: {{notes}}",
  },
  recommendations: {
    title: "Recommended next measures: {{municipality}}, round {{year}}",
    intro:
      "For each field of action: the measures within the municipality's scope that are not yet implemented, the most efficient first. Efficiency weighs reduction potential, impact depth, scope for action and the part still to be done against the effort. Legal obligations not yet met always come first.",
    fieldsNav: "Fields of action",
    fieldCount: "{{field}} ({{count}})",
    empty: "No open measure within the municipality's scope in this field.",
    legalBadge: "Legal obligation",
    place: "No. {{position}} of {{count}} in this field",
    why: "Why here",
    balance: {
      used: "Weighted by the CO2 balance {{year}}: energy {{energy}} and transport {{transport}} of emissions. The larger a sector's share, the more its measures count.",
      none: "No CO2 balance has been entered yet, so energy and transport measures weigh the same.",
      link: "Enter a CO2 balance",
    },
    uptake: {
      size_class:
        "“Comparable municipalities” are the {{n}} other municipalities in {{country}} with {{sizeClass}} that have submitted a round.",
      country:
        "“Comparable municipalities” are the {{n}} other municipalities in {{country}} that have submitted a round (too few of the same size class have).",
      none: "Too few comparable municipalities have submitted a round yet to say how many implemented each measure.",
    },
    examples: "Municipalities to learn from:",
    examplesNote: "Named only where their sharing setting allows.",
    partner: "partner city",
    sectors: {
      energy: "energy",
      transport: "transport",
    },
    potential: {
      low: "Low reduction potential",
      medium: "Medium reduction potential",
      high: "High reduction potential",
    },
    effort: {
      low: "low effort",
      medium: "medium effort",
      high: "high effort",
    },
    reasons: {
      legal_obligation: "Legal obligation not yet met: the law requires this of the municipality.",
      potential_effort: "{{potential}}, {{effort}}.",
      sector_share:
        "The {{sector}} sector causes {{share}} of the municipality's emissions (CO2 balance {{year}}), so this measure counts more.",
      depth: {
        "1": "Preparatory measure: it prepares reductions (depth weight {{weight}}).",
        "2": "Enabling measure: it makes others reduce (depth weight {{weight}}).",
        "3": "Structural measure: it cuts emissions directly (depth weight {{weight}}).",
      },
      started: {
        planned: "Already planned: {{remaining}} of its effect is still to be gained.",
        decided: "Already decided: {{remaining}} of its effect is still to be gained.",
        in_progress: "Already in progress: {{remaining}} of its effect is still to be gained.",
      },
      limited_scope_legal:
        "The legal scope for action is limited here (scope factor {{factor}}), so the measure counts less.",
      limited_scope_practical:
        "The municipality's circumstances limit what it can do here (scope factor {{factor}}), so the measure counts less.",
      peer_uptake_one: "{{count}} of {{n}} comparable municipalities has implemented it.",
      peer_uptake_other: "{{count}} of {{n}} comparable municipalities have implemented it.",
    },
    score: {
      open: "How the score is computed",
      caption: "Factors of the score",
      factor: "Factor",
      value: "Value",
      potential: "Reduction potential ({{level}})",
      depthWeight: "Depth weight ({{depth}})",
      scopeFactor: "Scope factor σ = legal {{legal}} × practical {{practical}}",
      remaining: "Still to do: 1 − status weight ({{status}})",
      sectorWeight: "Sector weight: 1 + share of the sector",
      effort: "Effort ({{level}}), divides",
      score: "Score",
      formula: "{{potential}} × {{depth}} × {{scope}} × {{remaining}} × {{sector}} ÷ {{effort}} = {{score}}",
      order: "Legal obligations not yet met come first, then the higher score; equal scores keep catalogue order.",
    },
    marks: {
      legend: "Your view of this recommendation",
      options: {
        interested: "Interested",
        already_planned: "Already planned",
        not_for_us: "Not for us",
        none: "No mark",
      },
      reason: "Reason (needed for “not for us”)",
      save: "Save",
      saved: "Your mark has been saved.",
      cleared: "The mark has been removed.",
      current: "Marked “{{mark}}” on {{date}}",
      currentBy: "Marked “{{mark}}” by {{name}} on {{date}}",
      reasonShown: "Reason: {{reason}}",
      reasonRequired: "Please say why this measure is not for the municipality.",
      reasonTooLong: "The reason may have at most 500 characters.",
      invalid: "This mark could not be saved. Please reload the page and try again.",
      researcherNote: "Marks set by the municipality's staff are shown with each recommendation.",
    },
  },
};

export default profile;
export type ProfileMessages = DeepStrings<typeof profile>;
