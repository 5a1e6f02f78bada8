import { z } from "zod";
import { byReportDateDesc } from "@/lib/claims/headline";
import type { Claim } from "@/lib/claims/types";
import { FigureFilters } from "./figure-filters";
import { groupBySourceAndValue, type SourceValueGroup } from "@/lib/claims/agreement";
import { filterClaims } from "./figures";
import { PageNumber } from "./page-of";
import { perVersion } from "./read-model";
import type { Snapshot } from "./snapshot";
import { claimFilterIndex } from "./claim-filter-index";

export const sortKeys = ["reported", "value", "source", "indicator"] as const;

/** The /figures page's URL state; unknown or bad values fall back to "no filter" rather than an error page. */
export const FigureTableQuery = z.object({
  indicator: FigureFilters.shape.indicator.catch(undefined),
  location: FigureFilters.shape.location.catch(undefined),
  source: FigureFilters.shape.source.catch(undefined),
  status: FigureFilters.shape.status.catch(undefined),
  situation: FigureFilters.shape.situation.catch(undefined),
  sort: z.enum(sortKeys).catch("reported"),
  page: PageNumber,
});
export type FigureTableQuery = z.infer<typeof FigureTableQuery>;

const comparators: Record<FigureTableQuery["sort"], (snapshot: Snapshot) => (a: Claim, b: Claim) => number> = {
  reported: () => byReportDateDesc,
  value: () => (a, b) => b.value - a.value || byReportDateDesc(a, b),
  source: (s) => (a, b) =>
    (s.sourcesById.get(a.sourceId)?.short ?? a.sourceId).localeCompare(s.sourcesById.get(b.sourceId)?.short ?? b.sourceId) ||
    byReportDateDesc(a, b),
  indicator: () => (a, b) => a.indicator.localeCompare(b.indicator) || a.group.localeCompare(b.group) || byReportDateDesc(a, b),
};

/** Every claim in one sort order, sorted once per data version: filtering then keeps the order. */
function sortedClaims(snapshot: Snapshot, sort: FigureTableQuery["sort"]): Claim[] {
  return perVersion(snapshot, `claims-sorted-by:${sort}`, () => [...snapshot.claims].sort(comparators[sort](snapshot)));
}

export function figureTable(snapshot: Snapshot, query: Omit<FigureTableQuery, "page">): Claim[] {
  const claims = sortedClaims(snapshot, query.sort);
  const filtered = query.indicator || query.location || query.source || query.status;
  return filterClaims(snapshot, query, claims, filtered ? claimFilterIndex(snapshot, `sorted-by:${query.sort}`, claims) : undefined);
}

/** The claims of a query grouped by source and value, kept for the few queries asked most of this version. */
const groupsByQuery = new Map<string, { version: number; claims: number; groups: SourceValueGroup[] }>();
const MAX_QUERIES = 50;

export function figureTableGroups(snapshot: Snapshot, query: Omit<FigureTableQuery, "page">) {
  const key = `${snapshot.version}|${filterQueryString(query)}`;
  let entry = groupsByQuery.get(key);
  if (entry) groupsByQuery.delete(key);
  else {
    const claims = figureTable(snapshot, query);
    entry = { version: snapshot.version, claims: claims.length, groups: groupBySourceAndValue(claims, snapshot.voiceOf) };
  }
  groupsByQuery.set(key, entry);
  for (const [oldest, value] of groupsByQuery) {
    if (groupsByQuery.size <= MAX_QUERIES && value.version === snapshot.version) break;
    groupsByQuery.delete(oldest);
  }
  return entry;
}

/** The same filters as an API query string, so the CSV matches the table on screen. */
export function filterQueryString(query: Partial<FigureTableQuery>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["situation", "indicator", "location", "source", "status", "sort"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}
