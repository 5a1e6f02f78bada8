import { cloneElement, Fragment, isValidElement, type ReactNode } from "react";
import { bidiNodes } from "./bidi";

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
  // A sentence's isolates stand open around a marker and close after it: the pieces are read as one text.
  const nodes = bidiNodes(text);
  return replaceMarks(nodes, links);
}

/** Each private-use marker in the text nodes, replaced by its link; isolates already made <bdi> elements. */
function replaceMarks(node: ReactNode, links: Record<string, ReactNode>): ReactNode[] {
  if (typeof node === "string") return node.split(MARKS).map((piece, i) => (Object.hasOwn(links, piece) ? <Fragment key={`m${i}`}>{links[piece]}</Fragment> : piece));
  if (Array.isArray(node)) return node.map((child, i) => <Fragment key={i}>{replaceMarks(child, links)}</Fragment>);
  if (isValidElement<{ children?: ReactNode }>(node)) return [cloneElement(node, undefined, replaceMarks(node.props.children, links))];
  return [node];
}
