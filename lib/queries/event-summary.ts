import type { Event } from "@/lib/model";
import type { Snapshot } from "./snapshot";

export interface EventSummary {
  id: string;
  kind: Event["kind"];
  facilityStatus?: Event["facilityStatus"];
  title: string;
  description: string;
  date?: string;
  dayLabel?: string;
  dayIndex?: number;
  locationIds: string[];
  sourceId: string;
  sourceShort: string;
  viaShort?: string;
  href: string;
}

export function summarizeEvent(event: Event, snapshot: Snapshot): EventSummary {
  return {
    id: event.id,
    kind: event.kind,
    facilityStatus: event.facilityStatus,
    title: event.title,
    description: event.description,
    date: event.date,
    dayLabel: event.dayLabel,
    dayIndex: event.dayIndex,
    locationIds: event.locationIds,
    sourceId: event.sourceId,
    sourceShort: snapshot.sourcesById.get(event.sourceId)?.short ?? event.sourceId,
    viaShort: event.via ? snapshot.sourcesById.get(event.via)?.short : undefined,
    href: `/events/${event.id}`,
  };
}

/** Dated accounts in date order; undated ones keep their day index, and go last when they have neither. */
export function byEventTime(a: Event, b: Event): number {
  const ad = a.date ?? "9999";
  const bd = b.date ?? "9999";
  if (ad !== bd) return ad.localeCompare(bd);
  return (a.dayIndex ?? 99) - (b.dayIndex ?? 99) || a.id.localeCompare(b.id);
}
