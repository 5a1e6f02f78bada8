import { Fragment, type ReactNode } from "react";

const OPENERS: Record<string, "ltr" | "rtl" | undefined> = { "\u2066": "ltr", "\u2067": "rtl", "\u2068": undefined };
const CLOSER = "\u2069";

/**
 * Text whose Unicode isolates (lib/i18n/bidi.ts) become <bdi> elements: the
 * same isolation by markup, so nothing invisible travels into a reader's
 * clipboard or splits a number in a printed PDF ("59,030" read as "5" and
 * "9,030"). Isolates may nest; an unclosed one runs to the end.
 */
export function bidiNodes(text: string): ReactNode {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  let at = 0;
  const read = (): ReactNode[] => {
    const nodes: ReactNode[] = [];
    let run = "";
    while (at < text.length) {
      const char = text[at++];
      if (char in OPENERS) {
        if (run) nodes.push(run);
        run = "";
        const dir = OPENERS[char];
        const key = at;
        nodes.push(
          <bdi key={key} dir={dir}>
            {read()}
          </bdi>,
        );
      } else if (char === CLOSER) {
        break;
      } else run += char;
    }
    if (run) nodes.push(run);
    return nodes;
  };
  const nodes: ReactNode[] = [];
  while (at < text.length) nodes.push(...read());
  return nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);
}

export function Bidi({ text }: { text: string }) {
  return <>{bidiNodes(text)}</>;
}
