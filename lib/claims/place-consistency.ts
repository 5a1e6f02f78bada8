import type { Figure } from "@/lib/model";

type Placed = Pick<Figure, "id" | "sourceId" | "indicator" | "group" | "unit" | "value" | "locationIds">;

/**
 * Pairs of reports of one source's one figure that are placed differently.
 * Rule 4.2 of lib/claims/README.md: a relay takes the place its source gives,
 * so one figure from one source has one set of places, whoever relayed it.
 */
export function placeConflicts(claims: Placed[]): [string, string][] {
  const firstOf = new Map<string, Placed>();
  const conflicts: [string, string][] = [];
  for (const claim of claims) {
    const figureKey = [claim.sourceId, claim.indicator, claim.group, claim.unit, claim.value].join("|");
    const first = firstOf.get(figureKey);
    if (!first) firstOf.set(figureKey, claim);
    else if ([...first.locationIds].sort().join("+") !== [...claim.locationIds].sort().join("+")) conflicts.push([first.id, claim.id]);
  }
  return conflicts;
}
