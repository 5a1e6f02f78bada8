import { buildChart } from "@/lib/charts";
import { chartFooter } from "@/lib/export/chart-caption";
import { captionedMapSvg } from "@/lib/export/captioned-map-svg";
import { captionedSvg } from "@/lib/export/captioned-svg";
import { getMessages } from "@/lib/i18n/messages";
import { mapModel } from "@/lib/queries/map";
import type { Snapshot } from "@/lib/queries/snapshot";
import { groupedBarsSvg } from "./grouped-bars-svg";

const WIDTH = 800;
const BRIEF_CHART = "casualties-by-group";

/** The report dates the brief's map and chart draw on, for the brief's one data date. */
export function briefGraphicsDates(snapshot: Snapshot): (string | undefined)[] {
  return [buildChart(BRIEF_CHART, snapshot).dataDate, mapModel(snapshot).dataDate];
}
const MARGIN = 24;

/**
 * The brief's map and key chart as captioned SVG, drawn on the server from the
 * same models as the dashboard's: no Leaflet, no Recharts, no JavaScript, and
 * vector in print and in the PDF.
 */
export function summaryGraphics(snapshot: Snapshot, accessed: string, dataDate: string | undefined) {
  // The brief's one "data as of" date, on its map and chart too.
  const chart = { ...buildChart(BRIEF_CHART, snapshot), dataDate };
  const bars = groupedBarsSvg(chart, WIDTH - 2 * MARGIN);
  const t = getMessages(chart.locale);
  return {
    map: captionedMapSvg({ ...mapModel(snapshot), dataDate }, "displaced", accessed, t),
    chart: captionedSvg({ width: WIDTH, title: chart.title, subtitle: chart.subtitle, body: bars.body, bodyHeight: bars.height, footer: chartFooter(chart, accessed, t), direction: t.dir }),
    chartModel: chart,
  };
}
