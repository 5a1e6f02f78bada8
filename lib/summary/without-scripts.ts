const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;
const NOSCRIPT = /<noscript>([\s\S]*?)<\/noscript>/gi;

const loadsScript = (tag: string) => /\brel="modulepreload"/i.test(tag) || (/\brel="preload"/i.test(tag) && /\bas="script"/i.test(tag));

/**
 * A server-rendered page with every script taken out: the inline ones (the
 * React payload), the framework's, and the preloads that fetch them. What
 * <noscript> held now always applies, since no script will run.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(SCRIPT, "")
    .replace(LINK, (tag) => (loadsScript(tag) ? "" : tag))
    .replace(NOSCRIPT, "$1");
}
