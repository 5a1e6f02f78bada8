import { feature } from "topojson-client";
import type { Topology, GeometryObject } from "topojson-specification";
import type { Feature, Polygon, MultiPolygon } from "geojson";
import countries from "world-atlas/countries-50m.json";
import { extentOf } from "@/lib/math/extent";

/** Syria's ISO 3166 numeric code, the feature id in Natural Earth's world-atlas. */
const SYRIA_ID = "760";

export interface LocatorInset {
  width: number;
  height: number;
  syriaPath: string;
  point: { x: number; y: number };
  arrow: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * A small SVG of Syria with Aleppo and the direction of the evacuation, so a
 * reader abroad sees where this is. Equirectangular with cos(latitude) is
 * plenty at country scale.
 */
export function buildLocatorInset(aleppo: [number, number], width = 180): LocatorInset {
  const topology = countries as unknown as Topology;
  const collection = feature(topology, topology.objects.countries as GeometryObject);
  const syria = (collection as unknown as { features: Feature<Polygon | MultiPolygon>[] }).features.find(
    (f) => String(f.id) === SYRIA_ID,
  );
  if (!syria) throw new Error("Syria is missing from world-atlas");
  const rings = syria.geometry.type === "Polygon" ? [syria.geometry.coordinates] : syria.geometry.coordinates;
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
  const syriaPath = rings
    .flat()
    .map((ring) => ring.map((p, i) => `${i ? "L" : "M"}${project(p).x.toFixed(1)},${project(p).y.toFixed(1)}`).join("") + "Z")
    .join("");
  const point = project(aleppo);
  // Direction only: toward north and east Syria, the area the SDF statement names.
  const arrowLength = width * 0.28;
  return {
    width,
    height,
    syriaPath,
    point,
    arrow: { x1: point.x + 5, y1: point.y, x2: point.x + arrowLength, y2: point.y - arrowLength * 0.1 },
  };
}
