export const chartIds = ["casualties-by-group", "killed-and-injured", "timeline", "displaced-over-time"] as const;
export type ChartId = (typeof chartIds)[number];

/** What a CSV row and a table row say about where a mark comes from. */
export interface MarkSource {
  id: string;
  href: string;
  sourceShort: string;
  sourceName: string;
  viaShort?: string;
  reportedAt?: string;
  url?: string;
  quote: string;
  quoteLanguage: string;
}

/** One mark on a chart: a bar, a point on a line, an event on the timeline. */
export interface ChartMark {
  key: string;
  /** Bars: the group or indicator; lines: the report date; timeline: the lane. */
  category: string;
  /** Bars and lines: the source's short name; timeline: the event's title. */
  series: string;
  /** What identifies the series: the source id (short names need not be unique). */
  seriesId: string;
  value: number;
  qualifier: string;
  /** The value in words with its qualifier, e.g. "at least 43". */
  valueText: string;
  /** Compact label drawn on the chart, e.g. "≥ 43". */
  label: string;
  derived: boolean;
  date?: string;
  source: MarkSource;
}

export interface ChartSeries {
  id: string;
  key: string;
  label: string;
  colour: string;
}

export interface ChartModel {
  id: ChartId;
  kind: "grouped-bars" | "timeline" | "lines";
  title: string;
  subtitle: string;
  /** Axis label for the values. */
  valueLabel: string;
  categories: string[];
  series: ChartSeries[];
  marks: ChartMark[];
  /** Who counted, credited first, then who relayed. */
  originalSources: string[];
  relays: string[];
  notes: string[];
  dataDate?: string;
  licence: string;
}
