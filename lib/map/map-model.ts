import { currentLocale } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";
import type { FacilityStatus, Location } from "@/lib/model";
import type { LocatorInset } from "./locator-inset";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import type { EventSummary } from "@/lib/queries/event-summary";
import { indicatorColour } from "./palette";
import { placeName } from "@/lib/i18n/place-name";
import { extentOf } from "@/lib/math/extent";
import { dataDateOf } from "@/lib/claims/data-date";

export const shadeIndicators = ["displaced", "killed", "injured"] as const;
export type ShadeIndicator = (typeof shadeIndicators)[number];

type LatLng = [number, number];

export interface MapArea {
  id: string;
  name: string;
  /** Outer ring as Leaflet [lat, lng] pairs. */
  positions: LatLng[];
  geometrySource: string;
}

export interface MapShading {
  indicator: ShadeIndicator;
  colour: string;
  /** The headline claim covering the drawn areas, or none when no source counts this. */
  figure?: ClaimSummary;
  /** The newest data version that added or changed a claim about what it shades (0: none since the bundled data). */
  changedIn?: number;
}

/** A place beyond the story's neighbourhoods that claims name: drawn small, with how many claims name it. */
export interface OtherPlace {
  id: string;
  name: string;
  position: LatLng;
  claims: number;
}

export interface MapModel {
  /** The language of its names and words; its exports follow it. */
  locale: Locale;
  areas: MapArea[];
  /** Other places with a position (the map page only): many of them are drawn on a canvas. */
  otherPlaces: OtherPlace[];
  shading: MapShading[];
  hospital?: {
    id: string;
    name: string;
    position: LatLng;
    geometrySource: string;
    status?: FacilityStatus;
    statusEvents: EventSummary[];
  };
  route?: { id: string; name: string; positions: LatLng[]; geometrySource: string };
  /** Short names of every source behind what the map shows, then the outlets that relayed them. */
  sources: string[];
  relays: string[];
  /** Latest report date among the figures and events shown. */
  dataDate?: string;
  bounds: [LatLng, LatLng];
  /** The neighbourhoods alone: what a phone-sized map frames. */
  areaBounds: [LatLng, LatLng];
  /** Syria's outline with Aleppo, for the locator inset on the page and in exports. */
  inset?: LocatorInset;
  /** Present when a raster base layer is configured; tiles come through /tiles. */
  tiles?: { attribution: string };
}

const toLatLng = ([lng, lat]: number[]): LatLng => [lat, lng];

/** A point for a place: its own, or the middle of its shape's outer ring. */
function centreOf(geometry: NonNullable<Location["geometry"]>): LatLng | null {
  if (geometry.type === "Point") return toLatLng(geometry.coordinates);
  const ring = geometry.type === "Polygon" ? geometry.coordinates[0] : geometry.coordinates;
  if (!ring.length) return null;
  const lng = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
  const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  return [lat, lng];
}

export interface MapInputs {
  locations: Location[];
  /** The neighbourhoods the map is about; their shapes are drawn, shaded and labelled. */
  focusIds: string[];
  /** How many claims name each place, for the other places drawn (none on the overview). */
  claimsPerPlace?: Map<string, number>;
  /** Headline claim per indicator for the drawn neighbourhoods together. */
  figures: Partial<Record<ShadeIndicator, ClaimSummary>>;
  /** Per indicator, when a claim about what it shades last changed. */
  changedIn?: Partial<Record<ShadeIndicator, number>>;
  hospitalId: string;
  hospitalEvents: EventSummary[];
  /** Status from the latest account that can be placed in time. */
  hospitalStatus?: FacilityStatus;
  inset?: LocatorInset;
  tiles?: { attribution: string };
}

/**
 * Turns locations, headline figures and hospital events into what the map
 * draws. Geometry comes only from the data: replacing a schematic shape in
 * data/locations.geojson with a real boundary needs no code change.
 */
export function buildMapModel({ locations, focusIds, claimsPerPlace, figures, changedIn = {}, hospitalId, hospitalEvents, hospitalStatus, inset, tiles }: MapInputs): MapModel {
  const areas: MapArea[] = locations
    .filter((l) => focusIds.includes(l.id) && l.geometry?.type === "Polygon")
    .map((l) => ({
      id: l.id,
      name: placeName(l),
      positions: (l.geometry as { coordinates: number[][][] }).coordinates[0].map(toLatLng),
      geometrySource: l.geometrySource,
    }));
  const hospitalLocation = locations.find((l) => l.id === hospitalId && l.geometry?.type === "Point");
  const routeLocation = locations.find((l) => l.kind === "route" && l.geometry?.type === "LineString");

  const shading = shadeIndicators.map((indicator) => ({ indicator, colour: indicatorColour[indicator], figure: figures[indicator], changedIn: changedIn[indicator] ?? 0 }));
  const shown = [...shading.flatMap((s) => (s.figure ? [s.figure] : [])), ...hospitalEvents];
  const sources = [...new Set(shown.map((x) => x.sourceShort))];
  const relays = [...new Set(shown.flatMap((x) => (x.viaShort ? [x.viaShort] : [])))];
  const dates = [
    ...shading.flatMap((s) => (s.figure?.reportedAt ? [s.figure.reportedAt] : [])),
    ...hospitalEvents.flatMap((e) => (e.date ? [e.date] : [])),
  ].sort();

  const boundsOf = (points: LatLng[]): [LatLng, LatLng] => {
    const lats = extentOf(points.map((p) => p[0]));
    const lngs = extentOf(points.map((p) => p[1]));
    return [
      [lats.min, lngs.min],
      [lats.max, lngs.max],
    ];
  };
  const fallback: [LatLng, LatLng] = [
    [36.2, 37.1],
    [36.3, 37.3],
  ];
  const allPoints = [
    ...areas.flatMap((a) => a.positions),
    ...(routeLocation ? (routeLocation.geometry as { coordinates: number[][] }).coordinates.map(toLatLng) : []),
  ];

  const otherPlaces: OtherPlace[] = claimsPerPlace
    ? locations.flatMap((l) => {
        const claims = claimsPerPlace.get(l.id) ?? 0;
        if (!claims || focusIds.includes(l.id) || l.id === hospitalId || !l.geometry || !["neighbourhood", "facility"].includes(l.kind)) return [];
        const position = centreOf(l.geometry);
        return position ? [{ id: l.id, name: placeName(l), position, claims }] : [];
      })
    : [];

  return {
    locale: currentLocale(),
    areas,
    otherPlaces,
    shading,
    hospital: hospitalLocation && {
      id: hospitalLocation.id,
      name: placeName(hospitalLocation),
      position: toLatLng((hospitalLocation.geometry as { coordinates: number[] }).coordinates),
      geometrySource: hospitalLocation.geometrySource,
      status: hospitalStatus,
      statusEvents: hospitalEvents,
    },
    route: routeLocation && {
      id: routeLocation.id,
      name: placeName(routeLocation),
      positions: (routeLocation.geometry as { coordinates: number[][] }).coordinates.map(toLatLng),
      geometrySource: routeLocation.geometrySource,
    },
    sources,
    relays,
    dataDate: dataDateOf(dates),
    inset,
    tiles,
    bounds: allPoints.length ? boundsOf(allPoints) : fallback,
    areaBounds: areas.length ? boundsOf(areas.flatMap((a) => a.positions)) : fallback,
  };
}
