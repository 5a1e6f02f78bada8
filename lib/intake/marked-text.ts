/** A text cut into runs, each marked when one of the quotes covers it: how staff see which sentences claims were taken from. */
export function markedRuns(text: string, quotes: string[]): { text: string; marked: boolean }[] {
  const spans = quotes
    .flatMap((quote) => {
      const start = quote ? text.indexOf(quote) : -1;
      return start === -1 ? [] : [{ start, end: start + quote.length }];
    })
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) runs.push({ text: text.slice(at, span.start), marked: false });
    runs.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
