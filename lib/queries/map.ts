import { editorsWords } from "@/lib/i18n/phrasebook";
import { buildLocatorInset, type LocatorInset } from "@/lib/map/locator-inset";
import { tileConfig } from "@/lib/map/tiles";
import { buildMapModel, shadeIndicators, type MapModel, type ShadeIndicator } from "@/lib/map/map-model";
import { claimsLike, headlineFor } from "./claim-groups";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import { latestPlacedEvent } from "@/lib/events/order";
import { summarizeEvent } from "./event-summary";
import { HOSPITAL_ID, hospitalStatusEvents, isHospitalStatus, NEIGHBOURHOODS, neighbourhoodsTarget } from "./places";
import { perVersion, perVersionInLocale } from "./read-model";
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

/** How many claims name each place, counted once per data version. */
function claimsPerPlace(snapshot: Snapshot): Map<string, number> {
  return perVersion(snapshot, "claims-per-place", () => {
    const counts = new Map<string, number>();
    for (const claim of snapshot.claims) for (const id of claim.locationIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });
}

/**
 * The map's read model, once per data version. The overview's map shows the
 * story's neighbourhoods and no more, so it does not grow with the data; the
 * map page adds every other place claims name.
 */
export function mapModel(snapshot: Snapshot, { otherPlaces = false }: { otherPlaces?: boolean } = {}): MapModel {
  return perVersionInLocale(snapshot, `map:${otherPlaces}`, () => buildModel(snapshot, otherPlaces));
}

/** How each shape was drawn, in the reader's language (the phrasebook stays on the server, out of the map's browser code). */
function withLocalNotes(model: MapModel): MapModel {
  const local = (text: string) => editorsWords(text).text;
  return {
    ...model,
    areas: model.areas.map((area) => ({ ...area, geometrySource: local(area.geometrySource) })),
    hospital: model.hospital && { ...model.hospital, geometrySource: local(model.hospital.geometrySource) },
    route: model.route && { ...model.route, geometrySource: local(model.route.geometrySource) },
  };
}

function buildModel(snapshot: Snapshot, otherPlaces: boolean): MapModel {
  const figures: Partial<Record<ShadeIndicator, ClaimSummary>> = {};
  const changedIn: Partial<Record<ShadeIndicator, number>> = {};
  for (const indicator of shadeIndicators) {
    const choice = headlineFor(neighbourhoodsTarget(indicator), snapshot);
    if (choice) figures[indicator] = summarizeClaim(choice.headline, snapshot);
    changedIn[indicator] = Math.max(0, ...claimsLike(neighbourhoodsTarget(indicator), snapshot).map((c) => snapshot.history.changedIn.get(c.id) ?? 0));
  }
  const aleppo = snapshot.locationsById.get(ALEPPO_ID);
  const tiles = tileConfig();
  return withLocalNotes(buildMapModel({
    locations: snapshot.locations,
    focusIds: NEIGHBOURHOODS,
    claimsPerPlace: otherPlaces ? claimsPerPlace(snapshot) : undefined,
    figures,
    changedIn,
    hospitalId: HOSPITAL_ID,
    hospitalEvents: hospitalStatusEvents(snapshot).map((e) => summarizeEvent(e, snapshot)),
    hospitalStatus: latestPlacedEvent(snapshot.events, isHospitalStatus)?.facilityStatus,
    inset: aleppo?.geometry?.type === "Point" ? insetAt(aleppo.geometry.coordinates) : undefined,
    tiles: tiles ? { attribution: tiles.attribution } : undefined,
  }));
}
