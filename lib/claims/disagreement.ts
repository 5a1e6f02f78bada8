import type { ClaimHistory } from "@/lib/queries/claim-history";
import { sameFigure } from "./keys";
import type { Claim } from "./types";
import type { VoiceOf } from "./voice";

/** A newer claim differing from the headline by more than this share of it is flagged on the card. */
export const DISAGREEMENT_SHARE = 0.2;

/**
 * Claims staff added after the figure shown (a headline, or a part of one),
 * about the same thing, that the card must flag until an editor pins one as
 * the headline or sets the flag aside (for a part of a sum, pinning does not
 * change the sum): any different count from the shown figure's own voice,
 * however small the difference, for a pin or a sum must never hide its own
 * source's newer count; from any other voice, a difference of more than 20 %.
 * Newest first. The bundled data raises no flags: its disagreements are shown
 * as ranges and source counts.
 */
export function disagreementsWith(shown: Claim, sameThing: Claim[], history: ClaimHistory, voiceOf: VoiceOf, { partOfSum = false } = {}): Claim[] {
  const shownAddedIn = history.addedByStaffIn.get(shown.id) ?? 0;
  const shownVoice = voiceOf(shown);
  const differs = (c: Claim) =>
    voiceOf(c) === shownVoice
      ? !sameFigure(c, shown)
      : shown.value === 0
        ? c.value > 0
        : Math.abs(c.value - shown.value) > DISAGREEMENT_SHARE * shown.value;
  return sameThing
    .filter(
      (c) =>
        c.id !== shown.id &&
        c.kind === "reported" &&
        c.status === "current" &&
        // Pinned, a claim becomes the headline; but a sum's parts are one report's counts, which a pin elsewhere does not change.
        (partOfSum || !c.pinnedReason) &&
        (history.addedByStaffIn.get(c.id) ?? 0) > shownAddedIn &&
        history.dismissed.get(c.id) !== shown.id &&
        differs(c),
    )
    .sort((a, b) => (history.addedByStaffIn.get(b.id) ?? 0) - (history.addedByStaffIn.get(a.id) ?? 0));
}
