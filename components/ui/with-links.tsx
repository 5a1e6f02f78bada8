import { Fragment, type ReactNode } from "react";

/**
 * Numbers stand in a translated sentence as private-use markers, then become
 * links to their claims: every number leads to its quote, in any word order
 * a language needs.
 */
export const LOW_MARK = "\uE000";
export const HIGH_MARK = "\uE001";
export const partMark = (i: number) => String.fromCharCode(0xe010 + i);
const MARKS = /([\uE000-\uE0FF])/;

export function withLinks(text: string, links: Record<string, ReactNode>): ReactNode[] {
  return text.split(MARKS).map((piece, i) => (Object.hasOwn(links, piece) ? <Fragment key={i}>{links[piece]}</Fragment> : piece));
}
