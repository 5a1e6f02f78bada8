import { byReportDateDesc } from "./headline";
import { claimGroupKey } from "./keys";
import type { Claim } from "./types";
import type { VoiceOf } from "./voice";

/** How many independent voices and reports stand behind current claims about one thing, and how far apart they are. */
export interface Agreement {
  sources: number;
  reports: number;
  low: number;
  high: number;
  /** The claims at either end of the range, so each end is shown with its own wording, source and date. */
  lowClaimId: string;
  highClaimId: string;
}

/** A claim's upper value: the top of a range, or the value itself. */
export const highOf = (claim: Claim) => (claim.kind === "reported" && claim.valueHigh !== undefined ? claim.valueHigh : claim.value);

/**
 * Independent voices (claims repeating another's figure count under its
 * origin's voice), reports and the range of the current claims given, which
 * must count one thing (lib/claims/keys.ts). Each end of the range is a
 * claim: among equal values, the latest report.
 */
export function agreementOf(claims: Claim[], voiceOfClaim: VoiceOf): Agreement | null {
  const current = claims.filter((c) => c.status === "current");
  if (current.length === 0) return null;
  let lowest = current[0];
  let highest = current[0];
  for (const claim of current) {
    if (claim.value < lowest.value || (claim.value === lowest.value && byReportDateDesc(claim, lowest) < 0)) lowest = claim;
    if (highOf(claim) > highOf(highest) || (highOf(claim) === highOf(highest) && byReportDateDesc(claim, highest) < 0)) highest = claim;
  }
  return {
    sources: new Set(current.map(voiceOfClaim)).size,
    reports: current.length,
    low: lowest.value,
    high: highOf(highest),
    lowClaimId: lowest.id,
    highClaimId: highest.id,
  };
}

/** One source's one figure and every report of it: "the governor: 155,000 (reported by 8 outlets)". */
export interface SourceValueGroup {
  key: string;
  sourceId: string;
  voice: string;
  value: number;
  valueHigh?: number;
  /** In the order given; the first is the group's representative. */
  claims: Claim[];
}

/**
 * Groups claims about the same thing by source and value, so relays of one
 * figure never look like corroboration. Groups keep the order of their first
 * claim in `claims`, and claims their order within a group. Current and
 * replaced claims never share a group.
 */
export function groupBySourceAndValue(claims: Claim[], voiceOfClaim: VoiceOf): SourceValueGroup[] {
  const groups = new Map<string, SourceValueGroup>();
  for (const claim of claims) {
    const valueHigh = claim.kind === "reported" ? claim.valueHigh : undefined;
    const key = [claimGroupKey(claim), claim.sourceId, claim.value, valueHigh ?? "", claim.status].join("|");
    let group = groups.get(key);
    if (!group) {
      group = { key, sourceId: claim.sourceId, voice: voiceOfClaim(claim), value: claim.value, valueHigh, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

/** Voices that give different current figures for one thing: a discrepancy within a source, shown, never resolved for the reader. */
export function discrepanciesWithin(claims: Claim[], voiceOfClaim: VoiceOf): Map<string, number[]> {
  const valuesByVoice = new Map<string, Set<number>>();
  for (const claim of claims.filter((c) => c.status === "current")) {
    const voice = voiceOfClaim(claim);
    valuesByVoice.set(voice, (valuesByVoice.get(voice) ?? new Set()).add(claim.value));
  }
  return new Map([...valuesByVoice].filter(([, values]) => values.size > 1).map(([voice, values]) => [voice, [...values].sort((a, b) => a - b)]));
}
