/**
 * When a notice for a subscription goes out: at once, or for a digest at the
 * next full hour or midnight UTC, so each digest gathers what came before it
 * and a subscriber gets at most one message an hour or a day.
 */
export function dueAtFor(digest: string, now: Date): Date {
  if (digest === "hour") return new Date(Math.floor(now.getTime() / 3_600_000 + 1) * 3_600_000);
  if (digest === "day") return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return now;
}
