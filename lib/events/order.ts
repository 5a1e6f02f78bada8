import type { Event } from "@/lib/model";

type Ordered = Pick<Event, "id" | "date" | "after" | "before">;

/**
 * A sortable key for each account that can be placed in time: its own date,
 * or, undated, just after or just before the account a text says it follows
 * or precedes (`after`, `before`). An account placed by none of these has no
 * key: it is never ordered by guesswork.
 *
 * Keys are segments compared as plain strings: a dated account is
 * "2026-01-11/1"; one placed after it "2026-01-11/1/2"; one placed before it
 * "2026-01-11/0/1", which sorts after every account of the day before and
 * before the one it precedes; one before that "2026-01-11/0/0/1", and so on.
 */
export function timeKeys(events: Ordered[]): Map<string, string> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const keys = new Map<string, string>();
  const keyOf = (event: Ordered, seen: Set<string>): string | undefined => {
    if (event.date) return `${event.date}/1`;
    const anchor = event.after ? byId.get(event.after) : event.before ? byId.get(event.before) : undefined;
    if (!anchor || seen.has(anchor.id)) return undefined;
    const anchorKey = keyOf(anchor, new Set(seen).add(event.id));
    if (!anchorKey) return undefined;
    return event.after ? `${anchorKey}/2` : `${anchorKey.slice(0, -1)}0/1`;
  };
  for (const event of events) {
    const key = keyOf(event, new Set([event.id]));
    if (key) keys.set(event.id, key);
  }
  return keys;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const UNPLACED = "\uffff";

/** Time order by the given keys, the unplaceable last, ties by id. */
const inTimeOrder = (keys: Map<string, string>) => (a: Ordered, b: Ordered) => byKey(keys.get(a.id) ?? UNPLACED, keys.get(b.id) ?? UNPLACED) || byKey(a.id, b.id);

/** Dated and ordered accounts in time order, then those that cannot be placed. */
export function sortEventsInTime<T extends Ordered>(events: T[]): T[] {
  return [...events].sort(inTimeOrder(timeKeys(events)));
}

/**
 * The latest of `among` that a date or a stated order places; an account
 * neither places is never "latest". Placed among all accounts: the account
 * a stated order refers to need not be one of `among`.
 */
export function latestPlacedEvent<T extends Ordered>(events: T[], among: (e: T) => boolean): T | undefined {
  const keys = timeKeys(events);
  return events.filter((e) => among(e) && keys.has(e.id)).sort(inTimeOrder(keys)).at(-1);
}
