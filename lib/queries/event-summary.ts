import type { Event } from "@/lib/model";
import { eventDescription, eventTitle } from "@/lib/i18n/event-text";
import type { Locale } from "@/lib/i18n/locales";
import type { Snapshot } from "./snapshot";
import { editorsWords } from "@/lib/i18n/phrasebook";

export interface EventSummary {
  id: string;
  kind: Event["kind"];
  facilityStatus?: Event["facilityStatus"];
  /** In the reader's language where Sitrep has translated it; else the editors' English, with titleLang "en". */
  title: string;
  titleLang?: Locale;
  /** Likewise. */
  description: string;
  descriptionLang?: Locale;
  date?: string;
  dayLabel?: string;
  dayIndex?: number;
  /** The account a text says this one follows, for undated accounts placed by that order. */
  afterTitle?: string;
  /** When the report telling it came out, where that is not its own day. */
  reportedAt?: string;
  /** The account a text says this one came before, for an undated one. */
  beforeTitle?: string;
  locationIds: string[];
  sourceId: string;
  sourceShort: string;
  viaShort?: string;
  href: string;
}

export function summarizeEvent(event: Event, snapshot: Snapshot): EventSummary {
  const title = eventTitle(event);
  const description = eventDescription(event);
  const after = event.after ? snapshot.eventsById.get(event.after) : undefined;
  const before = event.before ? snapshot.eventsById.get(event.before) : undefined;
  return {
    id: event.id,
    kind: event.kind,
    facilityStatus: event.facilityStatus,
    title: title.text,
    titleLang: title.lang,
    description: description.text,
    descriptionLang: description.lang,
    date: event.date,
    // The source's own words for when, in the reader's language where translated.
    dayLabel: event.dayLabel && editorsWords(event.dayLabel).text,
    dayIndex: event.dayIndex,
    afterTitle: after && eventTitle(after).text,
    beforeTitle: before && eventTitle(before).text,
    reportedAt: event.reportedAt,
    locationIds: event.locationIds,
    sourceId: event.sourceId,
    sourceShort: snapshot.sourcesById.get(event.sourceId)?.short ?? event.sourceId,
    viaShort: event.via ? snapshot.sourcesById.get(event.via)?.short : undefined,
    href: `/events/${event.id}`,
  };
}
