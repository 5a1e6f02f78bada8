/** A sentence of a text by its offsets, leading and trailing space left out. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * The text's sentences, by the Unicode sentence rules (UAX #29) that
 * Intl.Segmenter applies in any script: Arabic's "؟" and "." end a sentence,
 * "،" does not, and a line break ends a paragraph.
 */
export function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) spans.push({ start: index + lead, end: index + lead + trimmed.length });
  }
  return spans;
}
