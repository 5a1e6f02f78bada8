import type { Claim } from "@/lib/claims/types";
import { formatDate } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import { getMessages } from "@/lib/i18n/messages";
import { formatQualified } from "@/lib/format/qualified-number";
import type { Snapshot } from "./snapshot";
import { placeNameOf } from "@/lib/i18n/place-name";

/** What a card, table row or popup needs to show one claim and lead to its source. */
export interface ClaimSummary {
  id: string;
  kind: Claim["kind"];
  indicator: Claim["indicator"];
  group: Claim["group"];
  unit: Claim["unit"];
  value: number;
  valueHigh?: number;
  qualifier: Claim["qualifier"];
  valueText: string;
  locationIds: string[];
  placeText: string;
  sourceId: string;
  sourceShort: string;
  sourceName: string;
  sourceReliability: string;
  viaShort?: string;
  reportedAt?: string;
  status: Claim["status"];
  /** For a period count, its span in words ("6 January to 9 January"); absent for cumulative counts. */
  periodText?: string;
  href: string;
}

export function summarizeClaim(claim: Claim, snapshot: Snapshot): ClaimSummary {
  const source = snapshot.sourcesById.get(claim.sourceId);
  const via = claim.via ? snapshot.sourcesById.get(claim.via) : undefined;
  return {
    id: claim.id,
    kind: claim.kind,
    indicator: claim.indicator,
    group: claim.group,
    unit: claim.unit,
    value: claim.value,
    valueHigh: claim.kind === "reported" ? claim.valueHigh : undefined,
    qualifier: claim.qualifier,
    valueText: formatQualified({ value: claim.value, qualifier: claim.qualifier, valueHigh: claim.kind === "reported" ? claim.valueHigh : undefined }),
    locationIds: claim.locationIds,
    placeText: formatList(claim.locationIds.map((id) => placeNameOf(snapshot.locationsById, id))),
    sourceId: claim.sourceId,
    sourceShort: source?.short ?? claim.sourceId,
    sourceName: source?.name ?? claim.sourceId,
    sourceReliability: source?.reliability ?? "F",
    viaShort: via?.short,
    reportedAt: claim.reportedAt,
    status: claim.status,
    periodText: claim.countKind === "period" ? periodText(claim.periodStart, claim.periodEnd) : undefined,
    href: `/figures/${claim.id}`,
  };
}

function periodText(start?: string, end?: string): string {
  return getMessages().figure.periodCount(start && formatDate(start), end && formatDate(end));
}
