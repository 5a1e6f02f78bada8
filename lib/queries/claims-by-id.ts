import type { Claim } from "@/lib/claims/types";
import type { Event } from "@/lib/model";
import { claimFilterIndex, type ClaimFilterIndex } from "./claim-filter-index";
import { perVersion } from "./read-model";
import type { Snapshot } from "./snapshot";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every claim ordered by id, the order API pages follow (ids never change), sorted once per version. */
export function claimsById(snapshot: Snapshot): Claim[] {
  return perVersion(snapshot, "claims-by-id", () => [...snapshot.claims].sort(byId));
}

/** Filters over the claims in id order, indexed once per version (see claim-filter-index.ts). */
export function claimsByIdIndex(snapshot: Snapshot): ClaimFilterIndex {
  return claimFilterIndex(snapshot, "by-id", claimsById(snapshot));
}

export function eventsById(snapshot: Snapshot): Event[] {
  return perVersion(snapshot, "events-by-id", () => [...snapshot.events].sort(byId));
}
