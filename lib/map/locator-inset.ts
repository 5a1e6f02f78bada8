import { feature } from "topojson-client";
import type { Topology, GeometryObject } from "topojson-specification";
import type { Feature, Polygon, MultiPolygon } from "geojson";
import countries from "world-atlas/countries-50m.json";
import { extentOf } from "@/lib/math/extent";

export interface LocatorInset {
  width: number;
  height: number;
  countryPath: string;
  point: { x: number; y: number };
  /** The direction of the situation's route, when it has one. */
  arrow?: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * A small SVG of the country (its ISO 3166 numeric code, the feature id in
 * Natural Earth's world-atlas) with the situation's place and the direction
 * of its route, so a reader abroad sees where this is; none for a code
 * world-atlas does not have. Equirectangular with cos(latitude) is plenty at
 * country scale.
 */
export function buildLocatorInset(countryCode: string, place: [number, number], routeBearing?: number, width = 180): LocatorInset | undefined {
  const topology = countries as unknown as Topology;
  const collection = feature(topology, topology.objects.countries as GeometryObject);
  const country = (collection as unknown as { features: Feature<Polygon | MultiPolygon>[] }).features.find((f) => String(f.id) === countryCode);
  if (!country) return undefined;
  const rings = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const points = rings.flat(2);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const { min: minLon, max: maxLon } = extentOf(lons);
  const { min: minLat, max: maxLat } = extentOf(lats);
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const pad = 6;
  const scale = (width - 2 * pad) / ((maxLon - minLon) * kx);
  const height = Math.round((maxLat - minLat) * scale + 2 * pad);
  const project = ([lon, lat]: number[]) => ({ x: pad + (lon - minLon) * kx * scale, y: pad + (maxLat - lat) * scale });
  const countryPath = rings
    .flat()
    .map((ring) => ring.map((p, i) => `${i ? "L" : "M"}${project(p).x.toFixed(1)},${project(p).y.toFixed(1)}`).join("") + "Z")
    .join("");
  const point = project(place);
  // Direction only, as the route's own shape gives it.
  const arrowLength = width * 0.28;
  const arrow =
    routeBearing === undefined
      ? undefined
      : { x1: point.x + 5 * Math.cos(routeBearing), y1: point.y - 5 * Math.sin(routeBearing), x2: point.x + arrowLength * Math.cos(routeBearing), y2: point.y - arrowLength * Math.sin(routeBearing) };
  return { width, height, countryPath, point, arrow };
}
