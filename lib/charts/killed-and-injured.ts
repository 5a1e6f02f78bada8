import { compareReportDates } from "@/lib/claims/headline";
import { reportKey } from "@/lib/claims/keys";
import type { Claim } from "@/lib/claims/types";
import { getMessages } from "@/lib/i18n/messages";
import type { Indicator } from "@/lib/model";
import { claimsLike, headlineFor } from "@/lib/queries/claim-groups";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { areaTarget } from "@/lib/situations/targets";
import { situationArea } from "@/lib/situations/texts";
import { claimMark } from "./marks";
import type { ChartModel } from "./model";
import { chartModel } from "./shared";
import { latestPerSource } from "./select";

const INDICATORS: Indicator[] = ["killed", "injured"];

/** Killed and injured, all groups, each source's latest count side by side; a computed total is marked as one. */
export function killedAndInjured(snapshot: SituationSnapshot): ChartModel {
  const t = getMessages();
  const marks = INDICATORS.flatMap((indicator) => {
    const target = areaTarget(snapshot.situation, indicator);
    const headline = headlineFor(target, snapshot)?.headline;
    const preferred = new Set(headline ? [reportKey(headline)] : []);
    // A headline sum stands for its source here, as on the card, unless that source has reported since.
    const standsIn = (c: Claim) =>
      headline?.kind === "derived" && c.sourceId === headline.sourceId && c.id !== headline.id && compareReportDates(c, headline) >= 0;
    const claims = claimsLike(target, snapshot).filter((c) => !standsIn(c));
    return latestPerSource(claims, preferred).map((claim) =>
      claimMark(claim, t.indicator[indicator], snapshot),
    );
  });
  return chartModel({
    id: "killed-and-injured",
    kind: "grouped-bars",
    title: t.charts.killedAndInjured.title(situationArea(snapshot)),
    subtitle: t.charts.killedAndInjured.subtitle,
    valueLabel: t.charts.people,
    categories: INDICATORS.map((i) => t.indicator[i]),
    marks,
    notes: [t.charts.qualifierNote, t.charts.derivedNote, t.charts.sideBySideNote],
  });
}
