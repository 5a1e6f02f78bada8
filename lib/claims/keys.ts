import type { Claim } from "./types";

type Comparable = Pick<Claim, "indicator" | "group" | "unit" | "locationIds">;

/**
 * Claims compete only when they count the same thing: same indicator, group,
 * unit and set of places. Every claim in the dataset is cumulative since the
 * fighting began, so the report date orders them rather than splitting them.
 */
export function claimGroupKey(claim: Comparable): string {
  return [claim.indicator, claim.group, claim.unit, [...claim.locationIds].sort().join("+")].join("|");
}

/** One report = one source, one page (or relay) and one date. Sums never cross reports. */
export function reportKey(claim: Pick<Claim, "sourceId" | "via" | "url" | "reportedAt">): string {
  return [claim.sourceId, claim.url ?? claim.via ?? "", claim.reportedAt ?? ""].join("|");
}
