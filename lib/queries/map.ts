import { buildLocatorInset, type LocatorInset } from "@/lib/map/locator-inset";
import { tileConfig } from "@/lib/map/tiles";
import { buildMapModel, shadeIndicators, type MapModel, type ShadeIndicator } from "@/lib/map/map-model";
import { headlineFor } from "./claim-groups";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import { latestPlacedEvent } from "@/lib/events/order";
import { summarizeEvent } from "./event-summary";
import { HOSPITAL_ID, hospitalStatusEvents, isHospitalStatus, neighbourhoodsTarget } from "./places";
import type { Snapshot } from "./snapshot";

const ALEPPO_ID = "aleppo-city";

// Projecting Syria from world-atlas costs ~12 ms; it changes only when Aleppo's point does.
const insets = new Map<string, LocatorInset>();
function insetAt(point: [number, number]): LocatorInset {
  const key = point.join(",");
  let inset = insets.get(key);
  if (!inset) {
    inset = buildLocatorInset(point);
    insets.set(key, inset);
  }
  return inset;
}

export function mapModel(snapshot: Snapshot): MapModel {
  const figures: Partial<Record<ShadeIndicator, ClaimSummary>> = {};
  for (const indicator of shadeIndicators) {
    const choice = headlineFor(neighbourhoodsTarget(indicator), snapshot);
    if (choice) figures[indicator] = summarizeClaim(choice.headline, snapshot);
  }
  const aleppo = snapshot.locationsById.get(ALEPPO_ID);
  const tiles = tileConfig();
  return buildMapModel({
    locations: snapshot.locations,
    figures,
    hospitalId: HOSPITAL_ID,
    hospitalEvents: hospitalStatusEvents(snapshot).map((e) => summarizeEvent(e, snapshot)),
    hospitalStatus: latestPlacedEvent(snapshot.events, isHospitalStatus)?.facilityStatus,
    inset: aleppo?.geometry?.type === "Point" ? insetAt(aleppo.geometry.coordinates) : undefined,
    tiles: tiles ? { attribution: tiles.attribution } : undefined,
  });
}
