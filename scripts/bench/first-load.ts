import { gzipSync } from "node:zlib";

export interface FirstLoad {
  path: string;
  scripts: number;
  jsGzipKb: number;
  htmlGzipKb: number;
  /** Stylesheets the HTML links, gzipped. */
  cssGzipKb: number;
}

/**
 * What a browser downloads before the page is interactive: every script the
 * HTML names (nomodule polyfills excepted, current browsers skip them),
 * gzipped as a server would send them.
 */
export async function firstLoad(base: string, path: string): Promise<FirstLoad> {
  const html = await (await fetch(`${base}${path}`)).text();
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/nomodule/i.test(tag))
    .flatMap((tag) => tag.match(/src="([^"]+)"/)?.[1] ?? []);
  const gzipped = async (src: string) => gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).length;
  let bytes = 0;
  for (const src of sources) bytes += await gzipped(src);
  let css = 0;
  for (const [tag] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href) css += await gzipped(href);
  }
  return { path, scripts: sources.length, jsGzipKb: bytes / 1024, htmlGzipKb: gzipSync(Buffer.from(html)).length / 1024, cssGzipKb: css / 1024 };
}

/** The first script a page loads: a static file served by the same server, the ceiling for the load test. */
export async function firstScriptOf(base: string, path: string): Promise<string> {
  const html = await (await fetch(`${base}${path}`)).text();
  const src = /<script\b[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${path} loads no script`);
  return src;
}
