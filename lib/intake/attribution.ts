import { attributionAfter, attributionBefore } from "./lexicon";
import { findWord } from "./fold";

export interface NamedThing {
  id: string;
  /** Every name a text may call it by, in any language. */
  names: string[];
}

interface Found {
  id: string;
  start: number;
  end: number;
}

/** Each named thing the span [from, to) of folded text mentions, where it first stands. */
export function mentionsIn(folded: string, things: NamedThing[], from: number, to: number): Found[] {
  const found: Found[] = [];
  for (const thing of things) {
    const hits = thing.names
      .filter((name) => name.trim().length >= 2)
      .flatMap((name) => findWord(folded, name, from, to).map((start) => ({ id: thing.id, start, end: start + name.length })));
    const first = hits.sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (first) found.push(first);
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface Attribution {
  /** Where the attribution stands in the text: a figure takes the nearest one in its sentence. */
  start: number;
  end: number;
  sourceId?: string;
  /** The credited words, as written, when they name no known source. */
  sourceText?: string;
}

/**
 * Few words between a verb of saying and whom it credits: "according to a
 * Sunday report by the UK-based Syrian Observatory", "the UN Office … (OCHA) said". A known source
 * further away is what the sentence is about, not who speaks.
 */
const close = (between: string) => !/[,.;:،؛]/.test(between) && between.replace(/[()“”"«»]/g, " ").trim().split(/\s+/).filter(Boolean).length <= 6;

const notNames = new Set(["a", "an", "the", "it", "he", "she", "they", "this", "that", "some", "officials", "authorities"]);

const cuesIn = (folded: string, cues: readonly string[], from: number, to: number) =>
  cues.flatMap((cue) => findWord(folded, cue, from, to).map((start) => ({ start, end: start + cue.length }))).sort((a, b) => a.start - b.start);

/**
 * Whom a sentence credits with its figures: a known source right after
 * "according to", "وفق", "li gorî", or right before "said", "reported". A
 * known source merely named in the sentence (as the target of an attack, say)
 * is not an originator. Credited words that name no known source are kept as
 * written. A sentence crediting nobody is the outlet's own
 * (lib/claims/README.md §1), which the caller decides.
 */
export function attributionsIn(plain: string, folded: string, from: number, to: number, sources: NamedThing[]): Attribution[] {
  const named = mentionsIn(folded, sources, from, to);
  const found: Attribution[] = [];
  for (const cue of cuesIn(folded, attributionBefore, from, to)) {
    const source = named.find((s) => s.start >= cue.end && close(folded.slice(cue.end, s.start)));
    if (source) {
      found.push({ start: cue.start, end: source.end, sourceId: source.id });
      continue;
    }
    // Up to the next punctuation, number or "that" (أن، إن، ku), read on the folded text and kept as written.
    const credited = /^[\s,:]*([^,.;:\d]{2,60}?)(?=[,.;:]|\s+\d|\s+(?:that|ان|ku|بان)\s|$)/u.exec(folded.slice(cue.end, to));
    if (credited) {
      const lead = credited[0].length - credited[0].trimStart().length;
      const words = plain.slice(cue.end + lead, cue.end + credited[0].length).trim();
      found.push({ start: cue.start, end: cue.end + credited[0].length, sourceText: words });
    }
  }
  for (const cue of cuesIn(folded, attributionAfter, from, to)) {
    const source = [...named].reverse().find((s) => s.end <= cue.start && close(folded.slice(s.end, cue.start)));
    if (source) {
      found.push({ start: source.start, end: cue.end, sourceId: source.id });
      continue;
    }
    // "Issa said": a name (capitalised words) just before a verb of saying; not a sentence's opening "An estimated".
    const name = /((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+$/u.exec(plain.slice(from, cue.start));
    if (name && !notNames.has(name[1].toLowerCase())) found.push({ start: cue.start - name[0].length, end: cue.end, sourceText: name[1] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The attribution nearest a number at [start, end), if the sentence has any. */
export function nearestAttribution(attributions: Attribution[], start: number, end: number): Attribution | undefined {
  const distance = (a: Attribution) => (a.end <= start ? start - a.end : a.start >= end ? a.start - end : 0);
  return [...attributions].sort((a, b) => distance(a) - distance(b) || Number(Boolean(b.sourceId)) - Number(Boolean(a.sourceId)))[0];
}
