import type { Location, Situation, Source } from "@/lib/model";
import { belongsTo } from "@/lib/situations/membership";
import type { IntakeContext } from "./extract";

/** Every name a place goes by: its name, its names in each language and the other spellings editors recorded. */
export const namesOfPlace = (place: Location) => [...new Set([place.name, ...Object.values(place.names), ...(place.aliases ?? [])].filter((n): n is string => Boolean(n)))];

/** Every name a source goes by: its name, short name and the aliases editors recorded. */
export const namesOfSource = (source: Source) => [...new Set([source.name, source.short, ...(source.aliases ?? [])])];

/** A situation's places: those it lists, its map's locator, and those that follow it. */
export function placesOfSituation(records: { situation: Situation; locations: Location[]; firstSituationId?: string }): Location[] {
  const { situation } = records;
  const listed = new Set([...situation.placeIds, ...situation.facilityIds, situation.mapView.locatorPlaceId]);
  return records.locations.filter((place) => listed.has(place.id) || belongsTo(place, situation.id, records.firstSituationId));
}

/**
 * What a report pasted into a situation is read against: the situation's
 * places (those it lists and those that follow it), every source, and the
 * outlet that published the text.
 */
export function intakeContext(records: { situation: Situation; locations: Location[]; sources: Source[]; firstSituationId?: string }, outlet?: string): IntakeContext {
  return {
    places: placesOfSituation(records).map((place) => ({ id: place.id, names: namesOfPlace(place) })),
    sources: records.sources.map((source) => ({ id: source.id, names: namesOfSource(source) })),
    outletSourceId: outlet,
  };
}
