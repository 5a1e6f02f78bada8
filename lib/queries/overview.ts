import type { Agreement } from "@/lib/claims/agreement";
import type { HeadlineRule } from "@/lib/claims/headline";
import type { Claim } from "@/lib/claims/types";
import { cardKey, facilityStatusEvents, headlineTarget, isLeadAccount } from "@/lib/situations/targets";
import { disagreementsWith } from "@/lib/claims/disagreement";
import { claimsLike, headlineFor } from "./claim-groups";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import { latestPlacedEvent, sortEventsInTime } from "@/lib/events/order";
import { summarizeEvent, type EventSummary } from "./event-summary";
import type { SituationSnapshot, Snapshot } from "./snapshot";
import { sameFigure, type ClaimTarget } from "@/lib/claims/keys";
import type { Indicator, PopulationGroup } from "@/lib/model";
import { placeNameOf } from "@/lib/i18n/place-name";

export interface FigureCard {
  /** "killed", or "killed-civilians" for a card about one group (lib/situations/targets.ts). */
  key: string;
  indicator: Indicator;
  group: PopulationGroup;
  headline: ClaimSummary;
  rule: HeadlineRule;
  pinnedReason?: string;
  /** For a pinned headline: the day editors pinned it, and how many reports about the same thing staff added since. */
  pinned?: { at?: string; newerReports: number };
  derivedLabel?: string;
  /** Independent voices, reports and the range of current claims about the same thing, the headline's included. */
  agreement: Agreement;
  /** The claims at either end of that range, each shown with its own wording, source and date. */
  lowest: ClaimSummary;
  highest: ClaimSummary;
  /** How many current reports carry the headline's own figure from its voice; with one, the report it stands in. */
  carriedBy: { reports: number; onlyIn?: string };
  /**
   * Figures that give this one its scale, each its own claim with source and
   * date: for the displaced, how many remain displaced, how many returned,
   * and how many people live there. At the card's places, or else at the
   * place that holds them (a city count is shown as the city's, never as
   * the neighbourhoods').
   */
  context: ClaimSummary[];
  breakdown: ClaimSummary[];
  /**
   * Newer claims staff added that differ from the figure shown (the headline
   * or a part of its sum): any different count from its own voice, or more
   * than 20 % from another; `partOfSum` says which figure, `sameVoice` why.
   */
  flags: { claim: ClaimSummary; shown: ClaimSummary; partOfSum: boolean; sameVoice: boolean }[];
  /** The latest data version that changed a claim about this: "new since you last looked". */
  changedIn: number;
}

/** A facility the situation follows: its latest reported status. */
export interface FacilityCard {
  locationId: string;
  locationName: string;
  latest: EventSummary;
  statusReports: number;
}

export interface Overview {
  cards: FigureCard[];
  /** The facilities the situation follows that have a reported status, in the situation's order. */
  facilities: FacilityCard[];
  /** The accounts of the report the situation starts from, in time order. */
  events: EventSummary[];
  /** How many accounts there are in all, from how many sources, for the link to the timeline. */
  allEvents: { accounts: number; sources: number };
}

function breakdownOf(claim: Claim, snapshot: Snapshot): ClaimSummary[] {
  return claim.kind === "derived" ? claim.parts.map((p) => summarizeClaim(p, snapshot)) : [];
}

/** Flags against the headline and, for a sum, against each part, with the newest change among all of them. */
function monitoring(headline: Claim, snapshot: Snapshot): Pick<FigureCard, "flags" | "changedIn"> {
  const shownFigures = headline.kind === "derived" ? [headline, ...headline.parts] : [headline];
  const flags: FigureCard["flags"] = [];
  let changedIn = 0;
  for (const shown of shownFigures) {
    const sameThing = claimsLike(shown, snapshot);
    for (const claim of sameThing) changedIn = Math.max(changedIn, snapshot.history.changedIn.get(claim.id) ?? 0);
    const partOfSum = shown !== headline;
    for (const claim of disagreementsWith(shown, sameThing, snapshot.history, snapshot.voiceOf, { partOfSum })) {
      flags.push({ claim: summarizeClaim(claim, snapshot), shown: summarizeClaim(shown, snapshot), partOfSum, sameVoice: snapshot.voiceOf(claim) === snapshot.voiceOf(shown) });
    }
  }
  return { flags, changedIn };
}

/**
 * The current reports that give the headline's own figure from its voice (a
 * relay of it included): "only in one report" when the figure stands in
 * nothing else we hold, named by the page it stands on.
 */
function carriedBy(headline: Claim, sameThing: Claim[], snapshot: Snapshot): FigureCard["carriedBy"] {
  const voice = snapshot.voiceOf(headline);
  const carriers = sameThing.filter((c) => c.status === "current" && sameFigure(c, headline) && snapshot.voiceOf(c) === voice);
  const reports = new Set(carriers.map((c) => c.url ?? c.via ?? c.id)).size;
  if (reports > 1) return { reports };
  const page = headline.via ?? headline.sourceId;
  return { reports: 1, onlyIn: snapshot.sourcesById.get(page)?.short ?? page };
}

/** What puts each card's count in context. */
const CONTEXT_INDICATORS: Partial<Record<Indicator, Indicator[]>> = { displaced: ["still_displaced", "returned", "population"] };

function contextOf(key: Indicator, target: ClaimTarget, snapshot: Snapshot): ClaimSummary[] {
  const parents = [...new Set(target.locationIds.map((id) => snapshot.locationsById.get(id)?.parentId).filter((id): id is string => Boolean(id)))];
  const placeSets = parents.length ? [target.locationIds, parents] : [target.locationIds];
  return (CONTEXT_INDICATORS[key] ?? []).flatMap((indicator) => {
    for (const locationIds of placeSets) {
      const choice = headlineFor({ ...target, indicator, locationIds }, snapshot);
      if (choice) return [summarizeClaim(choice.headline, snapshot)];
    }
    return [];
  });
}

/** A pin stands until editors change it: the card says since when, and how many reports came after. */
function pinnedSince(headline: Claim, snapshot: Snapshot): FigureCard["pinned"] {
  const pin = snapshot.history.pinnedIn.get(headline.id);
  if (!pin) return undefined;
  const newer = claimsLike(headline, snapshot).filter((c) => c.id !== headline.id && c.status === "current" && (snapshot.history.addedByStaffIn.get(c.id) ?? 0) > pin.version);
  return { at: pin.at, newerReports: newer.length };
}

export function buildOverview(snapshot: SituationSnapshot): Overview {
  const { situation } = snapshot;
  const cards: FigureCard[] = [];
  for (const card of situation.headline) {
    const target = headlineTarget(situation, card);
    const choice = headlineFor(target, snapshot);
    if (!choice) continue;
    cards.push({
      ...monitoring(choice.headline, snapshot),
      key: cardKey(card),
      indicator: card.indicator,
      group: card.group,
      headline: summarizeClaim(choice.headline, snapshot),
      rule: choice.rule,
      pinnedReason: choice.headline.pinnedReason,
      pinned: choice.headline.pinnedReason ? pinnedSince(choice.headline, snapshot) : undefined,
      derivedLabel: choice.headline.kind === "derived" ? choice.headline.label : undefined,
      agreement: choice.agreement,
      lowest: summarizeClaim(snapshot.claimsById.get(choice.agreement.lowClaimId) ?? choice.headline, snapshot),
      highest: summarizeClaim(snapshot.claimsById.get(choice.agreement.highClaimId) ?? choice.headline, snapshot),
      carriedBy: carriedBy(choice.headline, claimsLike(choice.headline, snapshot), snapshot),
      context: card.group === "all" ? contextOf(card.indicator, target, snapshot) : [],
      breakdown: breakdownOf(choice.headline, snapshot),
    });
  }
  const timeline = sortEventsInTime(snapshot.events);
  return {
    cards,
    facilities: situation.facilityIds.flatMap((locationId): FacilityCard[] => {
      const reports = facilityStatusEvents(snapshot, locationId);
      const latest = latestPlacedEvent(snapshot.events, (e) => e.kind === "facility-status" && e.locationIds.includes(locationId));
      return latest ? [{ locationId, locationName: placeNameOf(snapshot.locationsById, locationId), latest: summarizeEvent(latest, snapshot), statusReports: reports.length }] : [];
    }),
    events: timeline.filter(isLeadAccount(situation)).map((e) => summarizeEvent(e, snapshot)),
    allEvents: { accounts: timeline.length, sources: new Set(timeline.map((e) => e.sourceId)).size },
  };
}
