import "server-only";
import { createHash } from "node:crypto";
import { oncePerVersion, ownOrigin } from "@/lib/print/headless";
import { SCRIPTED_BRIEF_HEADER } from "./scripted-brief-header";
import { withoutScripts } from "./without-scripts";

export interface ScriptFreeBrief {
  html: string;
  /** Of the HTML: a new build names new CSS files, so a copy from before a deploy must not pass for current. */
  tag: string;
}

const made = new Map<string, Promise<ScriptFreeBrief>>();

/**
 * The brief's page as Next renders it (from the page cache), without its
 * scripts: once per data version, situation and language. It reads, prints
 * and links entirely without them, so a donor on a slow link downloads none.
 */
export function scriptFreeBrief(version: number, locale: string, situationId: string): Promise<ScriptFreeBrief> {
  return oncePerVersion(made, version, `${situationId}|${locale}`, () => fetchBrief(locale, situationId));
}

async function fetchBrief(locale: string, situationId: string): Promise<ScriptFreeBrief> {
  const response = await fetch(`${ownOrigin()}/${locale}/${situationId}/summary`, { headers: { [SCRIPTED_BRIEF_HEADER]: "1" }, cache: "no-store" });
  if (!response.ok) throw new Error(`the brief's page answered ${response.status}`);
  const html = withoutScripts(await response.text());
  return { html, tag: createHash("sha1").update(html).digest("base64url").slice(0, 12) };
}
