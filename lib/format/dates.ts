import { currentLocale } from "@/lib/i18n/current-locale";
import { formats } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { kurmanjiDate } from "./kurmanji-dates";

/** ISO dates are calendar days with no time zone: format them in UTC so no reader sees the day before. */
export function formatDate(iso: string, locale: Locale = currentLocale()): string {
  const at = new Date(`${iso}T00:00:00Z`);
  if (locale === "ku") return kurmanjiDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
  return new Intl.DateTimeFormat(formats[locale].intlLocale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
}

/** A stored moment as a Date: PostgreSQL writes "2026-11-25 23:30:12.1+00"; Date wants "2026-11-25T23:30:12.1+00:00". */
export const storedMoment = (timestamp: string) => new Date(timestamp.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00"));

/** A moment (a revision, a sign-in) to the minute, in UTC, said so: staff in different places read one clock. */
export function formatDateTime(timestamp: string, locale: Locale = currentLocale()): string {
  const at = storedMoment(timestamp);
  if (locale === "ku") return `${kurmanjiDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())}, ${at.toISOString().slice(11, 16)} UTC`;
  return `${new Intl.DateTimeFormat(formats[locale].intlLocale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(at)} UTC`;
}

/** Today as an ISO date, for "accessed" lines and file names. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function daysBetween(earlierIso: string, laterIso: string): number {
  const ms = Date.parse(`${laterIso}T00:00:00Z`) - Date.parse(`${earlierIso}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
