import { z } from "zod";
import { byReportDateDesc } from "@/lib/claims/headline";
import type { Claim } from "@/lib/claims/types";
import { FigureFilters } from "./figure-filters";
import { filterClaims } from "./figures";
import type { Snapshot } from "./snapshot";

export const sortKeys = ["reported", "value", "source", "indicator"] as const;

/** The /figures page's URL state; unknown or bad values fall back to "no filter" rather than an error page. */
export const FigureTableQuery = z.object({
  indicator: FigureFilters.shape.indicator.catch(undefined),
  location: FigureFilters.shape.location.catch(undefined),
  source: FigureFilters.shape.source.catch(undefined),
  status: FigureFilters.shape.status.catch(undefined),
  sort: z.enum(sortKeys).catch("reported"),
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

export function figureTable(snapshot: Snapshot, query: FigureTableQuery): Claim[] {
  return filterClaims(snapshot, query).sort(comparators[query.sort](snapshot));
}

/** The same filters as an API query string, so the CSV matches the table on screen. */
export function filterQueryString(query: Partial<FigureTableQuery>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["indicator", "location", "source", "status", "sort"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}
