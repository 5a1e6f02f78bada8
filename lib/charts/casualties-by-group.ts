import { reportKey } from "@/lib/claims/keys";
import { getMessages } from "@/lib/i18n/messages";
import { populationGroups } from "@/lib/model";
import { claimsLike, headlineFor } from "@/lib/queries/claim-groups";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { areaTarget } from "@/lib/situations/targets";
import { situationArea } from "@/lib/situations/texts";
import { claimMark } from "./marks";
import type { ChartModel } from "./model";
import { chartModel } from "./shared";
import { latestPerSource } from "./select";

/**
 * Killed by group, each source's latest count side by side: never stacked,
 * never added across sources. The groups are those some source counts at the
 * situation's places, in the order of the model's list.
 */
export function casualtiesByGroup(snapshot: SituationSnapshot): ChartModel {
  const t = getMessages();
  const { situation } = snapshot;
  const headline = headlineFor(areaTarget(situation, "killed"), snapshot)?.headline;
  const preferred = new Set(headline?.kind === "derived" ? headline.parts.map(reportKey) : headline ? [reportKey(headline)] : []);
  const claimsOf = populationGroups
    .filter((group) => group !== "all")
    .map((group) => ({ group, claims: claimsLike(areaTarget(situation, "killed", group), snapshot) }))
    .filter(({ claims }) => claims.length > 0);
  const GROUPS = claimsOf.map(({ group }) => group);
  const marks = claimsOf.flatMap(({ group, claims }) => latestPerSource(claims, preferred).map((claim) => claimMark(claim, t.group[group], snapshot)));
  return chartModel({
    id: "casualties-by-group",
    kind: "grouped-bars",
    title: t.charts.casualtiesByGroup.title(situationArea(snapshot)),
    subtitle: t.charts.casualtiesByGroup.subtitle,
    valueLabel: t.charts.peopleKilled,
    categories: GROUPS.map((g) => t.group[g]),
    marks,
    notes: [t.charts.qualifierNote, t.charts.sideBySideNote],
  });
}
