import { getMessages } from "@/lib/i18n/messages";
import type { EventKind } from "@/lib/model";
import { claimsLike } from "@/lib/queries/claim-groups";
import { sortEventsInTime } from "@/lib/events/order";
import { isHospitalStatus, neighbourhoodsTarget } from "@/lib/queries/places";
import type { Snapshot } from "@/lib/queries/snapshot";
import { claimMark, eventSource } from "./marks";
import type { ChartMark, ChartModel } from "./model";
import { chartModel } from "./shared";
import { eventTitle } from "@/lib/i18n/event-text";

type Lane = "fighting" | "ceasefire" | "hospital" | "evacuation" | "statements" | "displacement";
const LANES: Lane[] = ["fighting", "ceasefire", "hospital", "evacuation", "statements", "displacement"];
const laneOfKind: Record<EventKind, Lane> = {
  clashes: "fighting",
  "control-claim": "fighting",
  curfew: "fighting",
  ceasefire: "ceasefire",
  "facility-status": "hospital",
  evacuation: "evacuation",
  return: "evacuation",
  statement: "statements",
};

/**
 * The days as a timeline: each account a point in its lane on its date, and
 * each dated displacement count beside them. Accounts the sources do not date
 * (nor place on one of the six days) cannot be drawn; the note says how many.
 */
export function timeline(snapshot: Snapshot): ChartModel {
  const t = getMessages();
  const events = sortEventsInTime(snapshot.events);
  // Only dated accounts are drawn: an order a text states ("later") places an account, but gives it no day.
  const eventMarks: ChartMark[] = events.flatMap((event) => {
    const date = event.date;
    if (!date) return [];
    // The hospital lane follows the hospital: another facility's status (staff killed elsewhere, "hospitals" in general) is part of the fighting.
    const lane = event.kind === "facility-status" && !isHospitalStatus(event) ? "fighting" : laneOfKind[event.kind];
    const title = eventTitle(event).text;
    return [
      {
        key: `event|${event.id}`,
        category: t.charts.lanes[lane],
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
  const figureMarks = claimsLike(neighbourhoodsTarget("displaced"), snapshot)
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
    categories: LANES.map((l) => t.charts.lanes[l]),
    series: [],
    marks,
    notes: [t.charts.timelineNote, ...(undrawn ? [t.charts.undatedEventsLeftOut(undrawn)] : [])],
  });
}
