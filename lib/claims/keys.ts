import type { Claim } from "./types";

export type ClaimTarget = Pick<Claim, "indicator" | "group" | "unit" | "locationIds"> &
  Partial<Pick<Claim, "countKind" | "periodStart" | "periodEnd">>;

/**
 * Claims count the same thing when they share indicator, group, unit, set of
 * places and kind of count; a period count ("over the past 24 hours") also
 * its span. A cumulative count and a period count never compete.
 */
export function claimGroupKey(claim: ClaimTarget): string {
  const kind = claim.countKind ?? "cumulative";
  const span = kind === "period" ? `${claim.periodStart ?? ""}..${claim.periodEnd ?? ""}` : "";
  return [claim.indicator, claim.group, claim.unit, [...claim.locationIds].sort().join("+"), kind, span].join("|");
}

/** Two claims give the same figure: the same value and the same upper end of a range (a computed sum has none). */
export function sameFigure(a: Pick<Claim, "value">, b: Pick<Claim, "value">): boolean {
  const upper = (c: Pick<Claim, "value">) => (c as { valueHigh?: number }).valueHigh;
  return a.value === b.value && upper(a) === upper(b);
}

/** One report = one source, one page (or relay) and one date. Sums never cross reports. */
export function reportKey(claim: Pick<Claim, "sourceId" | "via" | "url" | "reportedAt">): string {
  return [claim.sourceId, claim.url ?? claim.via ?? "", claim.reportedAt ?? ""].join("|");
}
