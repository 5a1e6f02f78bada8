import { editorsWords } from "@/lib/i18n/phrasebook";
import { getMessages } from "@/lib/i18n/messages";
import { placeNameOf } from "@/lib/i18n/place-name";
import { formatList } from "@/lib/format/list";
import { buildLocatorInset, type LocatorInset } from "@/lib/map/locator-inset";
import { contextCredit, contextLayer, contextShortCredit } from "@/lib/map/context-layers";
import { tileConfig } from "@/lib/map/tiles";
import { buildMapModel, type MapModel, type ShadeIndicator } from "@/lib/map/map-model";
import type { Situation } from "@/lib/model";
import { belongsTo } from "@/lib/situations/membership";
import { areaTarget, facilityStatusEvents } from "@/lib/situations/targets";
import { situationArea, situationKeywords, situationText } from "@/lib/situations/texts";
import { claimsLike, headlineFor } from "./claim-groups";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import { latestPlacedEvent } from "@/lib/events/order";
import { summarizeEvent } from "./event-summary";
import { perVersion, perVersionInLocale } from "./read-model";
import type { SituationSnapshot } from "./snapshot";

// Projecting a country from world-atlas costs ~12 ms; it changes only when the place or the route's direction does.
const insets = new Map<string, LocatorInset | undefined>();
function insetAt(countryCode: string, point: [number, number], bearing?: number): LocatorInset | undefined {
  const key = [countryCode, ...point, bearing ?? ""].join(",");
  if (!insets.has(key)) insets.set(key, buildLocatorInset(countryCode, point, bearing));
  return insets.get(key);
}

/** How many claims name each place, counted once per data version. */
function claimsPerPlace(snapshot: SituationSnapshot): Map<string, number> {
  return perVersion(snapshot, "claims-per-place", () => {
    const counts = new Map<string, number>();
    for (const claim of snapshot.claims) for (const id of claim.locationIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });
}

/**
 * The map's read model, once per data version. The overview's map shows the
 * situation's own places and no more, so it does not grow with the data; the
 * map page adds every other place its claims name.
 */
export function mapModel(snapshot: SituationSnapshot, { otherPlaces = false }: { otherPlaces?: boolean } = {}): MapModel {
  return perVersionInLocale(snapshot, `map:${otherPlaces}`, () => buildModel(snapshot, otherPlaces));
}

/** The indicators the map can shade by: headline figures about all people in the situation's own places, so a shade means that. */
export function shadeIndicatorsOf(situation: Situation): ShadeIndicator[] {
  return [...new Set(situation.headline.filter((card) => card.group === "all" && !card.placeIds).map((card) => card.indicator))];
}

/** How each shape was drawn, in the reader's language (the phrasebook stays on the server, out of the map's browser code). */
function withLocalNotes(model: MapModel): MapModel {
  const local = (text: string) => editorsWords(text).text;
  return {
    ...model,
    areas: model.areas.map((area) => ({ ...area, geometrySource: local(area.geometrySource) })),
    facilities: model.facilities.map((facility) => ({ ...facility, geometrySource: local(facility.geometrySource) })),
    route: model.route && { ...model.route, geometrySource: local(model.route.geometrySource) },
  };
}

/** The direction from a line's first point to its last, counter-clockwise from east, in radians. */
function bearingOf(positions: number[][]): number | undefined {
  if (positions.length < 2) return undefined;
  const [lng1, lat1] = positions[0];
  const [lng2, lat2] = positions.at(-1)!;
  return Math.atan2(lat2 - lat1, (lng2 - lng1) * Math.cos((lat1 * Math.PI) / 180));
}

function buildModel(snapshot: SituationSnapshot, otherPlaces: boolean): MapModel {
  const t = getMessages();
  const { situation } = snapshot;
  const shadeBy = shadeIndicatorsOf(situation);
  const figures: Partial<Record<ShadeIndicator, ClaimSummary>> = {};
  const changedIn: Partial<Record<ShadeIndicator, number>> = {};
  for (const indicator of shadeBy) {
    const target = areaTarget(situation, indicator);
    const choice = headlineFor(target, snapshot);
    if (choice) figures[indicator] = summarizeClaim(choice.headline, snapshot);
    changedIn[indicator] = Math.max(0, ...claimsLike(target, snapshot).map((c) => snapshot.history.changedIn.get(c.id) ?? 0));
  }
  const route = snapshot.locations.find((l) => l.kind === "route" && l.geometry?.type === "LineString" && belongsTo(l, situation.id, snapshot.firstSituationId));
  const routeLine = route?.geometry?.type === "LineString" ? route.geometry.coordinates : undefined;
  const { locatorPlaceId, countryCode, countryNames, contextLayer: layerName } = situation.mapView;
  const locator = locatorPlaceId ? snapshot.locationsById.get(locatorPlaceId) : undefined;
  const insetShape = locator?.geometry?.type === "Point" && countryCode ? insetAt(countryCode, locator.geometry.coordinates, routeLine && bearingOf(routeLine)) : undefined;
  const layer = layerName ? contextLayer(layerName) : undefined;
  const area = situationArea(snapshot);
  const locatorName = locatorPlaceId ? placeNameOf(snapshot.locationsById, locatorPlaceId) : undefined;
  const tiles = tileConfig();
  return withLocalNotes(
    buildMapModel({
      situationId: situation.id,
      title: locatorName ? `${area}, ${locatorName}` : area,
      placesText: formatList([...situation.placeIds, ...situation.facilityIds].map((id) => placeNameOf(snapshot.locationsById, id))),
      keywords: situationKeywords(snapshot),
      locations: snapshot.locations,
      focusIds: situation.placeIds,
      claimsPerPlace: otherPlaces ? claimsPerPlace(snapshot) : undefined,
      shadeBy,
      figures,
      changedIn,
      facilities: situation.facilityIds.map((id) => ({
        id,
        events: facilityStatusEvents(snapshot, id).map((e) => summarizeEvent(e, snapshot)),
        status: latestPlacedEvent(snapshot.events, (e) => e.kind === "facility-status" && e.locationIds.includes(id))?.facilityStatus,
      })),
      routeId: route?.id,
      context: layer && layerName ? { layer: layerName, url: `/api/map/context/${layerName}`, credit: contextCredit(layer, t.map.contextCredit), shortCredit: contextShortCredit(layer, t.map.contextCredit) } : undefined,
      inset: insetShape && locatorName ? { ...insetShape, placeName: locatorName, countryName: countryNames ? situationText(countryNames) : "" } : undefined,
      tiles: tiles ? { attribution: tiles.attribution } : undefined,
    }),
  );
}
