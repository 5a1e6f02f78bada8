import { daysBetween, formatDate } from "./dates";

/** "reported 9 January 2026, 2 days before the latest report": so nobody quotes a stale number as current. */
export function reportAgeText(reportedAt: string | undefined, latestReportedAt: string | undefined): string {
  if (!reportedAt) return "report date not given";
  const base = `reported ${formatDate(reportedAt)}`;
  if (!latestReportedAt) return base;
  const days = daysBetween(reportedAt, latestReportedAt);
  if (days <= 0) return `${base}, the latest report on this`;
  return `${base}, ${days === 1 ? "1 day" : `${days} days`} before the latest report (${formatDate(latestReportedAt)})`;
}
