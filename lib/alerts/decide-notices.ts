import type { Claim } from "@/lib/claims/types";
import type { Notice } from "./notice";
import { noticeFigure, type SituationState } from "./situation-state";

const sameFigure = (a: { claimId: string; value: number; qualifier: string; valueHigh?: number }, b: typeof a) =>
  a.claimId === b.claimId && a.value === b.value && a.qualifier === b.qualifier && a.valueHigh === b.valueHigh;

/**
 * The notices between two states of a situation: a headline whose figure
 * changed (another claim, or the same claim's figure edited), a flag newly
 * raised, a facility whose latest status account changed, and each claim
 * added since. Pure: the same two states give the same notices.
 */
export function decideNotices(situationId: string, before: SituationState, after: SituationState, addedClaims: Claim[]): Notice[] {
  const notices: Notice[] = [];
  for (const [cardKey, now] of Object.entries(after.headlines)) {
    const was = before.headlines[cardKey];
    if (was && sameFigure(was.figure, now.figure)) continue;
    notices.push({ type: "headline", situationId, cardKey, indicator: now.indicator, group: now.group, placeIds: now.placeIds, figure: now.figure, ...(was ? { previous: was.figure } : {}) });
  }
  for (const [key, flag] of Object.entries(after.flags)) {
    if (before.flags[key]) continue;
    const card = after.headlines[flag.cardKey];
    if (!card) continue;
    notices.push({ type: "disagreement", situationId, cardKey: flag.cardKey, indicator: card.indicator, group: card.group, placeIds: card.placeIds, figure: flag.figure, shown: flag.shown });
  }
  for (const [placeId, now] of Object.entries(after.facilities)) {
    if (before.facilities[placeId]?.eventId === now.eventId) continue;
    notices.push({ type: "facility", situationId, placeIds: [placeId], eventId: now.eventId, status: now.status, sourceId: now.sourceId, ...(now.date ? { date: now.date } : {}) });
  }
  for (const claim of addedClaims) {
    notices.push({ type: "claim", situationId, indicator: claim.indicator, group: claim.group, placeIds: [...claim.locationIds], figure: noticeFigure(claim) });
  }
  return notices;
}
