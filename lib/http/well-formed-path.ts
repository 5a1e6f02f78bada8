/** False when a path segment's %-escapes do not decode (e.g. "%ff", "%"), which routes would otherwise meet as a 500. */
export function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
