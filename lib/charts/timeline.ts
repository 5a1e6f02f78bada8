import { getMessages } from "@/lib/i18n/messages";
import type { EventKind } from "@/lib/model";
import { claimsLike } from "@/lib/queries/claim-groups";
import { sortEventsInTime } from "@/lib/events/order";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { areaTarget, isFollowedFacilityStatus } from "@/lib/situations/targets";
import { placeNameOf } from "@/lib/i18n/place-name";
import { claimMark, eventSource } from "./marks";
import type { ChartMark, ChartModel } from "./model";
import { chartModel } from "./shared";
import { eventTitle } from "@/lib/i18n/event-text";

type Lane = "fighting" | "ceasefire" | "facilities" | "evacuation" | "statements" | "displacement";
const LANES: Lane[] = ["fighting", "ceasefire", "facilities", "evacuation", "statements", "displacement"];
const laneOfKind: Record<EventKind, Lane> = {
  clashes: "fighting",
  "control-claim": "fighting",
  curfew: "fighting",
  ceasefire: "ceasefire",
  "facility-status": "facilities",
  evacuation: "evacuation",
  return: "evacuation",
  statement: "statements",
};

/**
 * The days as a timeline: each account a point in its lane on its date, and
 * each dated displacement count beside them. Accounts the sources do not date
 * (nor place on one of the six days) cannot be drawn; the note says how many.
 */
export function timeline(snapshot: SituationSnapshot): ChartModel {
  const t = getMessages();
  const { situation } = snapshot;
  const isFollowed = isFollowedFacilityStatus(situation);
  // One facility followed: its lane carries its name; several share "Facilities".
  const laneName = (lane: Lane) =>
    lane === "facilities" && situation.facilityIds.length === 1 ? placeNameOf(snapshot.locationsById, situation.facilityIds[0]) : t.charts.lanes[lane];
  const events = sortEventsInTime(snapshot.events);
  // Only dated accounts are drawn: an order a text states ("later") places an account, but gives it no day.
  const eventMarks: ChartMark[] = events.flatMap((event) => {
    const date = event.date;
    if (!date) return [];
    // The facilities lane follows the situation's facilities: another's status (staff killed elsewhere, "hospitals" in general) is part of the fighting.
    const lane = event.kind === "facility-status" && !isFollowed(event) ? "fighting" : laneOfKind[event.kind];
    const title = eventTitle(event).text;
    return [
      {
        key: `event|${event.id}`,
        category: laneName(lane),
        series: title,
        seriesId: event.id,
        value: LANES.indexOf(lane),
        qualifier: "exact",
        valueText: event.facilityStatus ? t.facilityStatus[event.facilityStatus] : title,
        label: title,
        derived: false,
        date,
        source: eventSource(event, snapshot),
      },
    ];
  });
  const figureMarks = claimsLike(areaTarget(situation, "displaced"), snapshot)
    .filter((c) => c.reportedAt)
    .map((claim) => ({
      ...claimMark(claim, t.charts.lanes.displacement, snapshot, `${t.indicator.displaced}: ${snapshot.sourcesById.get(claim.sourceId)?.short ?? claim.sourceId}`),
      value: LANES.indexOf("displacement"),
    }));
  const marks = [...eventMarks, ...figureMarks].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.value - b.value);
  const undrawn = events.length - eventMarks.length;
  return chartModel({
    id: "timeline",
    kind: "timeline",
    title: t.charts.timeline.title,
    subtitle: t.charts.timeline.subtitle,
    valueLabel: "",
    categories: LANES.map(laneName),
    series: [],
    marks,
    notes: [t.charts.timelineNote, ...(undrawn ? [t.charts.undatedEventsLeftOut(undrawn)] : [])],
  });
}
