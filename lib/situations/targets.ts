import type { ClaimTarget } from "@/lib/claims/keys";
import type { Event, HeadlineFigure, Indicator, PopulationGroup, Situation } from "@/lib/model";
import { sortEventsInTime } from "@/lib/events/order";
import type { Snapshot } from "@/lib/queries/snapshot";

/** What one of the situation's headline cards counts: people, cumulatively, at its places (the situation's own unless it names others). */
export function headlineTarget(situation: Situation, card: Pick<HeadlineFigure, "indicator" | "group" | "placeIds">): ClaimTarget {
  return { indicator: card.indicator, group: card.group, unit: "people", locationIds: card.placeIds ?? situation.placeIds, countKind: "cumulative" };
}

/** The same count among all people in the situation's own places: what the map shades and most charts draw. */
export function areaTarget(situation: Situation, indicator: Indicator, group: PopulationGroup = "all"): ClaimTarget {
  return headlineTarget(situation, { indicator, group });
}

/** A card's stable key: its indicator, then its group when that is not everyone ("killed", "killed-civilians"). */
export const cardKey = (card: Pick<HeadlineFigure, "indicator" | "group">) => (card.group === "all" ? card.indicator : `${card.indicator}-${card.group}`);

/** An account of a facility the situation follows changing its status. */
export const isFollowedFacilityStatus = (situation: Situation) => (event: Event) =>
  event.kind === "facility-status" && event.locationIds.some((id) => situation.facilityIds.includes(id));

/** One facility's status reports, in time order. */
export function facilityStatusEvents(snapshot: Snapshot, facilityId: string): Event[] {
  return sortEventsInTime(snapshot.events).filter((e) => e.kind === "facility-status" && e.locationIds.includes(facilityId));
}

/** Accounts from the report the situation starts from, or relayed by it. */
export const isLeadAccount = (situation: Situation) => (event: Pick<Event, "sourceId" | "via">) =>
  situation.leadSourceId !== undefined && (event.sourceId === situation.leadSourceId || event.via === situation.leadSourceId);
