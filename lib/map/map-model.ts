import { currentLocale } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";
import type { FacilityStatus, Indicator, Location } from "@/lib/model";
import type { LocatorInset } from "./locator-inset";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import type { EventSummary } from "@/lib/queries/event-summary";
import { indicatorColour } from "./palette";
import { placeName } from "@/lib/i18n/place-name";
import { extentOf } from "@/lib/math/extent";
import { dataDateOf } from "@/lib/claims/data-date";
import { outerRings } from "./geometry";
import { formatList } from "@/lib/format/list";

/** An indicator the map can shade by: one of the situation's headline figures about its own places. */
export type ShadeIndicator = Indicator;

export type LatLng = [number, number];

export interface MapArea {
  id: string;
  name: string;
  /** Each polygon's outer ring as Leaflet [lat, lng] pairs. */
  outlines: LatLng[][];
  geometrySource: string;
  /** Its P-codes, finest first ("SY02"), for joining with other datasets. */
  pcodes: string[];
}

export interface MapShading {
  indicator: ShadeIndicator;
  colour: string;
  /** The headline claim covering the drawn areas, or none when no source counts this. */
  figure?: ClaimSummary;
  /** The newest data version that added or changed a claim about what it shades (0: none since the bundled data). */
  changedIn?: number;
}

/** A place beyond the situation's own areas that claims name: drawn small, with how many claims name it. */
export interface OtherPlace {
  id: string;
  name: string;
  position: LatLng;
  claims: number;
}

/** A facility the situation follows, where a source places it, with its reported statuses. */
export interface MapFacility {
  id: string;
  name: string;
  position: LatLng;
  geometrySource: string;
  approximate: boolean;
  pcodes: string[];
  status?: FacilityStatus;
  statusEvents: EventSummary[];
}

/** Shapes drawn faintly around the situation's places (data/context/), with the credit their licence asks for. */
export interface MapContext {
  layer: string;
  /** Where the browser fetches the shapes, when it draws the map. */
  url: string;
  /** Source, licence, address and status: beside the map and in its files. */
  credit: string;
  /** The same in a few words, for the map's corner. */
  shortCredit: string;
}

export interface MapModel {
  /** The language of its names and words; its exports follow it. */
  locale: Locale;
  situationId: string;
  /** "A and B, City": the situation's places, then the place its locator marks. */
  title: string;
  /** Every drawn place by name, for the map's label. */
  placesText: string;
  /** The shaded places by name: "A and B". */
  areasText: string;
  /** Exported files' keywords: the situation's, then its places by name. */
  keywords: string[];
  areas: MapArea[];
  /** Other places with a position (the map page only): many of them are drawn on a canvas. */
  otherPlaces: OtherPlace[];
  /** One per indicator the map can shade by; empty when no headline figure is about the situation's own places. */
  shading: MapShading[];
  facilities: MapFacility[];
  route?: { id: string; name: string; positions: LatLng[]; geometrySource: string };
  context?: MapContext;
  /** Short names of every source behind what the map shows, then the outlets that relayed them. */
  sources: string[];
  relays: string[];
  /** Latest report date among the figures and events shown. */
  dataDate?: string;
  bounds: [LatLng, LatLng];
  /** The situation's areas alone: what a phone-sized map frames. */
  areaBounds: [LatLng, LatLng];
  /** The country's outline with the situation's place, for the locator inset on the page and in exports. */
  inset?: LocatorInset & { placeName: string; countryName: string };
  /** Present when a raster base layer is configured; tiles come through /tiles. */
  tiles?: { attribution: string };
}

const toLatLng = ([lng, lat]: number[]): LatLng => [lat, lng];
const pcodesOf = (l: Location) => [l.pcodes?.admin4, l.pcodes?.admin3, l.pcodes?.admin2, l.pcodes?.admin1].filter((c): c is string => Boolean(c));

/** A point for a place: its own, or the middle of its first outline. */
function centreOf(geometry: NonNullable<Location["geometry"]>): LatLng | null {
  if (geometry.type === "Point") return toLatLng(geometry.coordinates);
  const ring = geometry.type === "LineString" ? geometry.coordinates : outerRings(geometry)[0];
  if (!ring?.length) return null;
  const lng = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
  const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  return [lat, lng];
}

export interface MapInputs {
  situationId: string;
  title: string;
  placesText: string;
  keywords: string[];
  locations: Location[];
  /** The places the map is about; their shapes are drawn, shaded and labelled. */
  focusIds: string[];
  /** How many claims name each place, for the other places drawn (none on the overview). */
  claimsPerPlace?: Map<string, number>;
  /** The indicators the map shades by, each with its headline claim for the drawn places together. */
  shadeBy: ShadeIndicator[];
  figures: Partial<Record<ShadeIndicator, ClaimSummary>>;
  /** Per indicator, when a claim about what it shades last changed. */
  changedIn?: Partial<Record<ShadeIndicator, number>>;
  /** The facilities followed, with their status reports and the latest status that can be placed in time. */
  facilities: { id: string; events: EventSummary[]; status?: FacilityStatus }[];
  /** The route drawn, if the situation has one. */
  routeId?: string;
  context?: MapContext;
  inset?: MapModel["inset"];
  tiles?: { attribution: string };
}

const FALLBACK_BOUNDS: [LatLng, LatLng] = [
  [-60, -180],
  [75, 180],
];

function boundsOf(points: LatLng[]): [LatLng, LatLng] {
  if (!points.length) return FALLBACK_BOUNDS;
  const lats = extentOf(points.map((p) => p[0]));
  const lngs = extentOf(points.map((p) => p[1]));
  return [
    [lats.min, lngs.min],
    [lats.max, lngs.max],
  ];
}

/**
 * Turns places, headline figures and facility accounts into what the map
 * draws. Geometry comes only from the data: a better boundary in the data
 * needs no code change.
 */
export function buildMapModel(inputs: MapInputs): MapModel {
  const { locations, focusIds, claimsPerPlace, figures, changedIn = {} } = inputs;
  const byId = new Map(locations.map((l) => [l.id, l]));
  const areas: MapArea[] = focusIds.flatMap((id) => {
    const l = byId.get(id);
    if (!l?.geometry || (l.geometry.type !== "Polygon" && l.geometry.type !== "MultiPolygon")) return [];
    return [{ id: l.id, name: placeName(l), outlines: outerRings(l.geometry).map((ring) => ring.map(toLatLng)), geometrySource: l.geometrySource, pcodes: pcodesOf(l) }];
  });
  const facilities: MapFacility[] = inputs.facilities.flatMap(({ id, events, status }) => {
    const l = byId.get(id);
    const position = l?.geometry ? centreOf(l.geometry) : null;
    if (!l || !position) return [];
    return [{ id, name: placeName(l), position, geometrySource: l.geometrySource, approximate: l.approximate, pcodes: pcodesOf(l), status, statusEvents: events }];
  });
  const routeLocation = inputs.routeId ? byId.get(inputs.routeId) : undefined;
  const route =
    routeLocation?.geometry?.type === "LineString"
      ? { id: routeLocation.id, name: placeName(routeLocation), positions: routeLocation.geometry.coordinates.map(toLatLng), geometrySource: routeLocation.geometrySource }
      : undefined;

  const shading = inputs.shadeBy.map((indicator) => ({ indicator, colour: indicatorColour[indicator], figure: figures[indicator], changedIn: changedIn[indicator] ?? 0 }));
  const facilityEvents = inputs.facilities.flatMap((f) => f.events);
  const shown = [...shading.flatMap((s) => (s.figure ? [s.figure] : [])), ...facilityEvents];
  const sources = [...new Set(shown.map((x) => x.sourceShort))];
  const relays = [...new Set(shown.flatMap((x) => (x.viaShort ? [x.viaShort] : [])))];
  const dates = [...shading.flatMap((s) => (s.figure?.reportedAt ? [s.figure.reportedAt] : [])), ...facilityEvents.flatMap((e) => (e.date ? [e.date] : []))].sort();

  const areaPoints = areas.flatMap((a) => a.outlines.flat());
  const allPoints = [...areaPoints, ...facilities.map((f) => f.position), ...(route?.positions ?? [])];

  const otherPlaces: OtherPlace[] = claimsPerPlace
    ? locations.flatMap((l) => {
        const claims = claimsPerPlace.get(l.id) ?? 0;
        if (!claims || focusIds.includes(l.id) || facilities.some((f) => f.id === l.id) || !l.geometry || !["neighbourhood", "facility"].includes(l.kind)) return [];
        const position = centreOf(l.geometry);
        return position ? [{ id: l.id, name: placeName(l), position, claims }] : [];
      })
    : [];

  return {
    locale: currentLocale(),
    situationId: inputs.situationId,
    title: inputs.title,
    placesText: inputs.placesText,
    areasText: formatList(areas.map((a) => a.name)),
    keywords: inputs.keywords,
    areas,
    otherPlaces,
    shading,
    facilities,
    route,
    context: inputs.context,
    sources,
    relays,
    dataDate: dataDateOf(dates),
    inset: inputs.inset,
    tiles: inputs.tiles,
    bounds: boundsOf(allPoints),
    areaBounds: areaPoints.length ? boundsOf(areaPoints) : boundsOf(allPoints),
  };
}
