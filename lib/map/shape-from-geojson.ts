/** A shape given as GeoJSON text that cannot be a place's geometry; the message names what is wrong. */
export class ShapeTextError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The geometry in a pasted or uploaded GeoJSON text: a geometry, a Feature,
 * or a FeatureCollection of exactly one Feature (what mapping tools save for
 * one drawn shape). The place's schema then checks the geometry itself
 * (closed rings, WGS 84 bounds, a sane area).
 */
export function shapeFromGeoJson(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ShapeTextError(`is not GeoJSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw new ShapeTextError("must be a GeoJSON object: a geometry, a Feature or a FeatureCollection of one Feature");
  if (parsed.type === "FeatureCollection") {
    const features = Array.isArray(parsed.features) ? parsed.features : [];
    if (features.length !== 1) throw new ShapeTextError(`holds ${features.length} features: give the one shape of this place`);
    return shapeFromGeoJson(JSON.stringify(features[0]));
  }
  if (parsed.type === "Feature") {
    if (!isObject(parsed.geometry)) throw new ShapeTextError("is a Feature without a geometry");
    return parsed.geometry;
  }
  if (!["Point", "LineString", "Polygon", "MultiPolygon"].includes(String(parsed.type))) {
    throw new ShapeTextError(`is a GeoJSON ${String(parsed.type)}: give a Polygon or MultiPolygon (or a Point)`);
  }
  return parsed;
}
