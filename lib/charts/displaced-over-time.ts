import { getMessages } from "@/lib/i18n/messages";
import { claimsLike } from "@/lib/queries/claim-groups";
import { NEIGHBOURHOODS } from "@/lib/queries/overview";
import type { Snapshot } from "@/lib/queries/snapshot";
import { claimMark } from "./marks";
import type { ChartModel } from "./model";
import { chartModel, QUALIFIER_NOTE } from "./shared";

/** Every dated count of people displaced from the two neighbourhoods, one line per source, earlier counts included. */
export function displacedOverTime(snapshot: Snapshot): ChartModel {
  const t = getMessages();
  const claims = claimsLike({ indicator: "displaced", group: "all", unit: "people", locationIds: NEIGHBOURHOODS }, snapshot)
    .filter((c) => c.reportedAt)
    .sort((a, b) => (a.reportedAt as string).localeCompare(b.reportedAt as string) || a.id.localeCompare(b.id));
  const marks = claims.map((claim) =>
    claimMark(claim, claim.reportedAt as string, snapshot.sourcesById.get(claim.sourceId)?.short ?? claim.sourceId, snapshot),
  );
  const undated = claimsLike({ indicator: "displaced", group: "all", unit: "people", locationIds: NEIGHBOURHOODS }, snapshot).length - claims.length;
  return chartModel({
    id: "displaced-over-time",
    kind: "lines",
    title: t.charts.displacedOverTime.title,
    subtitle: t.charts.displacedOverTime.subtitle,
    valueLabel: t.charts.peopleDisplaced,
    categories: [...new Set(marks.map((m) => m.category))],
    marks,
    notes: [QUALIFIER_NOTE(), ...(undated ? [t.charts.undatedLeftOut(undated)] : [])],
  });
}
