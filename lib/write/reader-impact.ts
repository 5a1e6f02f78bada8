import { asReported, type Claim } from "@/lib/claims/types";
import { cardTitle, flagText } from "@/lib/format/card-texts";
import { situationsOfRecord } from "@/lib/situations/membership";
import { inSituation } from "@/lib/situations/scope";
import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { Figure } from "@/lib/model";
import { buildOverview } from "@/lib/queries/overview";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { snapshotOf, type Snapshot } from "@/lib/queries/snapshot";
import { headlineImpact } from "./headline-impact";

/**
 * What readers will see once this claim is saved, in words, for the editor
 * to confirm first: each headline card whose figure changes, and each flag
 * the claim raises, worded as the card will word it; else what happens to
 * the headline of what it counts; null when nothing a reader sees changes.
 */
export function readerImpact(snapshot: Snapshot, figure: Figure): string | null {
  const t = getMessages();
  const s = getStaffMessages();
  const claim = asReported(figure);
  // A part of a computed sum changes the sum, which only the database recomputes: say what the headline rule gives.
  const isPart = snapshot.claims.some((c) => c.kind === "derived" && c.parts.some((p) => p.id === claim.id));
  if (isPart) return headlineImpact(snapshot, figure);
  const isNew = !snapshot.claimsById.has(claim.id);
  const version = snapshot.version + 1;
  const history = {
    ...snapshot.history,
    changedIn: new Map(snapshot.history.changedIn).set(claim.id, version),
    addedByStaffIn: isNew ? new Map(snapshot.history.addedByStaffIn).set(claim.id, version) : snapshot.history.addedByStaffIn,
  };
  const claims: Claim[] = [...snapshot.claims.filter((c) => c.id !== claim.id), claim];
  const afterWhole = snapshotOf({ ...snapshot, version, claims, history });
  const changes: string[] = [];
  // Each situation the claim belongs to: its cards are what readers of that situation see.
  for (const id of situationsOfRecord(figure, snapshot.firstSituationId)) {
    const situation = snapshot.situationsById.get(id);
    if (!situation) continue;
    const now = inSituation(snapshot, situation);
    const after = buildOverview({ ...inSituation(afterWhole, situation) });
    // The overview as readers see it now: built once per data version, as the pages build it.
    const before = new Map(perVersionInLocale(now, "overview", () => buildOverview(now)).cards.map((card) => [card.key, card]));
    for (const card of after.cards) {
      const was = before.get(card.key);
      const what = cardTitle(card, t);
      if (!was || was.headline.id !== card.headline.id || was.headline.valueText !== card.headline.valueText) {
        changes.push(s.claim.readersSeeCard(what, card.headline.valueText, card.headline.sourceShort));
      }
      for (const flag of card.flags) {
        if (flag.claim.id === claim.id) changes.push(s.claim.readersSeeFlag(what, card.headline.valueText, flagText(flag, card.headline)));
      }
    }
  }
  return changes.length ? changes.join(" ") : headlineImpact(snapshot, figure);
}
