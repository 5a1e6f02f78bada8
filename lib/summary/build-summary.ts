import type { Agreement } from "@/lib/claims/agreement";
import { buildOverview, type FacilityCard, type FigureCard } from "@/lib/queries/overview";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import { summarizeEvent, type EventSummary } from "@/lib/queries/event-summary";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { isLeadAccount } from "@/lib/situations/targets";
import { situationArea, situationTitle } from "@/lib/situations/texts";
import type { Event, Source } from "@/lib/model";
import { dataDateOf } from "@/lib/claims/data-date";
import { briefGraphicsDates } from "./summary-graphics";

/** Current claims within this share of each other count as agreeing: reports of one count rarely match to the person. */
export const AGREEMENT_SPREAD = 0.1;

/** How many accounts "what happened" tells: the brief is read in a minute. */
const MAX_EVENTS = 5;

/**
 * How sure a figure is: one independent source only; several that agree
 * (all current claims within 10 % of each other); or several that differ.
 */
export type Certainty = "one-source" | "agree" | "differ";

export interface SummaryFigure {
  key: FigureCard["key"];
  indicator: FigureCard["indicator"];
  group: FigureCard["group"];
  headline: ClaimSummary;
  agreement: Agreement;
  certainty: Certainty;
  /** The parts of a computed total ("at least 38 fighters, 1 Asayish member, 43 civilians"). */
  breakdown: ClaimSummary[];
  /** The current claims at either end of the range, as their sources worded them ("at least 9", TRT World). */
  lowest: ClaimSummary;
  highest: ClaimSummary;
  /** What the overview's card flags: the brief never shows a figure whose own source has said otherwise since without saying so. */
  flags: FigureCard["flags"];
  /** What gives the figure its scale: still displaced, returned, the population (FigureCard.context). */
  context: ClaimSummary[];
}

export interface SummarySource {
  id: string;
  name: string;
  short: string;
  reliability: Source["reliability"];
}

export interface Summary {
  version: number;
  situationId: string;
  /** The situation's title in the reader's language. */
  title: string;
  /** The situation's own places, named as the data names them. */
  area: string;
  /** The latest date of a report or account the brief shows. */
  dataDate?: string;
  figures: SummaryFigure[];
  facilities: FacilityCard[];
  /** What happened, one dated account a day from the best-graded sources and the situation's lead report, each linked to its account. */
  events: EventSummary[];
  /** Every source behind a headline, a range's ends, the hospital's status or an account in the brief, best grade first. */
  sources: SummarySource[];
  /** How many sources the full dataset holds, for "and N more on the sources page". */
  allSources: number;
}

export function certaintyOf(agreement: Pick<Agreement, "sources" | "reports" | "low" | "high">): Certainty {
  if (agreement.sources <= 1) return "one-source";
  return agreement.high - agreement.low <= AGREEMENT_SPREAD * agreement.high ? "agree" : "differ";
}

/** Grades a brief tells what happened from, with the situation's lead report whatever its grade: the situation starts from it. */
const NARRATING_GRADES = new Set(["A", "B"]);
/** What happened comes before what was said about it: a statement tells the day only when nothing else does. */
const KIND_ORDER: Event["kind"][] = ["clashes", "ceasefire", "evacuation", "curfew", "return", "control-claim", "statement"];

/**
 * What happened, one account a day, in time order, the last MAX_EVENTS days: for each day an account
 * dates, the account of the best-graded source among those graded A or B and
 * the lead report's, events before statements. Facilities' own status
 * reports are left to their lines; undated accounts are never placed.
 */
function keyEvents(snapshot: SituationSnapshot): EventSummary[] {
  const lead = isLeadAccount(snapshot.situation);
  const gradeOf = (e: Event) => snapshot.sourcesById.get(e.sourceId)?.reliability ?? "F";
  const narrating = snapshot.events.filter(
    (e): e is Event & { date: string } =>
      Boolean(e.date) && e.kind !== "facility-status" && (NARRATING_GRADES.has(gradeOf(e)) || lead(e)),
  );
  const rank = (e: Event) => [e.kind === "statement" ? 1 : 0, gradeOf(e), KIND_ORDER.indexOf(e.kind), e.id] as const;
  const compareNarrators = (a: Event, b: Event) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2] - y[2] || x[3].localeCompare(y[3]);
  };
  const byDay = new Map<string, Event>();
  for (const event of narrating) {
    const kept = byDay.get(event.date);
    if (!kept || compareNarrators(event, kept) < 0) byDay.set(event.date, event);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    // The latest days: a brief is read for where things stand.
    .slice(-MAX_EVENTS)
    .map(([, event]) => summarizeEvent(event, snapshot));
}

/**
 * The one-minute brief, from the same read model as the overview: the
 * headline figures with how many independent sources stand behind each and
 * how far apart they are, the facilities' status, a few dated accounts, and
 * the sources with their grades. Built once per data version.
 */
export function buildSummary(snapshot: SituationSnapshot): Summary {
  const overview = buildOverview(snapshot);
  const figures = overview.cards.map(
    (card): SummaryFigure => ({
      key: card.key,
      indicator: card.indicator,
      group: card.group,
      headline: card.headline,
      agreement: card.agreement,
      certainty: certaintyOf(card.agreement),
      breakdown: card.breakdown,
      lowest: card.lowest,
      highest: card.highest,
      flags: card.flags,
      context: card.context,
    }),
  );
  const events = keyEvents(snapshot);
  const shownClaims = figures.flatMap((f) => [f.headline, ...f.breakdown, f.lowest, f.highest, ...f.flags.map((flag) => flag.claim), ...f.context]);
  const facilityDates = overview.facilities.map((f) => f.latest.date);
  const sourceIds = new Set([...shownClaims.map((c) => c.sourceId), ...overview.facilities.map((f) => f.latest.sourceId), ...events.map((e) => e.sourceId)]);
  const sources = [...sourceIds]
    .map((id) => snapshot.sourcesById.get(id))
    .filter((s): s is Source => Boolean(s))
    .sort((a, b) => a.reliability.localeCompare(b.reliability) || a.name.localeCompare(b.name))
    .map(({ id, name, short, reliability }) => ({ id, name, short, reliability }));
  return {
    version: snapshot.version,
    situationId: snapshot.situation.id,
    title: situationTitle(snapshot.situation),
    area: situationArea(snapshot),
    // The newest report the brief itself shows, its map and chart included: a later report about something else must not date it.
    dataDate: dataDateOf([...shownClaims.map((c) => c.reportedAt), ...facilityDates, ...events.map((e) => e.date), ...briefGraphicsDates(snapshot)]),
    figures,
    facilities: overview.facilities,
    events,
    sources,
    allSources: snapshot.sources.length,
  };
}
