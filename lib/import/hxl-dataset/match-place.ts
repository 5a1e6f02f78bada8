import type { LocationKind, PCodes } from "@/lib/model";
import { fold } from "@/lib/intake/fold";
import type { PlaceLevel } from "./hashtag-rules";

/** A place of the situation, as a dataset's admin columns can name it. */
export interface DatasetPlace {
  id: string;
  parentId?: string;
  kind: LocationKind;
  names: string[];
  pcodes?: PCodes;
}

/**
 * An admin column names an administrative unit: a governorate is not its
 * capital city, though both lie in SY02. Admin levels 1 to 3 name regions;
 * level 4 and #loc name communities (a city, a neighbourhood) and sites.
 */
const kindsAt: Record<PlaceLevel, LocationKind[]> = {
  adm1: ["region"],
  adm2: ["region"],
  adm3: ["region"],
  adm4: ["city", "neighbourhood"],
  loc: ["city", "neighbourhood", "facility", "route"],
};

const pcodeKey: Record<PlaceLevel, keyof PCodes | undefined> = { adm1: "admin1", adm2: "admin2", adm3: "admin3", adm4: "admin4", loc: "admin4" };

/**
 * The place a row's narrowest filled level names, by name (any of its names
 * or other spellings, folded) and by P-code; with both, both must agree
 * unless the place has no P-code at that level. Several places left (a
 * P-code shared by a city and its neighbourhoods): the widest of them, the
 * one the code names. Never a wider level than the row gives: a
 * neighbourhood's count is not the city's.
 */
export function matchPlace(places: DatasetPlace[], level: PlaceLevel, name: string | undefined, code: string | undefined): DatasetPlace[] {
  const key = pcodeKey[level];
  places = places.filter((p) => kindsAt[level].includes(p.kind));
  const byName = name ? places.filter((p) => p.names.some((n) => fold(n) === fold(name))) : undefined;
  const byCode = code ? places.filter((p) => p.id === code || (key && p.pcodes?.[key]?.toUpperCase() === code.toUpperCase())) : undefined;
  let found: DatasetPlace[];
  if (byName && byCode) {
    const both = byName.filter((p) => byCode.includes(p));
    found = both.length ? both : byName.filter((p) => !(key && p.pcodes?.[key]));
  } else found = byName ?? byCode ?? [];
  if (found.length > 1) found = found.filter((p) => !found.some((q) => q.id === p.parentId));
  return found;
}
