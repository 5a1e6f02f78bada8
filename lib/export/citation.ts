import { formatDate } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export interface CitationInput {
  title: string;
  /** Short names of who counted, credited first. */
  originalSources: string[];
  /** Outlets that relayed the figures, if any. */
  relays: string[];
  /** When the reader accessed it; left out on pages kept in a cache, where the copy button adds today's date. */
  accessed?: string;
  url?: string;
}

const joinNames = (names: string[], locale: Locale) => formatList([...new Set(names)], locale);

/** "Sitrep, <title>, data from SOHR and the city authorities via Rudaw, accessed 25 November 2026." Reports cite who counted. */
export function citationText({ title, originalSources, relays, accessed, url }: CitationInput, messages: Messages): string {
  const { locale, citation: t } = messages;
  const data = t.dataFrom(joinNames(originalSources, locale), relays.length ? joinNames(relays, locale) : "");
  return `${accessed ? t.text(title, data, formatDate(accessed, locale)) : t.textUndated(title, data)}${url ? ` ${url}` : ""}`;
}
