import type { Location } from "@/lib/model";
import { currentLocale } from "./current-locale";
import type { Locale } from "./locales";

/**
 * A place's name in the reader's language, as texts give it (data/locations.geojson
 * `names`); where no text gives one, its English name, which Kurmanji readers
 * read in the same Latin script.
 */
export function placeName(location: Pick<Location, "name" | "names">, locale: Locale = currentLocale()): string {
  return (locale !== "en" && location.names[locale]) || location.name;
}

/** The name of the place with `id`, or the id itself when no such place is stored. */
export function placeNameOf(locationsById: ReadonlyMap<string, Location>, id: string, locale: Locale = currentLocale()): string {
  const location = locationsById.get(id);
  return location ? placeName(location, locale) : id;
}
