import type { Location } from "@/lib/model";
import { perVersion } from "@/lib/queries/read-model";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { belongsTo } from "./membership";

/**
 * A situation's places: those it follows (its areas and facilities), those
 * that belong to it, and those its claims and accounts name, with each one's
 * parents, so every name a reader meets has its place.
 */
export function placesOfSituation(snapshot: SituationSnapshot): Location[] {
  return perVersion(snapshot, "places-of-situation", () => {
    const { situation } = snapshot;
    const wanted = new Set([...situation.placeIds, ...situation.facilityIds]);
    for (const claim of snapshot.claims) for (const id of claim.locationIds) wanted.add(id);
    for (const event of snapshot.events) for (const id of event.locationIds) wanted.add(id);
    for (const location of snapshot.locations) if (location.situationIds?.length && belongsTo(location, situation.id, snapshot.firstSituationId)) wanted.add(location.id);
    for (const id of [...wanted]) {
      for (let parent = snapshot.locationsById.get(id)?.parentId; parent && !wanted.has(parent); parent = snapshot.locationsById.get(parent)?.parentId) wanted.add(parent);
    }
    return snapshot.locations.filter((l) => wanted.has(l.id));
  });
}
