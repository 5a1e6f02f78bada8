/** The ETag part that names a claim's own version: GET /api/figures/:id sends "fig-3.v41-…". */
export const figureTag = (figureVersion: number) => `fig-${figureVersion}`;

/**
 * The claim version an If-Match names: a number, "any" for `*`, or null
 * when the header is missing or names no claim version. If-Match compares
 * strongly (RFC 9110 §13.1.1): a weak tag never matches.
 */
export function figureVersionFromIfMatch(header: string | null): number | "any" | null {
  if (!header) return null;
  if (header.trim() === "*") return "any";
  for (const tag of header.split(",").map((t) => t.trim())) {
    if (tag.startsWith("W/")) continue;
    const match = /^"fig-(\d+)(?:\.[^"]*)?"$/.exec(tag);
    if (match) return Number(match[1]);
  }
  return null;
}
