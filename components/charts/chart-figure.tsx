import { drawnChart, type ChartModel } from "@/lib/charts/model";
import { staticChartSvg } from "@/lib/charts/static/chart-svg";
import { CaptionedChart } from "./captioned-chart";

/**
 * A chart on a page. The browser gets the marks without their quotes: the
 * drawing and its table link to them, and the CSV export that carries them
 * is built on the server (/api/charts/<id>?format=csv). The server draws it
 * as SVG first; the interactive chart takes over when it is scrolled near.
 */
export function ChartFigure({ chart, headingLevel = 3 }: { chart: ChartModel; headingLevel?: 1 | 2 | 3 }) {
  const drawn = drawnChart(chart);
  // Drawn on the server too: what shows before the interactive chart draws, in print and without JavaScript.
  return <CaptionedChart chart={drawn} headingLevel={headingLevel} staticSvg={staticChartSvg(drawn)} />;
}
