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
  /** The account a text says this one follows, for undated accounts placed by that order. */
  afterTitle?: string;
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
    afterTitle: event.after ? snapshot.events.find((e) => e.id === event.after)?.title : undefined,
    locationIds: event.locationIds,
    sourceId: event.sourceId,
    sourceShort: snapshot.sourcesById.get(event.sourceId)?.short ?? event.sourceId,
    viaShort: event.via ? snapshot.sourcesById.get(event.via)?.short : undefined,
    href: `/events/${event.id}`,
  };
}
