import { currentLocale } from "@/lib/i18n/current-locale";
import { getMessages } from "@/lib/i18n/messages";
import { palette } from "@/lib/map/palette";
import { creditsOf, latestDate } from "./marks";
import type { ChartMark, ChartModel, ChartSeries } from "./model";

// Okabe–Ito, then two of Paul Tol's muted colours: the displacement chart has eight sources, and no two may share a colour.
const SERIES_COLOURS = [palette.blue, palette.vermillion, palette.green, palette.orange, palette.purple, palette.sky, palette.black, "#882255", "#44AA99"];

/** One colour per source, in order of first appearance, from a colour-blind-safe palette. */
function seriesFor(marks: ChartMark[]): ChartSeries[] {
  const ids = [...new Set(marks.map((m) => m.seriesId))];
  return ids.map((id, i) => ({
    id,
    key: `s${i}`,
    label: marks.find((m) => m.seriesId === id)?.series ?? id,
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
  }));
}


type ChartBasics = Pick<ChartModel, "id" | "kind" | "title" | "subtitle" | "valueLabel" | "categories" | "marks" | "notes"> &
  Partial<Pick<ChartModel, "series">>;

/** Fills in what every chart derives from its marks: series colours, credits, data date and licence. */
export function chartModel(basics: ChartBasics): ChartModel {
  return {
    locale: currentLocale(),
    series: seriesFor(basics.marks),
    ...basics,
    notes:
      basics.kind === "grouped-bars" && basics.marks.some((m) => !m.source.reportedAt)
        ? [...basics.notes, getMessages().charts.someUndated]
        : basics.notes,
    ...creditsOf(basics.marks),
    dataDate: latestDate(basics.marks),
    licence: getMessages().charts.licence,
  };
}
