import "server-only";
import { escapeXml } from "@/lib/export/svg-text";
import { embeddedFontCss, withBrowser } from "./headless";

export interface PreviewContent {
  dir: "ltr" | "rtl";
  lang: string;
  kicker: string;
  title: string;
  figures: { what: string; value: string; source: string }[];
  dataDate: string;
}

/** The preview as a page: the same layout as the English image, laid out by the browser in the text's own direction. */
export function previewHtml(content: PreviewContent): string {
  const figure = (f: PreviewContent["figures"][number]) =>
    `<div class="figure"><div class="what">${escapeXml(f.what)}</div><div class="value"><bdi>${escapeXml(f.value)}</bdi></div><div class="source"><bdi>${escapeXml(f.source)}</bdi></div></div>`;
  return `<!doctype html><html lang="${content.lang}" dir="${content.dir}"><head><meta charset="utf-8"><style>${embeddedFontCss()}
html,body{margin:0;width:1200px;height:630px;background:#fff;color:#1b1f24;font-family:"Noto Sans",sans-serif}
main{box-sizing:border-box;display:flex;flex-direction:column;width:1200px;height:630px;padding:56px}
.kicker{font-size:30px;font-weight:700;color:#0b5cab}.title{font-size:44px;font-weight:700;margin-top:12px;line-height:1.25}
.figures{display:flex;gap:28px;margin-top:40px}.figure{flex:1;border-top:8px solid #1b1f24;padding-top:16px}
.what{font-size:28px;color:#4a5360}.value{font-size:56px;font-weight:700;margin-top:8px}.source{font-size:24px;margin-top:8px;color:#4a5360}
.date{margin-top:auto;font-size:26px;color:#4a5360}</style></head><body><main>
<div class="kicker">${escapeXml(content.kicker)}</div><div class="title">${escapeXml(content.title)}</div>
<div class="figures">${content.figures.map(figure).join("")}</div><div class="date">${escapeXml(content.dataDate)}</div></main></body></html>`;
}

/**
 * A link-preview image drawn by the headless Chromium that prints the PDFs,
 * with the embedded Noto fonts: Arabic joined and laid out right to left,
 * which the image renderer Next ships (Satori) cannot do.
 */
export async function previewPng(content: PreviewContent): Promise<Uint8Array> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    // Nothing to fetch: the page is whole, fonts included.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(previewHtml(content), { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return new Uint8Array(await page.screenshot({ type: "png" }));
  });
}
