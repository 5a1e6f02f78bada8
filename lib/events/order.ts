import type { Event } from "@/lib/model";

type Ordered = Pick<Event, "id" | "date" | "after">;

/**
 * A sortable key for each account that can be placed in time: its own date,
 * or, undated, just after the account a text says it follows (`after`). An
 * account placed by neither has no key: it is never ordered by guesswork.
 */
export function timeKeys(events: Ordered[]): Map<string, string> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const keys = new Map<string, string>();
  const keyOf = (event: Ordered, seen: Set<string>): string | undefined => {
    if (event.date) return event.date;
    const anchor = event.after ? byId.get(event.after) : undefined;
    if (!anchor || seen.has(anchor.id)) return undefined;
    const anchorKey = keyOf(anchor, new Set(seen).add(event.id));
    // "~" sorts after every digit: later than the account it follows, on that account's day.
    return anchorKey && `${anchorKey}~`;
  };
  for (const event of events) {
    const key = keyOf(event, new Set([event.id]));
    if (key) keys.set(event.id, key);
  }
  return keys;
}

/** Dated and ordered accounts in time order, then those that cannot be placed. */
export function sortEventsInTime<T extends Ordered>(events: T[]): T[] {
  const keys = timeKeys(events);
  const unplaced = "\uffff";
  return [...events].sort((a, b) => (keys.get(a.id) ?? unplaced).localeCompare(keys.get(b.id) ?? unplaced) || a.id.localeCompare(b.id));
}

/** The latest of `among` that a date or a stated order places; an account neither places is never "latest". */
export function latestPlacedEvent<T extends Ordered>(events: T[], among: (e: T) => boolean): T | undefined {
  const keys = timeKeys(events);
  return sortEventsInTime(events.filter((e) => among(e) && keys.has(e.id))).at(-1);
}
