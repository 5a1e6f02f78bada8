import type { Claim } from "@/lib/claims/types";
import type { FigureFilters } from "./figure-filters";
import { perVersion } from "./read-model";
import type { Snapshot } from "./snapshot";

type Lists = Map<string, Claim[]>;

/** The claims under each value of each filter, in the order of the list indexed. */
export interface ClaimFilterIndex {
  indicator: Lists;
  location: Lists;
  source: Lists;
  status: Lists;
}

function add(lists: Lists, key: string, claim: Claim) {
  const list = lists.get(key);
  if (list) list.push(claim);
  else lists.set(key, [claim]);
}

function buildIndex(claims: Claim[]): ClaimFilterIndex {
  const index: ClaimFilterIndex = { indicator: new Map(), location: new Map(), source: new Map(), status: new Map() };
  for (const claim of claims) {
    add(index.indicator, claim.indicator, claim);
    add(index.status, claim.status, claim);
    for (const location of new Set(claim.locationIds)) add(index.location, location, claim);
    // ?source= matches who said it and who relayed it.
    for (const source of new Set([claim.sourceId, claim.via])) if (source) add(index.source, source, claim);
  }
  return index;
}

/**
 * The index of one ordered list of claims, built once per data version: a
 * filtered page starts from the shortest list its filters name instead of
 * scanning every claim. `key` names the order (e.g. "by-id").
 */
export function claimFilterIndex(snapshot: Snapshot, key: string, claims: Claim[]): ClaimFilterIndex {
  return perVersion(snapshot, `claim-filter-index:${key}`, () => buildIndex(claims));
}

/** The shortest list the filters name, or null when none is set. */
export function narrowestList(index: ClaimFilterIndex, filters: FigureFilters): Claim[] | null {
  let narrowest: Claim[] | null = null;
  for (const name of ["indicator", "location", "source", "status"] as const) {
    const value = filters[name];
    if (value === undefined) continue;
    const list = index[name].get(value) ?? [];
    if (!narrowest || list.length < narrowest.length) narrowest = list;
  }
  return narrowest;
}
