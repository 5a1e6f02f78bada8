// Unicode isolates for text set into a sentence of the other direction. Each
// wraps its text in an isolate initiator and U+2069 (pop directional isolate).

/**
 * Unicode first-strong isolates around a value set into right-to-left text:
 * a source's Latin name or a number keeps its own direction and never pulls
 * its neighbours along ("at least 38" cannot read as "83", a comma cannot
 * jump to the wrong end of a name).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Right-to-left isolates, for Arabic words with a number in a drawing whose base direction is left to right. */
export function isolateRtl(text: string): string {
  return `\u2067${text}\u2069`;
}

/**
 * Left-to-right isolates, for a number with its sign in right-to-left text:
 * "≥ 43" and "9–12" keep their order, and "≥" is not mirrored into "≤".
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
