import { z } from "zod";
import type { Claim } from "@/lib/claims/types";
import type { Event } from "@/lib/model";
import type { Snapshot } from "./snapshot";

/** `?ids=a,b,c`: the claims and events behind one chart or view. Unknown ids are left out. */
export const SelectionQuery = z.object({
  ids: z
    .string()
    .transform((s) => s.split(",").map((id) => id.trim()).filter(Boolean))
    .catch([])
    .default([]),
});

export interface Selection {
  claims: Claim[];
  events: Event[];
}

export function selectionOf(snapshot: Snapshot, ids: string[]): Selection {
  const eventsById = new Map(snapshot.events.map((e) => [e.id, e]));
  const unique = [...new Set(ids)];
  return {
    claims: unique.flatMap((id) => snapshot.claimsById.get(id) ?? []),
    events: unique.flatMap((id) => eventsById.get(id) ?? []),
  };
}
