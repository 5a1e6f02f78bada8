import { createHash } from "node:crypto";
import { z } from "zod";

/** Page sizes of /api/figures and /api/events (stated in the README). */
export const API_PAGE = { default: 100, max: 1000 } as const;

export const Limit = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(API_PAGE.max, `must be at most ${API_PAGE.max}`)
  .default(API_PAGE.default);

/** Ties a cursor to the query it came from: reusing it with other filters would skip or repeat rows. */
export function queryFingerprint(filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .sort()
    .filter((key) => filters[key] !== undefined)
    .map((key) => `${key}=${String(filters[key])}`)
    .join("&");
  return createHash("sha1").update(canonical).digest("base64url").slice(0, 10);
}

/**
 * An opaque cursor: the id after which the next page starts, and the query it
 * belongs to. Ids never change, so paging by id returns every row exactly
 * once even while other rows are added or revised between pages.
 */
export function encodeCursor(afterId: string, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ a: afterId, q: fingerprint })).toString("base64url");
}

export function decodeCursor(cursor: string, fingerprint: string): { afterId: string } | { error: string } {
  try {
    const parsed = z.object({ a: z.string(), q: z.string() }).parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.q !== fingerprint) return { error: "belongs to a query with other filters; start again without it" };
    return { afterId: parsed.a };
  } catch {
    return { error: "is not a cursor this API gave" };
  }
}

/** The page of `sorted` (by id, ascending) after `afterId`, and the cursor of the page after it. */
export function pageAfter<T extends { id: string }>(sorted: T[], afterId: string | undefined, limit: number, fingerprint: string) {
  let start = 0;
  if (afterId !== undefined) {
    // Binary search: the first id greater than the cursor's.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid].id <= afterId) low = mid + 1;
      else high = mid;
    }
    start = low;
  }
  const items = sorted.slice(start, start + limit);
  const next = start + limit < sorted.length && items.length ? encodeCursor(items[items.length - 1].id, fingerprint) : null;
  return { items, next };
}
