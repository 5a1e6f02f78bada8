import "server-only";
import type { Browser, Page } from "playwright-core";
import { xmlSafeText } from "@/lib/model/text-safety";
import { embeddedFontCss, ownOrigin } from "./headless";

export type Paper = "a4" | "letter";

/** Printable area in millimetres, landscape, with 10 mm margins. */
const PAPER = { a4: { long: 297, short: 210, css: "A4" }, letter: { long: 279.4, short: 215.9, css: "letter" } } as const;
const MARGIN_MM = 10;
const MM_PER_PX = 25.4 / 96;

/** The SVG Recharts drew for a chart, read from the chart's embed page as a browser shows it. */
export async function drawnChart(browser: Browser, locale: string, situationId: string, chartId: string): Promise<{ svg: string; width: number; height: number }> {
  const page = await browser.newPage({ viewport: { width: 848, height: 1100 } });
  try {
    const response = await page.goto(`${ownOrigin()}/${locale}/embed/${situationId}/charts/${chartId}`, { waitUntil: "networkidle", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`the chart's embed page answered ${response?.status()}`);
    await page.locator(".recharts-wrapper > svg").first().waitFor({ timeout: 15_000 });
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector(".recharts-wrapper > svg") as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      return { svg: svg.outerHTML, width: Math.round(box.width), height: Math.round(box.height) };
    });
    return { ...drawn, svg: xmlSafeText(drawn.svg) };
  } finally {
    await page.close();
  }
}

/** The page an SVG is printed or pictured from: the SVG alone, its fonts embedded unless it carries its own. */
export function svgPageHtml(svg: string, locale: string, css: string): string {
  const fonts = svg.includes("@font-face") ? "" : embeddedFontCss();
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>${fonts}html,body{margin:0;background:#fff;font-family:"Noto Sans",sans-serif}${css}</style></head><body>${svg}</body></html>`;
}

/**
 * A page holding only this SVG, nothing else loaded. Its text is set in the
 * embedded Noto Sans, as on the site: a drawing without fonts of its own (the
 * one Recharts drew, pictured for Word) would otherwise take the browser's
 * default serif.
 */
async function svgPage(browser: Browser, svg: string, locale: string, css: string, scale = 1): Promise<Page> {
  const page = await browser.newPage({ deviceScaleFactor: scale, javaScriptEnabled: false });
  // The SVG is ours, but nothing in it may reach the network all the same.
  await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
  await page.setContent(svgPageHtml(svg, locale, css));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/**
 * The captioned SVG on one page of A4 or Letter, as vectors: its text stays
 * text (searchable, selectable, sharp in print), its fonts embedded as subsets.
 * Landscape or portrait, whichever holds the drawing larger.
 */
export async function svgToPdf(browser: Browser, svg: { markup: string; width: number; height: number }, paper: Paper, locale: string): Promise<Uint8Array> {
  const { long, short, css } = PAPER[paper];
  const widthMm = svg.width * MM_PER_PX;
  const heightMm = svg.height * MM_PER_PX;
  const fit = (w: number, h: number) => Math.min((w - 2 * MARGIN_MM) / widthMm, (h - 2 * MARGIN_MM) / heightMm);
  const landscape = fit(long, short) >= fit(short, long);
  const scale = landscape ? fit(long, short) : fit(short, long);
  const page = await svgPage(
    browser,
    svg.markup,
    locale,
    `@page{size:${css} ${landscape ? "landscape" : "portrait"};margin:${MARGIN_MM}mm}body>svg{display:block;width:${(widthMm * scale).toFixed(2)}mm;height:${(heightMm * scale).toFixed(2)}mm}`,
  );
  try {
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  } finally {
    await page.close();
  }
}

/** The SVG as a PNG at `scale` times its size (2 for screens, more for print). */
export async function svgToPng(browser: Browser, svg: string, locale: string, scale: number): Promise<Uint8Array> {
  const page = await svgPage(browser, svg, locale, "body>svg{display:block}", scale);
  try {
    return new Uint8Array(await page.locator("body > svg").screenshot({ type: "png", omitBackground: false }));
  } finally {
    await page.close();
  }
}
