import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { escapeXml } from "./svg-text";
import { changeText, type ChangeEntry } from "@/lib/queries/changes";

/**
 * The change feed as Atom 1.0 (RFC 4287): one entry per change, old → new,
 * linking to the claim, for feed readers and chat integrations.
 */
export function changesAtom(entries: ChangeEntry[], origin: string, locale = "en"): string {
  const t = getMessages();
  const s = getStaffMessages().changes;
  const updated = entries[0]?.at ?? new Date(0).toISOString();
  const items = entries.map((e) => {
    const title = `${s[e.action === "create" ? "created" : e.action === "remove" ? "removed" : "updated"]}: ${e.what}: ${changeText(e)}`;
    const summary = `${title}${e.after && e.otherFields.length ? ` (${e.otherFields.join(", ")})` : ""}. ${s.by(e.author)}: ${e.reason}`;
    return [
      "  <entry>",
      `    <id>${escapeXml(`${origin}/${locale}/changes#revision-${e.revisionId}`)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${e.at}</updated>`,
      `    <author><name>${escapeXml(e.author)}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/${locale}${e.href}`)}"/>`,
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${origin}/changes.atom`)}</id>`,
    `  <title>${escapeXml(`${t.app.name}: ${t.app.tagline}: ${s.title}`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(t.app.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/changes.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/${locale}/changes`)}"/>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}
