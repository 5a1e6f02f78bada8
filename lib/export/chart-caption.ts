import type { DrawnChart } from "@/lib/charts/model";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { citationText } from "./citation";

/** "Sources: SOHR, Kurdish Red Crescent (via Seed report, Rudaw)": every source behind the marks, not just the first. */
export function chartSourcesLine(chart: DrawnChart): string {
  const t = getMessages(chart.locale);
  const relays = chart.relays.length ? ` (${t.charts.via} ${chart.relays.join(", ")})` : "";
  return t.charts.sourcesLine(`${chart.originalSources.join(", ")}${relays}`);
}

/** The caption paragraphs every export of a chart carries; with the chart's address, its citation last. */
export function chartFooter(chart: DrawnChart, accessed: string, url?: string): string[] {
  const t = getMessages(chart.locale);
  return [
    chartSourcesLine(chart),
    ...chart.notes,
    [chart.dataDate ? t.charts.dataAsOf(formatDate(chart.dataDate, chart.locale)) : "", t.charts.accessed(formatDate(accessed, chart.locale))].filter(Boolean).join("; ") + ".",
    chart.licence,
    ...(url ? [chartCitation(chart, accessed, url)] : []),
  ];
}

export function chartCitation(chart: DrawnChart, accessed: string, url?: string): string {
  return citationText({ title: chart.title, originalSources: chart.originalSources, relays: chart.relays, accessed, url, locale: chart.locale });
}
