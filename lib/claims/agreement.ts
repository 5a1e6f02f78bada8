import type { Source } from "@/lib/model";
import { claimGroupKey } from "./keys";
import type { Claim } from "./types";
import { maxOf, minOf } from "@/lib/math/extent";

/**
 * The body a source speaks for: the outermost one it is formally part of
 * (`partOf`). Nine outlets and three offices of one government are one voice.
 */
export function voiceOf(sourceId: string, sourcesById: Map<string, Pick<Source, "partOf">>): string {
  const seen = new Set([sourceId]);
  let id = sourceId;
  for (let parent = sourcesById.get(id)?.partOf; parent && !seen.has(parent); parent = sourcesById.get(id)?.partOf) {
    seen.add(parent);
    id = parent;
  }
  return id;
}

/** How many independent voices and reports stand behind current claims about one thing, and how far apart they are. */
export interface Agreement {
  sources: number;
  reports: number;
  low: number;
  high: number;
}

/** A claim's upper value: the top of a range, or the value itself. */
export const highOf = (claim: Claim) => (claim.kind === "reported" && claim.valueHigh !== undefined ? claim.valueHigh : claim.value);

export function agreementOf(claims: Claim[], sourcesById: Map<string, Pick<Source, "partOf">>): Agreement | null {
  const current = claims.filter((c) => c.status === "current");
  if (current.length === 0) return null;
  return {
    sources: new Set(current.map((c) => voiceOf(c.sourceId, sourcesById))).size,
    reports: current.length,
    low: minOf(current.map((c) => c.value)),
    high: maxOf(current.map(highOf)),
  };
}

/** One source's one figure and every report of it: "Aleppo governor: 155,000 (reported by 8 outlets)". */
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
export function groupBySourceAndValue(claims: Claim[], sourcesById: Map<string, Pick<Source, "partOf">>): SourceValueGroup[] {
  const groups = new Map<string, SourceValueGroup>();
  for (const claim of claims) {
    const valueHigh = claim.kind === "reported" ? claim.valueHigh : undefined;
    const key = [claimGroupKey(claim), claim.sourceId, claim.value, valueHigh ?? "", claim.status].join("|");
    let group = groups.get(key);
    if (!group) {
      group = { key, sourceId: claim.sourceId, voice: voiceOf(claim.sourceId, sourcesById), value: claim.value, valueHigh, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

/** Voices that give different current figures for one thing: a discrepancy within a source, shown, never resolved for the reader. */
export function discrepanciesWithin(claims: Claim[], sourcesById: Map<string, Pick<Source, "partOf">>): Map<string, number[]> {
  const valuesByVoice = new Map<string, Set<number>>();
  for (const claim of claims.filter((c) => c.status === "current")) {
    const voice = voiceOf(claim.sourceId, sourcesById);
    valuesByVoice.set(voice, (valuesByVoice.get(voice) ?? new Set()).add(claim.value));
  }
  return new Map([...valuesByVoice].filter(([, values]) => values.size > 1).map(([voice, values]) => [voice, [...values].sort((a, b) => a - b)]));
}
