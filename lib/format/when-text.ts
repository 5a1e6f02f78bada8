import type { Messages } from "@/lib/i18n/messages";
import { formatDate } from "./dates";

/**
 * When an account happened, in the words we have: its date; else the account
 * a text says it came after (a bare "later" does not say later than what);
 * else the source's own day words; else "not given".
 */
export function whenText(event: { date?: string; dayLabel?: string; afterTitle?: string }, t: Messages): string {
  if (event.date) return formatDate(event.date, t.locale);
  if (event.afterTitle) return t.overview.afterAccount(event.afterTitle);
  return event.dayLabel || t.overview.dateUnknown;
}
