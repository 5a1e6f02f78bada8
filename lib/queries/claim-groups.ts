import { claimGroupKey } from "@/lib/claims/keys";
import { chooseHeadline, type HeadlineChoice } from "@/lib/claims/headline";
import type { Claim } from "@/lib/claims/types";
import type { Snapshot } from "./snapshot";

export function claimsLike(target: Pick<Claim, "indicator" | "group" | "unit" | "locationIds">, snapshot: Snapshot): Claim[] {
  const key = claimGroupKey(target);
  return snapshot.claims.filter((c) => claimGroupKey(c) === key);
}

export function headlineFor(
  target: Pick<Claim, "indicator" | "group" | "unit" | "locationIds">,
  snapshot: Snapshot,
): HeadlineChoice | null {
  return chooseHeadline(claimsLike(target, snapshot), snapshot.sourcesById);
}
