import type { DrawnChart } from "@/lib/charts/model";
import { captionedSvg } from "./captioned-svg";
import type { Messages } from "@/lib/i18n/messages";
import { chartFooter } from "./chart-caption";

const WIDTH = 800;

/**
 * The whole captioned chart as one SVG: title, subtitle, the drawn chart
 * (the SVG Recharts rendered, scaled to fit), sources line, notes, dates, licence.
 */
export function captionedChartSvg(
  chart: DrawnChart,
  drawn: { svg: string; width: number; height: number },
  accessed: string,
  /** The messages of the chart's language. */
  t: Messages,
  fontFaceCss?: string,
  /** The chart's address, for the citation under the caption. */
  url?: string,
): string {
  const inner = WIDTH - 48;
  const scale = Math.min(1, inner / drawn.width);
  const bodyHeight = Math.ceil(drawn.height * scale);
  // Nest the drawn chart as its own <svg>, its root sized to fit, so its coordinates and styles stay intact.
  const nested = drawn.svg.replace(/^<svg\b[^>]*>/, (root) => {
    const kept = root.replace(/\s(?:width|height|viewBox|x|y|style)="[^"]*"/g, "").replace(/^<svg/, "");
    const size = `width="${Math.floor(drawn.width * scale)}" height="${bodyHeight}" viewBox="0 0 ${drawn.width} ${drawn.height}"`;
    // The drawing is laid out left to right, as on the page (components/charts/chart-figure.module.css).
    return `<svg x="0" y="0" ${size} direction="ltr"${kept}`;
  });
  return captionedSvg({
    width: WIDTH,
    title: chart.title,
    subtitle: chart.subtitle,
    body: nested,
    bodyHeight,
    legend: chart.series.map((s) => ({ colour: s.colour, label: s.label })),
    footer: chartFooter(chart, accessed, t, url),
    fontFaceCss,
    direction: t.dir,
  });
}
