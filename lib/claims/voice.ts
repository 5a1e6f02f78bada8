import type { Source } from "@/lib/model";
import type { Claim } from "./types";

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

/**
 * The claim whose figure this one repeats, followed to its end (`takenFrom`,
 * known from any page: BCF's 138,750 on one page is the Ministry's figure
 * that BCF's report on another page credits). A link to a missing claim, or
 * a loop, stops where it breaks: the data-rules test refuses both.
 */
export function originOf(claim: Claim, claimsById: Map<string, Claim>): Claim {
  const seen = new Set([claim.id]);
  let origin = claim;
  for (let next = takenFromOf(origin); next && !seen.has(next); next = takenFromOf(origin)) {
    const found = claimsById.get(next);
    if (!found) break;
    seen.add(next);
    origin = found;
  }
  return origin;
}

const takenFromOf = (claim: Claim) => (claim.kind === "reported" ? claim.takenFrom : undefined);

/** The independent voice a claim counts under: its origin's source, then the body that source is part of. */
export type VoiceOf = (claim: Claim) => string;

export function claimVoices(claimsById: Map<string, Claim>, sourcesById: Map<string, Pick<Source, "partOf">>): VoiceOf {
  const known = new Map<string, string>();
  return (claim) => {
    let voice = known.get(claim.id);
    if (voice === undefined) {
      voice = voiceOf(originOf(claim, claimsById).sourceId, sourcesById);
      known.set(claim.id, voice);
    }
    return voice;
  };
}
