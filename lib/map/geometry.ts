import type { Geometry } from "@/lib/model";

type Ring = number[][];
type Areal = Extract<Geometry, { type: "Polygon" | "MultiPolygon" }>;

/** Each polygon's outer ring, [lng, lat] as stored. */
export function outerRings(geometry: Areal): Ring[] {
  return geometry.type === "Polygon" ? [geometry.coordinates[0]] : geometry.coordinates.map((polygon) => polygon[0]);
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** A ring's area on the sphere in m², whichever way it winds (Chamberlain and Duquette's formula, as turf uses). */
export function ringAreaM2(ring: Ring): number {
  let total = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [lng1, lat1] = ring[i];
    const [lng2, lat2] = ring[i + 1];
    total += rad(lng2 - lng1) * (2 + Math.sin(rad(lat1)) + Math.sin(rad(lat2)));
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

/** The area a polygon or multipolygon covers in m²: outer rings less their holes. */
export function areaM2(geometry: Areal): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, [outer, ...holes]) => sum + ringAreaM2(outer) - holes.reduce((h, ring) => h + ringAreaM2(ring), 0), 0);
}
