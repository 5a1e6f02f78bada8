import { reportKey } from "@/lib/claims/keys";
import { getMessages } from "@/lib/i18n/messages";
import type { PopulationGroup } from "@/lib/model";
import { claimsLike, headlineFor } from "@/lib/queries/claim-groups";
import { NEIGHBOURHOODS, neighbourhoodsTarget } from "@/lib/queries/places";
import type { Snapshot } from "@/lib/queries/snapshot";
import { claimMark } from "./marks";
import type { ChartModel } from "./model";
import { chartModel } from "./shared";
import { latestPerSource } from "./select";

const GROUPS: PopulationGroup[] = ["civilians", "damascus-affiliated-fighters", "asayish"];

/** Killed by group, each source's latest count side by side: never stacked, never added across sources. */
export function casualtiesByGroup(snapshot: Snapshot): ChartModel {
  const t = getMessages();
  const headline = headlineFor(neighbourhoodsTarget("killed"), snapshot)?.headline;
  const preferred = new Set(headline?.kind === "derived" ? headline.parts.map(reportKey) : headline ? [reportKey(headline)] : []);
  const marks = GROUPS.flatMap((group) =>
    latestPerSource(claimsLike({ indicator: "killed", group, unit: "people", locationIds: NEIGHBOURHOODS }, snapshot), preferred).map((claim) =>
      claimMark(claim, t.group[group], snapshot),
    ),
  );
  return chartModel({
    id: "casualties-by-group",
    kind: "grouped-bars",
    title: t.charts.casualtiesByGroup.title,
    subtitle: t.charts.casualtiesByGroup.subtitle,
    valueLabel: t.charts.peopleKilled,
    categories: GROUPS.map((g) => t.group[g]),
    marks,
    notes: [t.charts.qualifierNote, t.charts.sideBySideNote],
  });
}
