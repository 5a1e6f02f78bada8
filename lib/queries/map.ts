import { buildMapModel, shadeIndicators, type MapModel, type ShadeIndicator } from "@/lib/map/map-model";
import type { ClaimSummary } from "./claim-summary";
import { summarizeClaim } from "./claim-summary";
import { headlineFor } from "./claim-groups";
import { latestPlacedEvent, sortEventsInTime, summarizeEvent } from "./event-summary";
import { HOSPITAL_ID, NEIGHBOURHOODS } from "./overview";

const ALEPPO_ID = "aleppo-city";
import type { Event } from "@/lib/model";
import { buildLocatorInset } from "@/lib/map/locator-inset";
import type { Snapshot } from "./snapshot";

export function mapModel(snapshot: Snapshot): MapModel {
  const figures: Partial<Record<ShadeIndicator, ClaimSummary>> = {};
  for (const indicator of shadeIndicators) {
    const choice = headlineFor({ indicator, group: "all", unit: "people", locationIds: NEIGHBOURHOODS }, snapshot);
    if (choice) figures[indicator] = summarizeClaim(choice.headline, snapshot);
  }
  const isHospitalStatus = (e: Event) => e.kind === "facility-status" && e.locationIds.includes(HOSPITAL_ID);
  const aleppo = snapshot.locationsById.get(ALEPPO_ID);
  const statusEvents = sortEventsInTime(snapshot.events).filter(isHospitalStatus);
  return buildMapModel({
    locations: snapshot.locations,
    figures,
    hospitalId: HOSPITAL_ID,
    hospitalEvents: statusEvents.map((e) => summarizeEvent(e, snapshot)),
    hospitalStatus: latestPlacedEvent(snapshot.events, isHospitalStatus)?.facilityStatus,
    inset: aleppo?.geometry?.type === "Point" ? buildLocatorInset(aleppo.geometry.coordinates) : undefined,
  });
}
