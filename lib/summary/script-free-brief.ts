import "server-only";
import { ownOrigin } from "@/lib/print/headless";
import { SCRIPTED_BRIEF_HEADER } from "./scripted-brief-header";
import { withoutScripts } from "./without-scripts";

const made = new Map<string, Promise<string>>();

/**
 * The brief's page as Next renders it (from the page cache), without its
 * scripts: once per data version and language. It reads, prints and links
 * entirely without them, so a donor on a slow link downloads none.
 */
export function scriptFreeBrief(version: number, locale: string): Promise<string> {
  const key = `${version}|${locale}`;
  let page = made.get(key);
  if (!page) {
    for (const old of made.keys()) if (!old.startsWith(`${version}|`)) made.delete(old);
    page = fetchBrief(locale);
    made.set(key, page);
    page.catch(() => made.delete(key));
  }
  return page;
}

async function fetchBrief(locale: string): Promise<string> {
  const response = await fetch(`${ownOrigin()}/${locale}/summary`, { headers: { [SCRIPTED_BRIEF_HEADER]: "1" }, cache: "no-store" });
  if (!response.ok) throw new Error(`the brief's page answered ${response.status}`);
  return withoutScripts(await response.text());
}
