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

const UNPLACED = "9999";

/**
 * A sortable time key. An undated account that the seed places on one of the
 * six days sorts with the dated accounts of that day, after them; an account
 * with neither date nor day cannot be placed and sorts last.
 */
function timeKeys(events: Event[]): (e: Event) => string {
  const placed = placedDates(events);
  return (e) => e.date ?? (placed(e) ? `${placed(e)}~` : UNPLACED);
}

/** The calendar day an account falls on: its own date, or the date other accounts give its day of the fighting. */
export function placedDates(events: Event[]): (e: Event) => string | undefined {
  const dateOfDay = new Map<number, string>();
  for (const e of events) if (e.date && e.dayIndex && !dateOfDay.has(e.dayIndex)) dateOfDay.set(e.dayIndex, e.date);
  return (e) => e.date ?? (e.dayIndex ? dateOfDay.get(e.dayIndex) : undefined);
}

export function sortEventsInTime(events: Event[]): Event[] {
  const key = timeKeys(events);
  return [...events].sort((a, b) => key(a).localeCompare(key(b)) || (a.dayIndex ?? 99) - (b.dayIndex ?? 99) || a.id.localeCompare(b.id));
}

/**
 * The latest of `among` that can be placed in time, placing days by all of
 * `events`; an undated account is never "latest" just for sorting last.
 */
export function latestPlacedEvent(events: Event[], among: (e: Event) => boolean): Event | undefined {
  const key = timeKeys(events);
  const candidates = sortEventsInTime(events).filter(among);
  return candidates.findLast((e) => key(e) !== UNPLACED) ?? candidates.at(-1);
}
