import type { Event, Indicator } from "@/lib/model";
import { sortEventsInTime } from "@/lib/events/order";
import type { Snapshot } from "./snapshot";

/** The two neighbourhoods the dataset is about; sources count them together. */
export const NEIGHBOURHOODS = ["sheikh-maqsoud", "ashrafiyeh"];
export const HOSPITAL_ID = "khalid-fajr-hospital";

/** "All people in the two neighbourhoods", the thing the headline cards and most charts count. */
export function neighbourhoodsTarget(indicator: Indicator) {
  return { indicator, group: "all" as const, unit: "people" as const, locationIds: NEIGHBOURHOODS, countKind: "cumulative" as const };
}

export const isHospitalStatus = (e: Event) => e.kind === "facility-status" && e.locationIds.includes(HOSPITAL_ID);

/** Khalid Fajr hospital's status reports, in time order. */
export function hospitalStatusEvents(snapshot: Snapshot): Event[] {
  return sortEventsInTime(snapshot.events).filter(isHospitalStatus);
}

/** The report the dataset starts from (data/README.md): the overview tells its account, the brief draws on it. */
export const SEED_REPORT_ID = "seed-report";
