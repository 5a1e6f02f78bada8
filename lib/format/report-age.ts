import { getMessages } from "@/lib/i18n/messages";
import { daysBetween, formatDate } from "./dates";

/** "reported 9 January 2026, 2 days before the latest report": so nobody quotes a stale number as current. */
export function reportAgeText(reportedAt: string | undefined, latestReportedAt: string | undefined): string {
  const t = getMessages().figure.age;
  if (!reportedAt) return getMessages().overview.dateUnknown;
  const base = t.reported(formatDate(reportedAt));
  if (!latestReportedAt) return base;
  const days = daysBetween(reportedAt, latestReportedAt);
  return `${base}${getMessages().listSeparator}${days <= 0 ? t.latest : t.before(days, formatDate(latestReportedAt))}`;
}
