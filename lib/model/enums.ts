import { z } from "zod";

export const sourceKinds = [
  "monitoring-group",
  "local-authority",
  "party-to-conflict",
  "state-media",
  "un-agency",
  "ngo",
  "news-outlet",
  /** Someone an outlet quotes without naming ("according to the latest update"): a source of its own. */
  "unnamed",
] as const;
export const SourceKind = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof SourceKind>;

/** Admiralty (NATO) source-reliability scale; F means "cannot be judged". */
export const reliabilityGrades = ["A", "B", "C", "D", "E", "F"] as const;
export const Reliability = z.enum(reliabilityGrades);
export type Reliability = z.infer<typeof Reliability>;

/**
 * Each indicator is one value column of the figures CSV, so the CSV stays
 * HXL-friendly: tools that sum `#affected+killed` never mix in the displaced.
 */
export const indicators = [
  "displaced",
  "still_displaced",
  "returned",
  "killed",
  "injured",
  "missing",
  "evacuated",
  "arrived",
  /** How many people live in a place: the denominator that gives a displacement figure its scale. */
  "population",
] as const;
export const Indicator = z.enum(indicators);
export type Indicator = z.infer<typeof Indicator>;

export const populationGroups = [
  "all",
  "civilians",
  "damascus-affiliated-fighters",
  "asayish",
  "security-personnel",
  "wounded",
  "wounded-civilians",
  "children",
] as const;
export const PopulationGroup = z.enum(populationGroups);
export type PopulationGroup = z.infer<typeof PopulationGroup>;

export const qualifiers = ["exact", "about", "at-least", "more-than", "up-to"] as const;
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

export const Unit = z.enum(["people", "households"]);
export type Unit = z.infer<typeof Unit>;

export const FigureStatus = z.enum(["current", "superseded", "withdrawn"]);
export type FigureStatus = z.infer<typeof FigureStatus>;

/**
 * Cumulative: since the fighting began (or no span given). Period: only a
 * stated span ("over the past 24 hours"); the two never compete.
 */
export const CountKind = z.enum(["cumulative", "period"]);
export type CountKind = z.infer<typeof CountKind>;

export const QuoteLanguage = z.enum(["en", "ar", "fr", "tr", "es", "ku"]);
/** Each language by its own name, as a choice reads in any page language. */
export const languageAutonyms: Record<z.infer<typeof QuoteLanguage>, string> = { en: "English", ar: "العربية", fr: "Français", tr: "Türkçe", es: "Español", ku: "Kurdî" };
export type QuoteLanguage = z.infer<typeof QuoteLanguage>;

export const LocationKind = z.enum(["neighbourhood", "facility", "city", "region", "country", "route"]);
export type LocationKind = z.infer<typeof LocationKind>;

export const eventKinds = [
  "clashes",
  "ceasefire",
  "statement",
  "evacuation",
  "control-claim",
  "curfew",
  "return",
  "facility-status",
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

export const FacilityStatus = z.enum(["attacked", "out-of-service", "overcrowded", "occupied", "evacuation-called", "evacuated"]);
export type FacilityStatus = z.infer<typeof FacilityStatus>;

/** The charts Sitrep can draw; a situation lists the ones it shows, in order. */
export const chartIds = ["casualties-by-group", "killed-and-injured", "timeline", "displaced-over-time"] as const;
export const ChartId = z.enum(chartIds);
export type ChartId = z.infer<typeof ChartId>;
