import { buildChart } from "@/lib/charts";
import { chartFooter } from "@/lib/export/chart-caption";
import { captionedMapSvg } from "@/lib/export/captioned-map-svg";
import { captionedSvg } from "@/lib/export/captioned-svg";
import { getMessages } from "@/lib/i18n/messages";
import { mapModel } from "@/lib/queries/map";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import type { ChartId } from "@/lib/model";
import type { ContextShapes } from "@/lib/export/captioned-map-svg";
import { groupedBarsSvg } from "@/lib/charts/static/grouped-bars-svg";

const WIDTH = 800;
/** Charts the brief can draw without a browser: bars, side by side. */
const BRIEF_CHARTS: ChartId[] = ["casualties-by-group", "killed-and-injured"];

/** The brief's chart: the situation's first that the server draws, if it has one. */
export function briefChartOf(snapshot: SituationSnapshot): ChartId | undefined {
  return snapshot.situation.charts.find((id) => BRIEF_CHARTS.includes(id));
}

/** The report dates the brief's map and chart draw on, for the brief's one data date. */
export function briefGraphicsDates(snapshot: SituationSnapshot): (string | undefined)[] {
  const chart = briefChartOf(snapshot);
  return [chart && buildChart(chart, snapshot).dataDate, mapModel(snapshot).dataDate];
}
const MARGIN = 24;

/**
 * The brief's map and key chart as captioned SVG, drawn on the server from the
 * same models as the dashboard's: no Leaflet, no Recharts, no JavaScript, and
 * vector in print and in the PDF.
 */
export function summaryGraphics(snapshot: SituationSnapshot, accessed: string, dataDate: string | undefined, context?: ContextShapes) {
  const t = getMessages();
  const map = captionedMapSvg({ ...mapModel(snapshot), dataDate }, undefined, accessed, t, { context });
  const chartId = briefChartOf(snapshot);
  if (!chartId) return { map };
  // The brief's one "data as of" date, on its map and chart too.
  const chart = { ...buildChart(chartId, snapshot), dataDate };
  const bars = groupedBarsSvg(chart, WIDTH - 2 * MARGIN);
  return {
    map,
    chart: captionedSvg({ width: WIDTH, title: chart.title, subtitle: chart.subtitle, body: bars.body, bodyHeight: bars.height, footer: chartFooter(chart, accessed, t), direction: t.dir }),
    chartModel: chart,
  };
}
