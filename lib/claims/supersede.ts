import type { Figure } from "@/lib/model";
import { claimGroupKey } from "./keys";

/**
 * What is wrong with `claim.supersedes`, or null. A claim replaces an earlier
 * one only as its own source's later count of the same thing, not lower: a
 * cumulative count does not fall without a text saying so, and without one
 * both stay current as a discrepancy within the source.
 */
export function supersedeProblem(claim: Figure, replaced: Figure | undefined): string | null {
  if (!claim.supersedes) return null;
  if (!replaced) return `replaces '${claim.supersedes}', which does not exist`;
  if (replaced.sourceId !== claim.sourceId) return `replaces a claim by another source ('${replaced.sourceId}'); only a source's own later count replaces its earlier one`;
  if (claimGroupKey(replaced) !== claimGroupKey(claim)) return `replaces '${replaced.id}', which counts something else (indicator, group, unit, places or period differ)`;
  if (!claim.reportedAt || !replaced.reportedAt) return `cannot be shown to come after '${replaced.id}': both reports need a date`;
  if (claim.reportedAt < replaced.reportedAt) return `is dated before the claim it replaces ('${replaced.id}', ${replaced.reportedAt})`;
  if (claim.value < (replaced.valueHigh ?? replaced.value)) {
    return `is lower than the count it replaces (${replaced.value}); leave both current, as a discrepancy within the source`;
  }
  if (replaced.status !== "superseded") return `replaces '${replaced.id}', whose status is still current`;
  return null;
}
