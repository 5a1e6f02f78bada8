import { compareReportDates } from "@/lib/claims/headline";
import { reportKey } from "@/lib/claims/keys";
import type { Claim } from "@/lib/claims/types";

/**
 * One claim per source: its latest current report. Where a source's latest
 * reports tie, the report the headline card uses wins, so a chart and a card
 * never quote the same source differently.
 */
export function latestPerSource(claims: Claim[], preferredReports: Set<string> = new Set()): Claim[] {
  const bySource = new Map<string, Claim>();
  const preference = (c: Claim) => (preferredReports.has(reportKey(c)) ? 0 : 1);
  const ordered = claims
    .filter((c) => c.status === "current")
    .sort((a, b) => compareReportDates(a, b) || preference(a) - preference(b) || a.id.localeCompare(b.id));
  for (const claim of ordered) if (!bySource.has(claim.sourceId)) bySource.set(claim.sourceId, claim);
  return [...bySource.values()];
}
