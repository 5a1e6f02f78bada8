import { formatDate } from "@/lib/format/dates";

export interface CitationInput {
  title: string;
  /** Short names of who counted, credited first. */
  originalSources: string[];
  /** Outlets that relayed the figures, if any. */
  relays: string[];
  accessed: string;
  url?: string;
}

function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join("");
  return `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}`;
}

/** "Sitrep, <title>, data from SOHR and Aleppo authorities via Rudaw, accessed 25 November 2026." Reports cite who counted. */
export function citationText({ title, originalSources, relays, accessed, url }: CitationInput): string {
  const data = `data from ${joinNames(originalSources)}${relays.length ? ` via ${joinNames(relays)}` : ""}`;
  return `Sitrep, ${title}, ${data}, accessed ${formatDate(accessed)}.${url ? ` ${url}` : ""}`;
}
