import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";

/** Chromium from the system (Debian's `chromium`), never a downloaded one. */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export class PdfUnavailableError extends Error {}

export interface SummaryPdfInfo {
  version: number;
  locale: string;
  title: string;
  subject: string;
  keywords: string[];
  footer: string;
}

/** This server's own address, for the headless browser to load the brief from. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/**
 * Quotes may be Arabic: the PDF carries Noto Sans Arabic from npm under the
 * body font's name for the Arabic range, so it never depends on the fonts
 * installed where the server runs.
 */
function arabicFontCss(): string {
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-arabic", "files");
  return [400, 700]
    .map((weight) => {
      const font = fs.readFileSync(path.join(dir, `noto-sans-arabic-arabic-${weight}-normal.woff2`)).toString("base64");
      return `@font-face{font-family:"Noto Sans";font-weight:${weight};src:url(data:font/woff2;base64,${font}) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF;}`;
    })
    .join("");
}

const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One PDF per data version and language, made once even when many ask at the same moment. */
const made = new Map<string, Promise<Uint8Array>>();

export function summaryPdf(info: SummaryPdfInfo): Promise<Uint8Array> {
  const key = `${info.version}|${info.locale}`;
  let pdf = made.get(key);
  if (!pdf) {
    // Older versions are never asked for again: keep only this one's files.
    for (const old of made.keys()) if (!old.startsWith(`${info.version}|`)) made.delete(old);
    pdf = printSummary(info);
    made.set(key, pdf);
    pdf.catch(() => made.delete(key));
  }
  return pdf;
}

/**
 * The brief printed by headless Chromium from the page itself, with its A4
 * print stylesheet: what donors read and what they forward cannot drift
 * apart, Arabic is shaped and ordered by a browser's text engine, the SVG map
 * and chart stay vectors, text stays selectable and fonts are embedded as
 * subsets. pdf-lib then writes the document's metadata.
 */
async function printSummary(info: SummaryPdfInfo): Promise<Uint8Array> {
  if (!fs.existsSync(/* turbopackIgnore: true */ CHROMIUM)) throw new PdfUnavailableError(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${ownOrigin()}/${info.locale}/summary`, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`the summary page answered ${response?.status()}`);
    await page.addStyleTag({ content: arabicFontCss() });
    await page.evaluate(() => document.fonts.ready);
    const printed = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:8px;font-family:'Noto Sans',sans-serif;width:100%;padding:0 14mm;color:#4a5360;display:flex;justify-content:space-between"><span>${escapeHtml(info.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
    const file = await PDFDocument.load(printed, { updateMetadata: false });
    file.setTitle(info.title, { showInWindowTitleBar: true });
    file.setSubject(info.subject);
    file.setAuthor("Sitrep");
    file.setKeywords(info.keywords);
    file.setCreator("Sitrep");
    file.setProducer("Sitrep (Chromium, pdf-lib)");
    file.setLanguage(info.locale);
    const now = new Date();
    file.setCreationDate(now);
    file.setModificationDate(now);
    return await file.save();
  } finally {
    await browser.close();
  }
}
