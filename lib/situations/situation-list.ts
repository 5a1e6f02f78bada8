import { dataDateOf } from "@/lib/claims/data-date";
import { readSituationVersion } from "@/lib/data-version/store";
import { getDb } from "@/lib/db";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { Situation } from "@/lib/model";
import { buildOverview, type FigureCard } from "@/lib/queries/overview";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { currentSituations, currentSituationSnapshot } from "@/lib/queries/situation-model";
import type { SituationSnapshot } from "@/lib/queries/snapshot";

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

function listingOf(snapshot: SituationSnapshot): SituationListing {
  const cards = perVersionInLocale(snapshot, "overview", () => buildOverview(snapshot)).cards.map(({ key, indicator, group, headline }) => ({ key, indicator, group, headline }));
  const { id, titles, shortTitles, summary, status, period } = snapshot.situation;
  return { id, titles, shortTitles, summary, status, period, dataDate: dataDateOf(cards.map((c) => c.headline.reportedAt)), cards };
}

/** Listings kept apart from the read models, by language and situation: a situation unchanged since costs one look at `situation_versions`. */
const kept = ((globalThis as unknown as { sitrepSituationListings?: Map<string, { loadedAt: number; listing: SituationListing }> }).sitrepSituationListings ??= new Map());

/**
 * Every situation, active first, then newest first. Each listing is built
 * from its situation's own read model and kept while the situation does not
 * change, one situation at a time, so the index never holds every model.
 */
export async function situationListings(): Promise<SituationListing[]> {
  const db = await getDb();
  const listings: SituationListing[] = [];
  for (const situation of await currentSituations()) {
    const key = `${currentLocale()}:${situation.id}`;
    const cached = kept.get(key);
    const changedIn = cached && (await readSituationVersion(db, situation.id));
    if (cached && changedIn !== null && changedIn !== undefined && changedIn <= cached.loadedAt) {
      listings.push(cached.listing);
      continue;
    }
    const snapshot = await currentSituationSnapshot(situation.id);
    if (!snapshot) continue;
    const listing = listingOf(snapshot);
    kept.set(key, { loadedAt: snapshot.version, listing });
    listings.push(listing);
  }
  const rank = (s: SituationListing) => (s.status === "active" ? 0 : 1);
  return listings.sort((a, b) => rank(a) - rank(b) || b.period.start.localeCompare(a.period.start));
}
