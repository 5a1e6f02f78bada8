import "server-only";
import type { ChartModel } from "@/lib/charts/model";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { todayIso } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { embeddedFontCss, oncePerVersion, withBrowser, withMetadata } from "@/lib/print/headless";
import { drawnChart, svgToPdf, svgToPng, type Paper } from "@/lib/print/svg-files";
import { captionedChartSvg } from "./captioned-chart-svg";
import { captionedMapSvg, type ContextShapes } from "./captioned-map-svg";
import { chartSourcesLine } from "./chart-caption";
import { svgSize } from "./svg-text";
import { chartDocx } from "./office/chart-docx";
import { chartPptx } from "./office/chart-pptx";

export type ChartFileFormat = "pdf" | "pptx" | "docx";

const made = new Map<string, Promise<Uint8Array>>();

/** Paper, language, and the address readers reach the site by (for the citation). */
interface FileOptions {
  paper: Paper;
  locale: string;
  origin: string;
}


/**
 * A chart's report-ready files, made on the server once per data version: a
 * vector PDF of the captioned chart, a PowerPoint slide with a native chart,
 * a Word document with the chart and its caption as text. The chart is drawn
 * by the same Recharts code as the page, in headless Chromium.
 */
export function chartFile(version: number, chart: ChartModel, format: ChartFileFormat, { paper, locale, origin }: FileOptions): Promise<Uint8Array> {
  return oncePerVersion(made, version, `chart|${chart.situationId}|${chart.id}|${format}|${paper}|${locale}|${origin}`, async () => {
    const accessed = todayIso();
    const url = `${origin}/${locale}/embed/${chart.situationId}/charts/${chart.id}`;
    if (format === "pptx") return chartPptx(chart, accessed, url);
    return withBrowser(async (browser) => {
      const drawn = await drawnChart(browser, locale, chart.situationId ?? "", chart.id);
      if (format === "docx") {
        const png = await svgToPng(browser, drawn.svg, locale, 2);
        return chartDocx(chart, { png, width: drawn.width, height: drawn.height }, accessed, url, locale);
      }
      const markup = captionedChartSvg(chart, drawn, accessed, getMessages(chart.locale), embeddedFontCss(), url);
      const pdf = await svgToPdf(browser, { markup, ...svgSize(markup) }, paper, locale);
      return withMetadata(pdf, { title: chart.title, subject: chartSourcesLine(chart, getMessages(chart.locale)), keywords: [...(chart.keywords ?? []), "Sitrep", chart.id], locale });
    });
  });
}

/** The map as a vector PDF, drawn from the same vector data as the page. */
export function mapPdf(version: number, model: MapModel, indicator: ShadeIndicator | undefined, context: ContextShapes | undefined, { paper, locale, origin }: FileOptions): Promise<Uint8Array> {
  return oncePerVersion(made, version, `map|${model.situationId}|${indicator}|${paper}|${locale}|${origin}`, () =>
    withBrowser(async (browser) => {
      const t = getMessages(model.locale);
      const markup = captionedMapSvg(model, indicator, todayIso(), t, { fontFaceCss: embeddedFontCss(), url: `${origin}/${locale}/${model.situationId}/map`, context });
      const pdf = await svgToPdf(browser, { markup, ...svgSize(markup) }, paper, locale);
      return withMetadata(pdf, { title: indicator ? `${model.title}: ${t.indicator[indicator].toLowerCase()}` : model.title, subject: t.map.sourcesLine(model.sources, model.relays), keywords: [...model.keywords, "Sitrep", "map", ...(indicator ? [indicator] : [])], locale });
    }),
  );
}
