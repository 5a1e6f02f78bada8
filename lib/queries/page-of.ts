import { z } from "zod";

/** Rows per page of the /figures and /events pages. */
export const PAGE_SIZE = 50;

/** Sources are few and looked up by name: one long page is easier to search than several. */
export const SOURCES_PAGE_SIZE = 250;

/** `?page=` of a listing page: a bad or missing value is page 1, not an error page. */
export const PageNumber = z.coerce.number().int().min(1).catch(1);

export interface PageOf<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

/** One page of `items`; a page past the end shows the last. */
export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): PageOf<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages, total: items.length };
}
