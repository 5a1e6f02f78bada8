import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { PDFDocument } from "pdf-lib";
import { ARABIC_RANGE, SIGNS_FONT_FILE, SIGNS_RANGE } from "@/lib/fonts/embedded-fonts";

/** Chromium from the system (Debian's `chromium`), never a downloaded one. */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** No browser to print with: the route says so (503) and the page's own print still works. */
export class PrintUnavailableError extends Error {}

/** This server's own address, for the headless browser to load pages from. */
export function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** The print in progress: one browser at a time, however many files are asked for at once. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `print` with a headless Chromium started for it and closed after: files
 * are made once per data version, so no browser idles in memory between; and
 * one at a time, so a burst of first downloads after a write cannot start a
 * browser each.
 */
export function withBrowser<T>(print: (browser: Browser) => Promise<T>): Promise<T> {
  const run = queue.then(() => printWithBrowser(print));
  queue = run.catch(() => undefined);
  return run;
}

async function printWithBrowser<T>(print: (browser: Browser) => Promise<T>): Promise<T> {
  if (!fs.existsSync(/* turbopackIgnore: true */ CHROMIUM)) throw new PrintUnavailableError(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
  try {
    return await print(browser);
  } finally {
    await browser.close();
  }
}

const fontFile = (pkg: string, file: string) =>
  fs.readFileSync(path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file)).toString("base64");

let fontCss: string | undefined;

/**
 * @font-face rules with Noto Sans (Latin) and Noto Sans Arabic from npm, inlined,
 * both under the name "Noto Sans": quotes may be Arabic, and a file made here
 * must not depend on the fonts installed on the server.
 */
export function embeddedFontCss(): string {
  if (fontCss) return fontCss;
  const signs = fs.readFileSync(path.join(process.cwd(), "lib", "fonts", SIGNS_FONT_FILE)).toString("base64");
  fontCss = [400, 700]
    .flatMap((weight) => [
      `@font-face{font-family:"Noto Sans";font-weight:${weight};src:url(data:font/woff2;base64,${fontFile("noto-sans", `noto-sans-latin-${weight}-normal.woff2`)}) format("woff2");}`,
      `@font-face{font-family:"Noto Sans";font-weight:${weight};src:url(data:font/woff2;base64,${fontFile("noto-sans-arabic", `noto-sans-arabic-arabic-${weight}-normal.woff2`)}) format("woff2");unicode-range:${ARABIC_RANGE};}`,
      // "≥ 43": Noto Sans has no such signs (lib/fonts/README.md).
      `@font-face{font-family:"Noto Sans";font-weight:${weight};src:url(data:font/woff2;base64,${signs}) format("woff2");unicode-range:${SIGNS_RANGE};}`,
    ])
    .join("");
  return fontCss;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  keywords: string[];
  locale: string;
}

/** Title, subject, author, keywords, dates and language, which Chromium's own PDF lacks. */
export async function withMetadata(printed: Uint8Array, info: DocumentInfo): Promise<Uint8Array> {
  const file = await PDFDocument.load(printed, { updateMetadata: false });
  // A viewer's document-properties box shows plain text: no bidi isolates (lib/i18n/bidi.ts) there.
  const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");
  file.setTitle(plain(info.title), { showInWindowTitleBar: true });
  file.setSubject(plain(info.subject));
  file.setAuthor("Sitrep");
  file.setKeywords(info.keywords.map(plain));
  file.setCreator("Sitrep");
  file.setProducer("Sitrep (Chromium, pdf-lib)");
  file.setLanguage(info.locale);
  const now = new Date();
  file.setCreationDate(now);
  file.setModificationDate(now);
  return file.save();
}

/** Files made once per data version and key, even when many ask at the same moment; older versions dropped. */
export function oncePerVersion<T>(store: Map<string, Promise<T>>, version: number, key: string, make: () => Promise<T>): Promise<T> {
  const id = `${version}|${key}`;
  let made = store.get(id);
  if (!made) {
    for (const old of store.keys()) if (!old.startsWith(`${version}|`)) store.delete(old);
    // Keys carry the address readers came by, which a client chooses: keep only a few.
    for (const old of store.keys()) if (store.size >= 24) store.delete(old);
    made = make();
    store.set(id, made);
    made.catch(() => store.delete(id));
  }
  return made;
}
