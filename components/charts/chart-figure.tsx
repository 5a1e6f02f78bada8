import { drawnChart, type ChartModel } from "@/lib/charts/model";
import { CaptionedChart } from "./captioned-chart";

/**
 * A chart on a page. The browser gets the marks without their quotes: the
 * drawing and its table link to them, and the CSV export that carries them
 * is built on the server (/api/charts/<id>?format=csv).
 */
export function ChartFigure({ chart, headingLevel = 3 }: { chart: ChartModel; headingLevel?: 1 | 2 | 3 }) {
  return <CaptionedChart chart={drawnChart(chart)} headingLevel={headingLevel} />;
}
