import type { Reliability, Source } from "@/lib/model";
import type { Claim } from "./types";

export type HeadlineRule = "pinned" | "best-grade-latest";

export interface HeadlineChoice {
  headline: Claim;
  rule: HeadlineRule;
  /** Current claims from other sources or reports: the competition. */
  competing: Claim[];
  /** Superseded claims: earlier counts kept as history. */
  history: Claim[];
}

const gradeRank = (grade: Reliability | undefined) => (grade ? "ABCDEF".indexOf(grade) : 6);

/** Newest report first; an undated report sorts after every dated one; 0 for the same date. */
export function compareReportDates(a: Pick<Claim, "reportedAt">, b: Pick<Claim, "reportedAt">): number {
  if (a.reportedAt === b.reportedAt) return 0;
  if (!a.reportedAt) return 1;
  if (!b.reportedAt) return -1;
  return b.reportedAt.localeCompare(a.reportedAt);
}

export function byReportDateDesc(a: Claim, b: Claim): number {
  return compareReportDates(a, b) || a.id.localeCompare(b.id);
}

/**
 * The headline is the claim editors pinned; failing that, the latest report
 * from the best-graded source. Grade first, so a fresher but weaker claim does
 * not displace a better-sourced one.
 */
export function chooseHeadline(claims: Claim[], sourcesById: Map<string, Source>): HeadlineChoice | null {
  const current = claims.filter((c) => c.status === "current");
  if (current.length === 0) return null;
  const pinned = current.find((c) => c.pinnedReason);
  const ranked = [...current].sort(
    (a, b) =>
      gradeRank(sourcesById.get(a.sourceId)?.reliability) - gradeRank(sourcesById.get(b.sourceId)?.reliability) ||
      byReportDateDesc(a, b),
  );
  const headline = pinned ?? ranked[0];
  return {
    headline,
    rule: pinned ? "pinned" : "best-grade-latest",
    competing: current.filter((c) => c.id !== headline.id).sort(byReportDateDesc),
    history: claims.filter((c) => c.status !== "current").sort(byReportDateDesc),
  };
}
