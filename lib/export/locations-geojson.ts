import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Location } from "@/lib/model";

export type LocationProperties = Omit<Location, "geometry">;

/** Locations as GeoJSON, the same shape as data/locations.geojson, so a boundary file can replace ours. */
export function locationsToGeoJson(locations: Location[]): FeatureCollection<Geometry | null, LocationProperties> {
  return {
    type: "FeatureCollection",
    features: locations.map(
      ({ geometry, ...properties }): Feature<Geometry | null, LocationProperties> => ({
        type: "Feature",
        id: properties.id,
        geometry: geometry as Geometry | null,
        properties,
      }),
    ),
  };
}
