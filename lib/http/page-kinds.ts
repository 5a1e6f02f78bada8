/**
 * Pages rendered for each request, because they read the address's query
 * (filters, pages, a selection) or the signed-in account (staff pages).
 * Every other page is rendered once per data version and served from the
 * page cache, which gives it its security policy; these get theirs, with a
 * fresh nonce, from the proxy.
 */
const PER_REQUEST_PAGES = [
  /^\/[^/]+\/figures\/?$/,
  /^\/[^/]+\/figures\/selection\/?$/,
  /^\/[^/]+\/events\/?$/,
  // Staff pages: each shows who is signed in, and some read the query.
  /^\/[^/]+\/(sign-in|account|import)\/?$/,
  /^\/[^/]+\/(edit|admin)\//,
  // An archived report: its text for staff, its fingerprint for readers.
  /^\/[^/]+\/documents\//,
];

export function isPerRequestPage(pathname: string): boolean {
  return PER_REQUEST_PAGES.some((page) => page.test(pathname));
}

/** Paths that are not pages: data, tiles, fonts, the language switch and Next's own files. */
export function isNotAPage(pathname: string): boolean {
  return /^\/(api|tiles|fonts|language|_next)(\/|$)/.test(pathname) || /\.[a-z0-9]+$/i.test(pathname);
}

/** An embed: the one kind of page another site may frame. */
export function isEmbed(pathname: string): boolean {
  return /^\/[^/]+\/embed\//.test(pathname);
}
