import { dataDateOf } from "@/lib/claims/data-date";
import type { Situation } from "@/lib/model";
import { buildOverview, type FigureCard } from "@/lib/queries/overview";
import { perVersionInLocale } from "@/lib/queries/read-model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { inSituation } from "./scope";

/** One situation as the index and `GET /api/situations` list it: what it is and its headline figures, each with its source. */
export interface SituationListing {
  id: string;
  titles: Situation["titles"];
  shortTitles: Situation["shortTitles"];
  summary: Situation["summary"];
  status: Situation["status"];
  period: Situation["period"];
  /** The newest report date among its headline figures. */
  dataDate?: string;
  cards: Pick<FigureCard, "key" | "indicator" | "group" | "headline">[];
}

/** Every situation, active first, then newest first; each built from its own view of the snapshot, once per data version. */
export function situationListings(snapshot: Snapshot): SituationListing[] {
  const listings = snapshot.situations.map((situation): SituationListing => {
    const scoped = inSituation(snapshot, situation);
    const cards = perVersionInLocale(scoped, "overview", () => buildOverview(scoped)).cards.map(({ key, indicator, group, headline }) => ({ key, indicator, group, headline }));
    const { id, titles, shortTitles, summary, status, period } = situation;
    return { id, titles, shortTitles, summary, status, period, dataDate: dataDateOf(cards.map((c) => c.headline.reportedAt)), cards };
  });
  const rank = (s: SituationListing) => (s.status === "active" ? 0 : 1);
  return listings.sort((a, b) => rank(a) - rank(b) || b.period.start.localeCompare(a.period.start));
}
