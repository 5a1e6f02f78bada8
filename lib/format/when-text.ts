import type { Messages } from "@/lib/i18n/messages";
import { formatDate } from "./dates";

/**
 * When an account happened, in the words we have: its date; else the account
 * a text says it came after or before (a bare "later" does not say later
 * than what); else "not given", with the source's own words for when
 * ("earlier", "since yesterday"), which are not a date and never stand as one.
 */
export function whenText(event: { date?: string; dayLabel?: string; afterTitle?: string; beforeTitle?: string }, t: Messages): string {
  if (event.date) return formatDate(event.date, t.locale);
  if (event.afterTitle) return t.overview.afterAccount(event.afterTitle);
  if (event.beforeTitle) return t.overview.beforeAccount(event.beforeTitle);
  return event.dayLabel ? t.overview.undatedWords(event.dayLabel) : t.overview.dateUnknown;
}
