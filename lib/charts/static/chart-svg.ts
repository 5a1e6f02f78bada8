import type { DrawnChart } from "@/lib/charts/model";
import { groupedBarsSvg } from "./grouped-bars-svg";
import { linesSvg } from "./lines-svg";
import { timelineSvg } from "./timeline-svg";

const drawers = { "grouped-bars": groupedBarsSvg, lines: linesSvg, timeline: timelineSvg } as const;

/**
 * A chart drawn on the server as an SVG element: what a page shows before
 * its interactive chart draws (and instead of it in print and without
 * JavaScript). Its title, sources and dates are the page's own HTML around it.
 */
export function staticChartSvg(chart: DrawnChart, width = 720): string {
  const { body, height } = drawers[chart.kind](chart, width);
  const font = "'Noto Sans', 'Noto Sans Arabic', sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" font-family="${font}" fill="#1d232b" aria-hidden="true" focusable="false">${body}</svg>`;
}
