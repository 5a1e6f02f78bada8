/**
 * Every UI string lives here so Arabic and Kurdish can follow by adding a
 * locale object of the same shape.
 */
const en = {
  locale: "en",
  dir: "ltr",
  app: {
    name: "Sitrep",
    tagline: "Aleppo: Sheikh Maqsoud and Ashrafiyeh",
    skipToContent: "Skip to content",
    nav: { overview: "Overview", figures: "All claims", sources: "Sources", map: "Map", charts: "Charts" },
  },
  qualifier: {
    exact: "",
    about: "about",
    "at-least": "at least",
    "more-than": "more than",
    "up-to": "up to",
  },
  qualifierSymbol: { exact: "", about: "~", "at-least": "≥ ", "more-than": "> ", "up-to": "≤ " },
  indicator: {
    displaced: "Displaced",
    still_displaced: "Still displaced",
    returned: "Returned",
    killed: "Killed",
    injured: "Injured",
    missing: "Missing",
    evacuated: "Evacuated",
    arrived: "Arrived",
  },
  group: {
    all: "all people",
    civilians: "civilians",
    "damascus-affiliated-fighters": "Damascus-affiliated fighters",
    asayish: "Asayish (internal security)",
    "security-personnel": "security personnel",
    wounded: "wounded people",
    "wounded-civilians": "wounded civilians",
  },
  unit: { people: "people", households: "households" },
  sourceKind: {
    "monitoring-group": "monitoring group",
    "local-authority": "local authority",
    "party-to-conflict": "party to the conflict",
    "state-media": "state media",
    "un-agency": "UN agency",
    ngo: "NGO",
    "news-outlet": "news outlet",
  },
  facilityStatus: {
    attacked: "attacked",
    "out-of-service": "out of service",
    overcrowded: "overcrowded",
    occupied: "occupied",
    evacuated: "evacuated",
  },
  overview: {
    title: "Fighting in Aleppo's Sheikh Maqsoud and Ashrafiyeh",
    lede: "Every number below is a claim by a named source, in its own words. Follow a card to read the quote and what other sources said.",
    headlineHeading: "Headline figures",
    cards: {
      displaced: "People displaced",
      killed: "People killed",
      injured: "People injured",
      hospital: "Khalid Fajr hospital",
    },
    breakdownHeading: "By group",
    derivedNote: "Sum of the parts below, all from one report by the same source.",
    pinned: "Pinned by editors",
    otherClaims: (n: number) => (n === 1 ? "1 other claim" : `${n} other claims`),
    noOtherClaims: "No competing claim",
    viewSource: "Source and quote",
    reportedOn: (date: string) => `as of ${date}`,
    dateUnknown: "report date not given",
    eventsHeading: "What happened, as reported",
    hospitalLatest: "Latest reported status",
    mapHeading: "Map",
    chartsHeading: "Charts",
  },
  figure: {
    quoteHeading: "In the source's words",
    translationLabel: "Translation (Sitrep's, not the source's)",
    sourceHeading: "Who said it",
    via: "Relayed by",
    reliability: "Reliability grade",
    reportedAt: "Reported",
    dateBasis: "How we know the date",
    place: "Place",
    group: "Group",
    period: "Period",
    otherClaimsHeading: "Other claims about the same thing",
    partsHeading: "Parts of this sum",
    qualifierRule:
      "A sum is only as exact as its least exact part: any 'at least' part makes the sum 'at least'; any 'about' part makes it 'about'.",
    backToOverview: "Back to the overview",
    openPage: "Open original page",
    notes: "Notes",
    derived: "Derived figure",
    status: { current: "current", superseded: "superseded by a later count" },
  },
  table: {
    value: "Value",
    indicator: "Indicator",
    source: "Source",
    grade: "Grade",
    via: "Via",
    reported: "Reported",
    place: "Place",
  },
  footer: {
    claimsNotFacts:
      "Sitrep shows claims, not facts: each number is what a named source said, with its wording, date and quote. Grades are Sitrep's editorial judgement on the Admiralty scale (A: completely reliable … F: cannot be judged).",
    data: "Data",
    csv: "all claims as CSV (HXL)",
    geojson: "places as GeoJSON",
  },
  errors: {
    notFound: "Not found",
  },
} as const;

export type Messages = typeof en;
export const messages = { en } as const;
export type Locale = keyof typeof messages;
export const defaultLocale: Locale = "en";

export function getMessages(locale: Locale = defaultLocale): Messages {
  return messages[locale];
}
