/**
 * A page's path under a locale: "/figures?x=1" → "/en/figures?x=1". Paths
 * that are not pages (the API, fonts, tiles) and outside links stay as they are.
 */
export function localizedPath(locale: string, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//") || /^\/(api|fonts|tiles)(\/|$)/.test(href)) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}
