import type { Locale } from "@/lib/i18n/locales";
export { chartIds, type ChartId } from "@/lib/model/enums";
import type { ChartId } from "@/lib/model/enums";

/** What the drawing and its table say about where a mark comes from; the link leads to the quote. */
export interface MarkSource {
  id: string;
  href: string;
  sourceShort: string;
  viaShort?: string;
  reportedAt?: string;
}

/** What the CSV export adds: the source's full name and its words. Kept on the server. */
export interface QuotedMarkSource extends MarkSource {
  sourceName: string;
  url?: string;
  quote: string;
  quoteLanguage: string;
}

/** One mark on a chart: a bar, a point on a line, an event on the timeline. */
export interface ChartMark<Source extends MarkSource = QuotedMarkSource> {
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
  source: Source;
}

export interface ChartSeries {
  id: string;
  key: string;
  label: string;
  colour: string;
}

export interface ChartModel<Source extends MarkSource = QuotedMarkSource> {
  id: ChartId;
  /** The language its words and numbers are in; its captions and exports follow it. */
  locale: Locale;
  kind: "grouped-bars" | "timeline" | "lines";
  title: string;
  subtitle: string;
  /** Axis label for the values. */
  valueLabel: string;
  categories: string[];
  series: ChartSeries[];
  marks: ChartMark<Source>[];
  /** Who counted, credited first, then who relayed. */
  originalSources: string[];
  relays: string[];
  notes: string[];
  dataDate?: string;
  licence: string;
  /** The newest data version that added or changed a claim it draws (0: none since the bundled data). */
  changedIn?: number;
  /** The situation it is drawn for: its file names, embed address and exports' keywords. */
  situationId?: string;
  keywords?: string[];
}

/** A chart as the browser gets it: every mark, without the quotes (the CSV export is built on the server). */
export type DrawnChart = ChartModel<MarkSource>;
export type DrawnMark = ChartMark<MarkSource>;

/** Drops what only the CSV export needs, so a page does not carry every quote twice. */
export function drawnChart(chart: ChartModel): DrawnChart {
  return {
    ...chart,
    marks: chart.marks.map(({ source: { id, href, sourceShort, viaShort, reportedAt }, ...mark }) => ({ ...mark, source: { id, href, sourceShort, viaShort, reportedAt } })),
  };
}
