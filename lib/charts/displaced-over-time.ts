import { getMessages } from "@/lib/i18n/messages";
import { claimsLike } from "@/lib/queries/claim-groups";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { areaTarget } from "@/lib/situations/targets";
import { situationArea } from "@/lib/situations/texts";
import { claimMark } from "./marks";
import type { ChartModel } from "./model";
import { chartModel } from "./shared";

/** Every dated count of people displaced from the situation's places, one line per source, earlier counts included. */
export function displacedOverTime(snapshot: SituationSnapshot): ChartModel {
  const t = getMessages();
  // Oldest first; counts without a report date go last: listed in the table, not drawn.
  const claims = claimsLike(areaTarget(snapshot.situation, "displaced"), snapshot).sort(
    (a, b) => (a.reportedAt ?? "9999").localeCompare(b.reportedAt ?? "9999") || a.id.localeCompare(b.id),
  );
  const marks = claims.map((claim) =>
    claimMark(claim, claim.reportedAt ?? "", snapshot),
  );
  const undated = claims.filter((c) => !c.reportedAt).length;
  return chartModel({
    id: "displaced-over-time",
    kind: "lines",
    title: t.charts.displacedOverTime.title(situationArea(snapshot)),
    subtitle: t.charts.displacedOverTime.subtitle,
    valueLabel: t.charts.peopleDisplaced,
    categories: [...new Set(marks.map((m) => m.category))].filter(Boolean),
    marks,
    notes: [t.charts.qualifierNote, ...(undated ? [t.charts.undatedLeftOut(undated)] : [])],
  });
}
