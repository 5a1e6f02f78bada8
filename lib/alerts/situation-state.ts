import type { Claim } from "@/lib/claims/types";
import { inLocale } from "@/lib/i18n/locale-scope";
import { buildOverview } from "@/lib/queries/overview";
import { perVersionInLocale } from "@/lib/queries/read-model";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import type { Indicator, PopulationGroup } from "@/lib/model";
import type { NoticeFigure } from "./notice";

/** What a situation shows that subscribers follow, at one data version: the state the next is compared with. */
export interface SituationState {
  headlines: Record<string, { indicator: Indicator; group: PopulationGroup; placeIds: string[]; figure: NoticeFigure }>;
  /** "<card>:<claim>" for each flag on a card. */
  flags: Record<string, { cardKey: string; figure: NoticeFigure; shown: NoticeFigure }>;
  /** Each followed facility's latest status account. */
  facilities: Record<string, { eventId: string; status: string; sourceId: string; date?: string }>;
}

export function noticeFigure(claim: Claim): NoticeFigure {
  return {
    claimId: claim.id,
    value: claim.value,
    ...(claim.kind === "reported" && claim.valueHigh !== undefined ? { valueHigh: claim.valueHigh } : {}),
    qualifier: claim.qualifier,
    unit: claim.unit,
    ...(claim.kind === "reported" ? { sourceId: claim.sourceId } : claim.parts[0] ? { sourceId: claim.parts[0].sourceId } : {}),
    ...(claim.reportedAt ? { reportedAt: claim.reportedAt } : {}),
  };
}

/**
 * Read from the overview the reader sees, so a notice says exactly what the
 * page now says: the English overview built once per data version, the same
 * the English page uses (only its ids and keys are read here).
 */
export function situationState(snapshot: SituationSnapshot): SituationState {
  const overview = inLocale("en", () => perVersionInLocale(snapshot, "overview", () => buildOverview(snapshot)));
  const byId = snapshot.claimsById;
  const figureOf = (id: string) => noticeFigure(byId.get(id)!);
  const state: SituationState = { headlines: {}, flags: {}, facilities: {} };
  for (const card of overview.cards) {
    const claim = byId.get(card.headline.id);
    if (!claim) continue;
    state.headlines[card.key] = { indicator: card.indicator, group: card.group, placeIds: [...claim.locationIds], figure: noticeFigure(claim) };
    for (const flag of card.flags) {
      if (!byId.has(flag.claim.id) || !byId.has(flag.shown.id)) continue;
      state.flags[`${card.key}:${flag.claim.id}`] = { cardKey: card.key, figure: figureOf(flag.claim.id), shown: figureOf(flag.shown.id) };
    }
  }
  const events = new Map(snapshot.events.map((e) => [e.id, e]));
  for (const facility of overview.facilities) {
    const event = events.get(facility.latest.id);
    if (!event?.facilityStatus) continue;
    state.facilities[facility.locationId] = { eventId: event.id, status: event.facilityStatus, sourceId: event.sourceId, ...(event.date ? { date: event.date } : {}) };
  }
  return state;
}
