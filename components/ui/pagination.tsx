import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import styles from "./pagination.module.css";

type PageHref = { pathname: string; query: Record<string, string | undefined> } | { hrefFor: (page: number) => string };

/** Page n of a listing in the address's query (?page=n), keeping the other filters. */
function queryHref(pathname: string, query: Record<string, string | undefined>, page: number): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Previous and next page links; nothing at all when everything fits on one page. */
export function Pagination({ page, pages, ...target }: { page: number; pages: number } & PageHref) {
  if (pages <= 1) return null;
  const t = getMessages().pagination;
  const href = (n: number) => ("hrefFor" in target ? target.hrefFor(n) : queryHref(target.pathname, target.query, n));
  return (
    <nav className={styles.pagination} aria-label={t.label}>
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{t.previous}</Link> : <span aria-hidden="true">{t.previous}</span>}
      <span aria-current="page">{t.pageOf(page, pages)}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">{t.next}</Link> : <span aria-hidden="true">{t.next}</span>}
    </nav>
  );
}
