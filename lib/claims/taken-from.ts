import type { Figure } from "@/lib/model";
import { claimGroupKey, sameFigure } from "./keys";

/**
 * What is wrong with `claim.takenFrom`, or null. A claim may only name as its
 * origin a claim that gives the same figure for the same thing (a repeat is
 * a repeat), and following the links must end: a loop would leave no voice
 * to count.
 */
export function takenFromProblem(claim: Figure, figures: Map<string, Figure>): string | null {
  if (!claim.takenFrom) return null;
  const origin = figures.get(claim.takenFrom);
  if (!origin) return `repeats '${claim.takenFrom}', which does not exist`;
  if (claimGroupKey(origin) !== claimGroupKey(claim)) return `repeats '${origin.id}', which counts something else (indicator, group, unit, places or period differ)`;
  if (!sameFigure(origin, claim)) return `repeats '${origin.id}', whose figure differs (${origin.value}, not ${claim.value})`;
  const seen = new Set([claim.id]);
  for (let next: Figure | undefined = origin; next; next = next.takenFrom ? figures.get(next.takenFrom) : undefined) {
    if (seen.has(next.id)) return `repeats '${origin.id}', whose links lead back to '${next.id}': a loop`;
    seen.add(next.id);
  }
  return null;
}
