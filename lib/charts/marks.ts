import { quotesOf } from "@/lib/claims/quotes";
import type { Claim } from "@/lib/claims/types";
import type { Event } from "@/lib/model";
import { formatQualified, formatQualifiedShort } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import type { Snapshot } from "@/lib/queries/snapshot";
import type { ChartMark, DrawnMark, QuotedMarkSource } from "./model";
import { dataDateOf } from "@/lib/claims/data-date";

function claimSource(claim: Claim, snapshot: Snapshot): QuotedMarkSource {
  const quotes = quotesOf(claim);
  const source = snapshot.sourcesById.get(claim.sourceId);
  return {
    id: claim.id,
    href: `/figures/${claim.id}`,
    sourceShort: source?.short ?? claim.sourceId,
    sourceName: source?.name ?? claim.sourceId,
    viaShort: claim.via ? snapshot.sourcesById.get(claim.via)?.short : undefined,
    reportedAt: claim.reportedAt,
    url: quotes[0]?.url,
    // One CSV cell: a sum whose parts were said in different sentences carries them all.
    quote: quotes.map((q) => q.quote).join(" / "),
    quoteLanguage: quotes[0]?.quoteLanguage ?? "en",
  };
}

/** A bar or point for one claim, in the series of its source. */
export function claimMark(claim: Claim, category: string, snapshot: Snapshot, series = snapshot.sourcesById.get(claim.sourceId)?.short ?? claim.sourceId): ChartMark {
  const qualified = { value: claim.value, qualifier: claim.qualifier, valueHigh: claim.kind === "reported" ? claim.valueHigh : undefined };
  const derived = claim.kind === "derived";
  return {
    key: `${category}|${claim.id}`,
    category,
    series,
    seriesId: claim.sourceId,
    value: claim.value,
    qualifier: claim.qualifier,
    valueText: formatQualified(qualified),
    label: `${formatQualifiedShort(qualified)}${derived ? getMessages().charts.sumSuffix : ""}`,
    derived,
    date: claim.reportedAt,
    source: claimSource(claim, snapshot),
  };
}

export function eventSource(event: Event, snapshot: Snapshot): QuotedMarkSource {
  const source = snapshot.sourcesById.get(event.sourceId);
  return {
    id: event.id,
    href: `/events/${event.id}`,
    sourceShort: source?.short ?? event.sourceId,
    sourceName: source?.name ?? event.sourceId,
    viaShort: event.via ? snapshot.sourcesById.get(event.via)?.short : undefined,
    reportedAt: event.date,
    url: event.url,
    quote: event.quote,
    quoteLanguage: event.quoteLanguage,
  };
}

/** Originals first, then relays not already credited: reports cite who counted. */
export function creditsOf(marks: DrawnMark[]): { originalSources: string[]; relays: string[] } {
  const originalSources = [...new Set(marks.map((m) => m.source.sourceShort))];
  // A relay is credited as a relay even when it is also an original source of another mark.
  const relays = [...new Set(marks.flatMap((m) => (m.source.viaShort ? [m.source.viaShort] : [])))];
  return { originalSources, relays };
}

/** The chart's "data as of": the latest report it draws (lib/claims/data-date.ts). */
export function latestDate(marks: DrawnMark[]): string | undefined {
  return dataDateOf(marks.map((m) => m.source.reportedAt));
}
