/**
 * Pages that moved under a situation's address when Sitrep began to follow
 * more than one crisis (DESIGN.md, "Situations"). Donors' links and embeds in
 * published reports name the old addresses; each answers with a permanent
 * redirect to the same page of the default situation.
 */
const MOVED_PAGES = ["summary", "map", "charts"] as const;

/**
 * Where an old address now lives, given the situation it means ("/en/map?x=1"
 * → "/en/<situation>/map"); null for an address that did not move. The query
 * is the caller's to keep.
 */
export function movedAddress(pathname: string, situationId: string): string | null {
  const [, locale, first, ...rest] = pathname.split("/");
  if (!locale || !first) return null;
  if ((MOVED_PAGES as readonly string[]).includes(first) && rest.every((part) => part === "")) return `/${locale}/${situationId}/${first}`;
  if (first === "embed" && rest[0] === "charts" && rest[1] && rest.length === 2) return `/${locale}/embed/${situationId}/charts/${rest[1]}`;
  return null;
}

/** Whether an address may be one that moved: the proxy sends these to the redirect route, which knows the situations. */
export function mayHaveMoved(pathname: string): boolean {
  return movedAddress(pathname, "-") !== null;
}
