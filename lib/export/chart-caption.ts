import type { DrawnChart } from "@/lib/charts/model";
import { formatDate } from "@/lib/format/dates";
import type { Messages } from "@/lib/i18n/messages";
import { citationText } from "./citation";

// Each takes the messages of the chart's language (getMessages(chart.locale) on the server,
// useMessages() in the browser), so browser code carries one language's strings, not all.

/** "Sources: SOHR, Kurdish Red Crescent (via Seed report, Rudaw)": every source behind the marks, not just the first. */
export function chartSourcesLine(chart: DrawnChart, t: Messages): string {
  const relays = chart.relays.length ? ` (${t.charts.via} ${chart.relays.join(", ")})` : "";
  return t.charts.sourcesLine(`${chart.originalSources.join(", ")}${relays}`);
}

/** The caption paragraphs every export of a chart carries; with the chart's address, its citation last. */
export function chartFooter(chart: DrawnChart, accessed: string, t: Messages, url?: string): string[] {
  return [
    chartSourcesLine(chart, t),
    ...chart.notes,
    [chart.dataDate ? t.charts.dataAsOf(formatDate(chart.dataDate, t.locale)) : "", t.charts.accessed(formatDate(accessed, t.locale))].filter(Boolean).join("; ") + ".",
    chart.licence,
    ...(url ? [chartCitation(chart, accessed, t, url)] : []),
  ];
}

/**
 * What a picture of the chart shows, for its alternative text: the title,
 * then every mark in words ("civilians, SOHR: at least 43"), so a screen
 * reader gets the chart, not only where it comes from.
 */
export function chartAltText(chart: DrawnChart): string {
  const marks = chart.marks.map((m) => `${m.category}, ${m.series}: ${m.valueText}`).join("; ");
  return marks ? `${chart.title}. ${marks}.` : `${chart.title}.`;
}

export function chartCitation(chart: DrawnChart, accessed: string, t: Messages, url?: string): string {
  return citationText({ title: chart.title, originalSources: chart.originalSources, relays: chart.relays, accessed, url }, t);
}
