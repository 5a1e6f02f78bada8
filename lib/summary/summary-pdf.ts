import "server-only";
import { escapeXml } from "@/lib/export/svg-text";
import { embeddedFontCss, oncePerVersion, ownOrigin, withBrowser, withMetadata, type DocumentInfo } from "@/lib/print/headless";

export interface SummaryPdfInfo extends DocumentInfo {
  version: number;
  situationId: string;
  footer: string;
  /** Where readers reach the site: the PDF's links point there, not at this server's own address. */
  origin: string;
}

const made = new Map<string, Promise<Uint8Array>>();

/** One PDF per data version and language. */
export function summaryPdf(info: SummaryPdfInfo): Promise<Uint8Array> {
  return oncePerVersion(made, info.version, `${info.situationId}|${info.locale}|${info.origin}`, () => printSummary(info));
}

/**
 * The brief printed by headless Chromium from the page itself, with its A4
 * print stylesheet: what donors read and what they forward cannot drift
 * apart, Arabic is shaped and ordered by a browser's text engine, the SVG map
 * and chart stay vectors, text stays selectable and fonts are embedded as
 * subsets. pdf-lib then writes the document's metadata.
 */
function printSummary(info: SummaryPdfInfo): Promise<Uint8Array> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage();
    const response = await page.goto(`${ownOrigin()}/${info.locale}/${info.situationId}/summary`, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`the summary page answered ${response?.status()}`);
    await page.addStyleTag({ content: embeddedFontCss() });
    await page.evaluate((origin) => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) link.href = origin + link.getAttribute("href");
      for (const cited of document.querySelectorAll<HTMLElement>('[data-path^="/"]')) {
        const path = cited.dataset.path as string;
        cited.textContent = (cited.textContent ?? "").replace(path, origin + path);
      }
    }, info.origin);
    await page.evaluate(() => document.fonts.ready);
    const printed = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:8px;font-family:'Noto Sans',sans-serif;width:100%;padding:0 14mm;color:#4a5360;display:flex;justify-content:space-between"><span>${escapeXml(info.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
    return withMetadata(printed, info);
  });
}
