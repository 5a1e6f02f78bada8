import type { Agreement } from "@/lib/claims/agreement";
import type { HeadlineRule } from "@/lib/claims/headline";
import type { Claim } from "@/lib/claims/types";
import { HOSPITAL_ID, hospitalStatusEvents, isHospitalStatus, neighbourhoodsTarget, SEED_REPORT_ID } from "./places";
import { disagreementsWith } from "@/lib/claims/disagreement";
import { claimsLike, headlineFor } from "./claim-groups";
import { summarizeClaim, type ClaimSummary } from "./claim-summary";
import { latestPlacedEvent, sortEventsInTime } from "@/lib/events/order";
import { summarizeEvent, type EventSummary } from "./event-summary";
import type { Snapshot } from "./snapshot";
import { sameFigure, type ClaimTarget } from "@/lib/claims/keys";
import type { Indicator } from "@/lib/model";
import { placeNameOf } from "@/lib/i18n/place-name";

/** The report the dataset starts from; the overview tells its story, the timeline page every account. */

const cardIndicators = ["displaced", "killed", "injured"] as const;

export interface FigureCard {
  key: (typeof cardIndicators)[number];
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

export interface HospitalCard {
  key: "hospital";
  locationId: string;
  locationName: string;
  latest: EventSummary;
  statusReports: number;
}

export interface Overview {
  cards: FigureCard[];
  hospital: HospitalCard | null;
  /** The seed report's accounts, in time order. */
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
const CONTEXT_INDICATORS: Partial<Record<FigureCard["key"], Indicator[]>> = { displaced: ["still_displaced", "returned", "population"] };

function contextOf(key: FigureCard["key"], target: ClaimTarget, snapshot: Snapshot): ClaimSummary[] {
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

export function buildOverview(snapshot: Snapshot): Overview {
  const cards: FigureCard[] = [];
  for (const indicator of cardIndicators) {
    const choice = headlineFor(neighbourhoodsTarget(indicator), snapshot);
    if (!choice) continue;
    cards.push({
      ...monitoring(choice.headline, snapshot),
      key: indicator,
      headline: summarizeClaim(choice.headline, snapshot),
      rule: choice.rule,
      pinnedReason: choice.headline.pinnedReason,
      pinned: choice.headline.pinnedReason ? pinnedSince(choice.headline, snapshot) : undefined,
      derivedLabel: choice.headline.kind === "derived" ? choice.headline.label : undefined,
      agreement: choice.agreement,
      lowest: summarizeClaim(snapshot.claimsById.get(choice.agreement.lowClaimId) ?? choice.headline, snapshot),
      highest: summarizeClaim(snapshot.claimsById.get(choice.agreement.highClaimId) ?? choice.headline, snapshot),
      carriedBy: carriedBy(choice.headline, claimsLike(choice.headline, snapshot), snapshot),
      context: contextOf(indicator, neighbourhoodsTarget(indicator), snapshot),
      breakdown: breakdownOf(choice.headline, snapshot),
    });
  }
  const timeline = sortEventsInTime(snapshot.events);
  const hospitalEvents = hospitalStatusEvents(snapshot);
  const latest = latestPlacedEvent(snapshot.events, isHospitalStatus);
  return {
    cards,
    hospital: latest
      ? {
          key: "hospital",
          locationId: HOSPITAL_ID,
          locationName: placeNameOf(snapshot.locationsById, HOSPITAL_ID),
          latest: summarizeEvent(latest, snapshot),
          statusReports: hospitalEvents.length,
        }
      : null,
    events: timeline.filter((e) => e.sourceId === SEED_REPORT_ID || e.via === SEED_REPORT_ID).map((e) => summarizeEvent(e, snapshot)),
    allEvents: { accounts: timeline.length, sources: new Set(timeline.map((e) => e.sourceId)).size },
  };
}
